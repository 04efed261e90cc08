/**
 * The peer stack: the same generated notes built by tailwind-nextjs-starter-blog (timlrx), v2.4 as
 * of 2025 (Next 15 with webpack, contentlayer2, pliny, Tailwind 4), whose template is `bench/peer/`:
 * our own code doing the starter's build work with the starter's packages and configuration.
 *
 * `npm run build` is the starter's: `next build`, then `scripts/postbuild.mjs`. Inside `next build`:
 * - Contentlayer (withContentlayer, before webpack compiles) turns every post and the two authors
 *   into MDX bundles (mdx-bundler/esbuild) through the starter's plugins: remark-extract-frontmatter,
 *   remark-gfm, remark-code-titles, remark-math, remark-img-to-jsx (pliny), remark-github-blockquote-
 *   alert; rehype-slug, rehype-autolink-headings with an icon, rehype-katex, rehype-katex-notranslate,
 *   rehype-citation, rehype-prism-plus, rehype-preset-minify. Computed fields: reading time, slug,
 *   path, file path, TOC (pliny), JSON-LD structured data. onSuccess writes app/tag-data.json
 *   (through Prettier) and the kbar search index public/search.json.
 * - webpack compiles the starter's app: pliny's MDX renderer, kbar/Algolia search, analytics,
 *   comments and newsletter; headlessui, next-themes, body-scroll-lock; SVGs through @svgr/webpack;
 *   Tailwind 4 with forms and typography scanning the app, the posts and pliny.
 * - ESLint with the starter's flat config (typescript-eslint with type information from
 *   tsconfig.json, jsx-a11y, prettier with the Tailwind class sorter, next/core-web-vitals) over app,
 *   components, layouts and scripts, beside the type check of a tsconfig that takes in every JSON
 *   file Contentlayer generates.
 * - Prerendering: each post in PostLayout (authors, prev/next, comments), /blog and its pages, /tags,
 *   every tag and its pages (each list page hands all of its posts to a client component, as the
 *   starter's does), /about from the default author, /projects, sitemap.xml and robots.txt.
 * The postbuild script then writes an RSS feed of all posts and one per tag into public/.
 *
 * Left out, each doing no work in the build or none possible here: next/font/google downloads Space
 * Grotesk while building, and only the npm registry is reachable, so next/font/local loads the same
 * font from @fontsource-variable/space-grotesk; images under public/ (favicons, avatars), which no
 * build step reads; the starter's sample posts (the notes replace them); husky and lint-staged,
 * which run on commits. npm, not yarn, installs it: `overrides` let kbar take React 19 and share
 * next-themes with pliny, where yarn only warns. Versions are the latest of the starter's ranges
 * (Next 15.5, React 19.3, contentlayer2 0.5.8) rather than its lock file's.
 *
 * It has its own install, never the repository's node_modules (other versions of next, react and
 * contentlayer2 live there): `bench/tmp/peer-<hash of bench/peer/package.json>/` holds that
 * package.json, its lock file and node_modules, installed once per hash. Each build copies the
 * template into `site/` inside that folder, so every package resolves from the install one level up
 * by ordinary upward lookup (and `npm run` puts its node_modules/.bin on PATH first); a build whose
 * traced files come from any other node_modules is rejected, and so is one whose log shows that one
 * of the starter's steps did not run (missingPeerSteps).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GeneratedNote } from '../../scripts/generate-notes';
import { type BuildResult, timeBuild } from './build';
import { runChecked } from './proc';
import { floorEnv, installedVersion, tmpDir } from './workspace';

export const PEER_NAME = 'peer stack (tailwind-nextjs-starter-blog 2.4, Next 15)';

/** Where the template's notes go, relative to the app (contentlayer's contentDirPath is `data`). */
export const PEER_CONTENT_DIR = 'data/blog';

/** The template's authors, Contentlayer documents like the posts. */
const PEER_AUTHORS_DIR = 'data/authors';

const INSTALLED = 'peer-install.json';

export interface PeerOptions {
  /** A command prefix for npm, e.g. `['nice', '-n', '19']` in manual runs beside other work. */
  wrap?: readonly string[];
}

/** One timed build of the peer, as bench/results.json keeps it. */
export interface PeerResult {
  name: string;
  notes: number;
  build: BuildResult;
  /** Versions actually installed in the peer's node_modules. */
  versions: Record<string, string>;
}

function templateDir(repo: string): string {
  return path.join(repo, 'bench', 'peer');
}

/** The cache key of the peer's install: a hash of its package.json, whose versions are exact. */
export function peerKey(repo: string): string {
  const pkg = readFileSync(path.join(templateDir(repo), 'package.json'));
  return createHash('sha256').update(pkg).digest('hex').slice(0, 12);
}

