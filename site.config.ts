/**
 * The one typed site configuration. Environment variables are read here and nowhere else;
 * a missing optional setting turns its feature off cleanly.
 */
import { availableParallelism } from 'node:os';
import type { Locale } from './lib/i18n';

/** A header navigation entry; `key` picks the label from the i18n dictionary. */
export interface NavItem {
  key: 'home' | 'categories' | 'tags' | 'archives' | 'about';
  href: string;
}

/** Giscus settings; `null` when any of the four required environment variables is unset. */
export interface GiscusConfig {
  repo: `${string}/${string}`;
  repoId: string;
  category: string;
  categoryId: string;
  /** How a page maps to a discussion (giscus `data-mapping`). */
  mapping: 'pathname' | 'url' | 'title' | 'og:title';
  /** Show reactions on the main post of the discussion. */
  reactionsEnabled: boolean;
  /** Put the comment box above the comments. */
  inputPosition: 'top' | 'bottom';
}

export interface SiteConfig {
  /** Site title, shown in the header and used in the `<title>` template. */
  title: string;
  /** One-line description for the home page, feed and metadata. */
  description: string;
  /** The author's name, for the footer, feed and JSON-LD. */
  author: string;
  /** Absolute origin of the deployed site, no trailing slash (`SITE_URL`, else Vercel's URL). */
  url: string;
  /** UI language: `zh-CN` (default) or `en`. */
  locale: Locale;
  /** IANA time zone used to show dates and group archives; never the server's zone. */
  timeZone: string;
  /** Notes per page on the home list. */
  postsPerPage: number;
  /** Deepest heading level listed in a post's table of contents (2 = h2 only, 3 = h2 and h3). */
  tocMaxDepth: 2 | 3 | 4 | 5 | 6;
  /** Header navigation; the about link is shown only when `content/pages/about.md` exists. */
  nav: NavItem[];
  /** Folder holding `posts/` and `pages/` (`XIAOJI_CONTENT_DIR`, default `content`). */
  contentDir: string;
  /** Show drafts (`draft: true`, `published: false`): on in `npm run dev`, off in builds. */
  showDrafts: boolean;
  /** Comments; `null` turns them off. */
  giscus: GiscusConfig | null;
}

const env = process.env;

function readGiscus(): GiscusConfig | null {
  const repo = env.NEXT_PUBLIC_GISCUS_REPO?.trim();
  const repoId = env.NEXT_PUBLIC_GISCUS_REPO_ID?.trim();
  const category = env.NEXT_PUBLIC_GISCUS_CATEGORY?.trim();
  const categoryId = env.NEXT_PUBLIC_GISCUS_CATEGORY_ID?.trim();
  if (!repo || !repoId || !category || !categoryId || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return null;
  return {
    repo: repo as `${string}/${string}`,
    repoId,
    category,
    categoryId,
    mapping: 'pathname',
    reactionsEnabled: true,
    inputPosition: 'bottom',
  };
}

function readSiteUrl(): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  // Vercel sets these without a scheme; production URL first so previews still get canonical links.
  const vercel = env.VERCEL_PROJECT_PRODUCTION_URL ?? env.VERCEL_URL;
  if (vercel) return `https://${vercel.replace(/\/+$/, '')}`;
  return 'http://localhost:3000';
}

export const siteConfig: SiteConfig = {
  title: '小记',
  description: '刷知乎、读论文、写代码时记下的小笔记。',
  author: '小记的作者',
  url: readSiteUrl(),
  locale: env.XIAOJI_LOCALE === 'en' ? 'en' : 'zh-CN',
  timeZone: 'Asia/Shanghai',
  postsPerPage: 10,
  tocMaxDepth: 3,
  nav: [
    { key: 'home', href: '/' },
    { key: 'categories', href: '/categories/' },
    { key: 'tags', href: '/tags/' },
    { key: 'archives', href: '/archives/' },
    { key: 'about', href: '/about/' },
  ],
  contentDir: env.XIAOJI_CONTENT_DIR?.trim() || 'content',
  showDrafts: env.NODE_ENV === 'development' || env.XIAOJI_SHOW_DRAFTS === '1',
  giscus: readGiscus(),
};

/** Build output folder for `next build`/`next start` (`XIAOJI_DIST_DIR`), so tests can keep several builds. */
export const distDir: string = env.XIAOJI_DIST_DIR?.trim() || '.next';

/** True in production builds: a note with errors then fails the build instead of showing an error page. */
export const failOnContentErrors: boolean = env.NODE_ENV === 'production';

/**
 * Workspace root for Turbopack (`XIAOJI_WORKSPACE_ROOT`): set it when building a copy of the site
 * that lives inside another checkout (benchmarks, tests), so `next` resolves from the parent's node_modules.
 */
export const workspaceRoot: string | undefined = env.XIAOJI_WORKSPACE_ROOT?.trim() || undefined;

/**
 * Static generation workers for `next build` (`XIAOJI_BUILD_WORKERS`); unset: one per core (Next's
 * own default is one per core minus one, a single worker on 2 cores). Static generation is CPU work
 * in the workers while the main process waits, so every core gets one: on 2 cores a 1,000-note site
 * generated its pages in 29–34 s instead of 50 s (README, Performance).
 */
export const buildWorkers: number = parseWorkerCount(env.XIAOJI_BUILD_WORKERS) ?? availableParallelism();

/** `undefined` for unset or empty; a whole number 1–64; anything else is an error naming the variable. */
export function parseWorkerCount(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64)
    throw new Error(`XIAOJI_BUILD_WORKERS: expected a whole number of workers from 1 to 64, got "${text}"`);
  return n;
}

/**
 * `npm run dev` only (`XIAOJI_DEV_CACHE`, set and removed by scripts/dev.mjs): the file in which the
 * session's processes share note records (see lib/content-dev.ts). Not for setting by hand.
 */
export const devCacheFile: string | null = env.XIAOJI_DEV_CACHE?.trim() || null;

/**
 * NODE_OPTIONS with a larger young generation (`--max-semi-space-size`, MB) for `workers` static
 * generation workers, unless one is set. Static generation makes mostly short-lived garbage; V8's
 * default 16 MB semi-space made a single worker collect it ~12 s longer at 1,000 notes, so one
 * worker gets 128 MB. Each of several workers gets 32 MB: at 1,000 notes on 2 cores, 32 MB each
 * generated the pages as fast as 64 MB (28.6 s against 29–34 s) and the build peaked at 1.69 GB
 * against 1.67–1.98 GB; 128 MB each peaked at 2.07 GB (README, Performance).
 */
export function withYoungGeneration(nodeOptions: string | undefined, workers = 1): string {
  const current = nodeOptions?.trim() ?? '';
  const megabytes = workers > 1 ? 32 : 128;
  return /--max-semi-space-size\b/.test(current)
    ? current
    : `${current} --max-semi-space-size=${megabytes}`.trim();
}
