/**
 * The one typed site configuration: what a writer sets, and the variables a writer or deployer
 * sets (docs/configuration.md). A missing optional setting turns its feature off cleanly. How the
 * build runs (workers, output folder, memory) is not here: lib/build-env.ts.
 */
import type { Locale } from './lib/i18n';

/** A header navigation entry; `key` picks the label from the i18n dictionary. */
export interface NavItem {
  key: 'home' | 'categories' | 'tags' | 'archives' | 'about';
  href: string;
}

/** Math (notes with `math: true`, rendered by KaTeX at build time). */
export interface MathConfig {
  /**
   * The site's own TeX macros, name -> definition, for every note with math: what a Chirpy blog
   * had under `macros` in its MathJax configuration, e.g. `{ '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}' }`.
   * Arguments are `#1`…`#9` (`{ '\\norm': '\\lVert #1 \\rVert' }`). `XIAOJI_MATH_MACROS` (the same
   * record as JSON) adds to them. docs/configuration.md; lib/markdown/math-macros.ts reads
   * MathJax's form (`parseMathJaxMacros`).
   */
  macros: Record<string, string>;
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
  /** Math rendering settings. */
  math: MathConfig;
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

/** `XIAOJI_MATH_MACROS`: unset means none; a JSON object of macro name -> TeX definition; anything else names the variable. */
export function parseMathMacros(text: string | undefined): Record<string, string> {
  if (!text?.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !Object.values(value).every((v) => typeof v === 'string')
  )
    throw new Error(
      'XIAOJI_MATH_MACROS: expected a JSON object of macro name -> TeX definition, e.g. {"\\\\RR":"\\\\mathbb{R}"}',
    );
  return value as Record<string, string>;
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
    { key: 'categories', href: '/categories' },
    { key: 'tags', href: '/tags' },
    { key: 'archives', href: '/archives' },
    { key: 'about', href: '/about' },
  ],
  contentDir: env.XIAOJI_CONTENT_DIR?.trim() || 'content',
  showDrafts: env.NODE_ENV === 'development' || env.XIAOJI_SHOW_DRAFTS === '1',
  giscus: readGiscus(),
  math: {
    macros: { ...parseMathMacros(env.XIAOJI_MATH_MACROS) },
  },
};