export function peerInstallDir(repo: string): string {
  return tmpDir(repo, `peer-${peerKey(repo)}`);
}

/**
 * The peer's environment: ours without NODE_ENV, no telemetry, and where to trace files from;
 * without what `npm run bench` tells its scripts about the repository's package (its prefix,
 * package fields, INIT_CWD), so the peer's npm only ever sees the peer's package.json.
 */
export function peerEnv(installDir: string, base: NodeJS.ProcessEnv = floorEnv()): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PEER_TRACING_ROOT: installDir };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_local_prefix$)|^INIT_CWD$/.test(key)) delete env[key];
  }
  return env;
}

/**
 * The peer's node_modules, installed with `npm install` once per version of bench/peer/package.json
 * (an earlier install of another version is removed). Returns the install folder.
 */
export async function ensurePeerInstall(repo: string, options: PeerOptions = {}): Promise<string> {
  const dir = peerInstallDir(repo);
  if (existsSync(path.join(dir, INSTALLED))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(templateDir(repo), 'package.json'), path.join(dir, 'package.json'));
  const t0 = performance.now();
  await runChecked([...(options.wrap ?? []), 'npm', 'install', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: peerEnv(dir),
    logFile: path.join(dir, 'install.log'),
  });
  writeFileSync(
    path.join(dir, INSTALLED),
    `${JSON.stringify({ installedAt: new Date().toISOString(), ms: Math.round(performance.now() - t0) })}\n`,
  );
  const own = path.basename(dir);
  for (const name of readdirSync(path.dirname(dir))) {
    if (/^peer-[0-9a-f]{12}$/.test(name) && name !== own)
      rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Notes: Chirpy (Jekyll) front matter to the starter's

export interface PeerNote {
  /** `gen-0001.mdx`: the starter names a post by its slug. */
  fileName: string;
  text: string;
}

/** `2024-03-05 14:02:09 +0800` (Chirpy) → `2024-03-05T14:02:09+08:00`; ISO dates pass through. */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const s = String(value).trim();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*(?:([+-])(\d{2}):?(\d{2})|(Z))?$/.exec(s);
  if (m) {
    const time = m[2]?.length === 5 ? `${m[2]}:00` : m[2];
    const zone = m[6] ? 'Z' : m[3] ? `${m[3]}${m[4]}:${m[5]}` : '';
    return `${m[1]}T${time}${zone}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  throw new Error(`unrecognised date ${JSON.stringify(s)}`);
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * One generated note as the starter keeps a post: `data/blog/<slug>.mdx` with title, date, tags,
 * summary (Chirpy's description) and draft. Chirpy-only keys (categories, pin, toc, math) have no
 * place there and are dropped: the starter renders math in every post, and its PostLayout has no
 * TOC. No authors, layout or bibliography either, so each post takes the default author and
 * PostLayout, and rehype-citation, finding no bibliography, leaves it alone (the notes cite
 * nothing). The body is kept byte for byte: every note is valid MDX as it is.
 */
export function toPeerNote(note: GeneratedNote): PeerNote {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(note.text);
  if (!m) throw new Error(`${note.fileName}: no front matter`);
  const fm = (parseYaml(m[1] as string) ?? {}) as Record<string, unknown>;
  if (typeof fm.title !== 'string' || !fm.title) throw new Error(`${note.fileName}: no title`);
  if (fm.date === undefined) throw new Error(`${note.fileName}: no date`);
  const slug = note.fileName.replace(/\.(md|markdown|mdx)$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const lines = [
    '---',
    // JSON strings are YAML double-quoted strings.
    `title: ${JSON.stringify(fm.title)}`,
    `date: ${JSON.stringify(isoDate(fm.date))}`,
    `tags: ${JSON.stringify(asList(fm.tags))}`,
  ];
  const summary = fm.description ?? fm.summary;
  if (typeof summary === 'string' && summary) lines.push(`summary: ${JSON.stringify(summary)}`);
  lines.push('draft: false', '---');
  return { fileName: `${slug}.mdx`, text: `${lines.join('\n')}\n${note.text.slice(m[0].length)}` };
}

// ---------------------------------------------------------------------------------------------
// Build

/**
 * What a peer build's log must show for the yardstick to be the starter's whole build, not a lower
 * bound of it: Contentlayer generating every post and author inside `next build` (the starter runs
 * it through withContentlayer), ESLint running during `next build` (which, when ESLint or its
 * config fails to load, only logs the error and builds on without linting) and the postbuild
 * script writing the RSS feeds. Returns what is missing; empty when all ran.
 */
export function missingPeerSteps(log: string, expectedDocuments: number): string[] {
  const missing: string[] = [];
  const generated = /Generated (\d+) documents? in \.contentlayer/.exec(log);
  if (!generated) missing.push('Contentlayer did not generate its documents during the build');
  else if (Number(generated[1]) !== expectedDocuments)
    missing.push(`Contentlayer generated ${generated[1]} documents, expected ${expectedDocuments}`);
  const lintFailed = /^.*\b(ESLint: |ESLint must be installed|No ESLint configuration)[^\n]*/m.exec(log);
  if (!/Linting and checking validity of types/.test(log)) missing.push('next build did not lint');
  else if (lintFailed) missing.push(`next build did not lint: ${lintFailed[0].trim()}`);
  if (!/RSS feed generated/.test(log)) missing.push('the postbuild script did not write the RSS feeds');
  return missing;
}

/** Files a Next build traced (`*.nft.json`) from a node_modules outside `root`. */
export function foreignTracedFiles(distDir: string, root: string): string[] {
  const out = new Set<string>();
  const nftFiles = [path.join(distDir, 'next-server.js.nft.json')];
  const appDir = path.join(distDir, 'server', 'app');
  for (const rel of ['page.js.nft.json', 'blog/[...slug]/page.js.nft.json'])
    nftFiles.push(path.join(appDir, rel));
  for (const nft of nftFiles) {
    if (!existsSync(nft)) continue;
    const { files } = JSON.parse(readFileSync(nft, 'utf8')) as { files: string[] };
    for (const f of files) {
      const abs = path.resolve(path.dirname(nft), f);
      if (abs.includes(`${path.sep}node_modules${path.sep}`) && !abs.startsWith(root + path.sep))
        out.add(abs);
    }
  }
  return [...out];
}

function installedVersions(installDir: string): Record<string, string> {
  const versions: Record<string, string> = {};
  const names = ['next', 'react', 'contentlayer2', 'next-contentlayer2', 'mdx-bundler', 'esbuild', 'pliny'];
  for (const name of [...names, 'eslint', 'typescript', 'tailwindcss']) {
    const version = installedVersion(installDir, name);
    if (version !== undefined) versions[name] = version;
  }
  return versions;
}

/**
 * A cold `npm run build` (`contentlayer2 build && next build`) of the peer with `notes`, timed as
 * timeBuild times the site. Installs the peer first if needed (not timed). Throws when the build
 * fails, when it did not prerender a page per note, or when it used packages from outside its install.
 */
export async function buildPeer(
  repo: string,
  notes: readonly GeneratedNote[],
  options: PeerOptions = {},
): Promise<PeerResult> {
  const installDir = await ensurePeerInstall(repo, options);
  const dir = path.join(installDir, 'site');
  rmSync(dir, { recursive: true, force: true });
  cpSync(templateDir(repo), dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|\.next|\.contentlayer)$/.test(src),
  });
  const content = path.join(dir, PEER_CONTENT_DIR);
  mkdirSync(content, { recursive: true });
  for (const note of notes) {
    const peer = toPeerNote(note);
    writeFileSync(path.join(content, peer.fileName), peer.text);
  }
  const build = await timeBuild(dir, [...(options.wrap ?? []), 'npm', 'run', 'build'], peerEnv(installDir), {
    logFile: path.join(dir, 'build.log'),
    // Contentlayer runs inside `next build` (withContentlayer): npm's start-up is no content step.
    contentStep: false,
  });
  const distDir = path.join(dir, '.next');
  const posts = path.join(distDir, 'server', 'app', 'blog');
  const built = existsSync(posts) ? readdirSync(posts).filter((f) => f.endsWith('.html')).length : 0;
  if (built !== notes.length)
    throw new Error(`peer build in ${dir} prerendered ${built} posts, expected ${notes.length}`);
  const authors = readdirSync(path.join(dir, PEER_AUTHORS_DIR)).filter((f) => f.endsWith('.mdx')).length;
  const missing = missingPeerSteps(readFileSync(build.log, 'utf8'), notes.length + authors);
  if (!existsSync(path.join(dir, 'public', 'feed.xml'))) missing.push('no public/feed.xml');
  if (missing.length > 0)
    throw new Error(`peer build in ${dir} left out the starter's steps: ${missing.join('; ')}`);
  const foreign = foreignTracedFiles(distDir, installDir);
  if (foreign.length > 0)
    throw new Error(
      `peer build in ${dir} used packages outside its install: ${foreign.slice(0, 5).join(', ')}`,
    );
  return { name: PEER_NAME, notes: notes.length, build, versions: installedVersions(installDir) };
}
