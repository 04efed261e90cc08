/**
 * Isolated build folders under `bench/tmp/` (git-ignored): a copy of the site's sources, or the
 * framework floor app. Nothing is ever built in the repository itself: `contentlayer2 build` and
 * `next build` write into their cwd.
 *
 * The copies have no node_modules of their own: living inside the repository, they resolve
 * packages from the repository's node_modules by ordinary upward lookup (npm run puts every
 * ancestor's node_modules/.bin on PATH too), and Turbopack's root is set to the repository. A
 * node_modules *symlink* would be worse: Tailwind's source scanning follows it and scans all of
 * node_modules (utilities for every class name it finds there, and a much slower, hungrier build).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateNotes, generateVault, writeNotes, writeVault } from '../../scripts/generate-notes';

/** The repository root: the nearest folder upwards from `start` whose package.json is xiaoji's. */
export function findRepoRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'xiaoji') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no xiaoji package.json above ${start}`);
    dir = parent;
  }
}

export function tmpDir(repo: string, name: string): string {
  return path.join(repo, 'bench', 'tmp', name);
}

/** The version of `name` installed in `dir`/node_modules, or undefined when it is not there. */
export function installedVersion(dir: string, name: string): string | undefined {
  const pkg = path.join(dir, 'node_modules', name, 'package.json');
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : undefined;
}

/** Installed versions of the packages that make the floor. */
export function frameworkVersions(repo: string): { next: string; react: string; reactDom: string } {
  const version = (name: string): string => {
    const v = installedVersion(repo, name);
    if (v === undefined) throw new Error(`${name} is not installed in ${repo}/node_modules`);
    return v;
  };
  return { next: version('next'), react: version('react'), reactDom: version('react-dom') };
}

// Entries never copied: installs, build output, test output, our own scratch space, the author's
// notes (each copy gets generated ones).
const SKIP = new Set([
  'node_modules',
  '.git',
  '.contentlayer',
  'content',
  'test-results',
  'playwright-report',
  '.e2e',
  'out',
  'bench/tmp',
]);

/** Copies `from` into `to` entry by entry (cpSync refuses a folder into its own subfolder). */
function copySources(from: string, to: string, rel = ''): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const relPath = rel ? `${rel}/${entry}` : entry;
    if (SKIP.has(relPath) || entry.startsWith('.next') || entry.endsWith('.tsbuildinfo')) continue;
    // Only `bench/` holds the copy itself: go down into it, copy anything else whole.
    if (relPath === 'bench') copySources(path.join(from, entry), path.join(to, entry), relPath);
    else cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
}

/** A package binary from the repository's node_modules. */
export function bin(repo: string, name: string): string {
  return path.join(repo, 'node_modules', '.bin', name);
}

/**
 * A fresh copy of the site's sources (from `source`, default the repository's work tree) in
 * `bench/tmp/<name>/`, with `notes` generated posts in `notes/posts/` and, beside them, a vault of
 * `vault` knowledge notes (about one wikilink each) in `notes/notes/`: one site holds both kinds.
 */
export function makeSiteCopy(
  repo: string,
  name: string,
  notes: number,
  source = repo,
  vault = notes,
): string {
  const dir = tmpDir(repo, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copySources(source, dir);
  writeNotes(path.join(dir, NOTES_DIR), generateNotes(notes));
  if (vault > 0) writeVault(path.join(dir, NOTES_DIR), generateVault(vault));
  return dir;
}

/** Where a site copy keeps its generated notes, relative to the copy (its XIAOJI_CONTENT_DIR). */
export const NOTES_DIR = 'notes';

/** Giscus settings for every benchmark build: comments are configured, as on a real blog. */
export const GISCUS_ENV = {
  NEXT_PUBLIC_GISCUS_REPO: 'xiaoji-bench/comments',
  NEXT_PUBLIC_GISCUS_REPO_ID: 'R_bench123',
  NEXT_PUBLIC_GISCUS_CATEGORY: 'Announcements',
  NEXT_PUBLIC_GISCUS_CATEGORY_ID: 'DIC_bench456',
} as const;

/** Environment for building, serving or developing a site copy whose pages will be served at `origin`. */
export function siteEnv(repo: string, origin: string): NodeJS.ProcessEnv {
  const env = withoutNodeEnv();
  for (const key of Object.keys(env)) {
    if (key.startsWith('NEXT_PUBLIC_GISCUS_') || key.startsWith('XIAOJI_')) delete env[key];
  }
  return {
    ...env,
    ...GISCUS_ENV,
    NEXT_TELEMETRY_DISABLED: '1',
    XIAOJI_CONTENT_DIR: NOTES_DIR,
    SITE_URL: origin,
    // The copy lives inside the repository and its node_modules is a symlink to the repository's:
    // Turbopack's root must contain both (lib/build-env.ts reads this).
    XIAOJI_WORKSPACE_ROOT: repo,
  };
}

/** Environment for the floor app (no project variables at all). */
export function floorEnv(): NodeJS.ProcessEnv {
  return { ...withoutNodeEnv(), NEXT_TELEMETRY_DISABLED: '1' };
}

/** Our environment minus NODE_ENV: `next build`/`next start`/`next dev` each set their own. */
function withoutNodeEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...env } = process.env;
  // Next's types declare NODE_ENV always present; child processes are fine without it.
  return env as NodeJS.ProcessEnv;
}

/**
 * The framework floor: `bench/floor/app/` (a layout and a page, no client component) plus the
 * least config Next needs here, in `bench/tmp/<name>/`. Its next.config sets the Turbopack root to
 * the repository, whose node_modules it uses; without a config of its own, Next would pick up the
 * site's next.config.ts from the folders above.
 */
export function makeFloorApp(repo: string, name: string): string {
  const dir = tmpDir(repo, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repo, 'bench', 'floor'), dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'floor', private: true }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `const root = ${JSON.stringify(repo)};\nexport default { turbopack: { root }, outputFileTracingRoot: root };\n`,
  );
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(FLOOR_TSCONFIG, null, 2)}\n`);
  return dir;
}

// What `next build` would write itself, written up front so the build does not stop to say so.
const FLOOR_TSCONFIG = {
  compilerOptions: {
    target: 'ES2017',
    lib: ['dom', 'dom.iterable', 'esnext'],
    allowJs: true,
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    esModuleInterop: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    resolveJsonModule: true,
    isolatedModules: true,
    jsx: 'react-jsx',
    incremental: true,
    plugins: [{ name: 'next' }],
  },
  include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
  exclude: ['node_modules'],
};
