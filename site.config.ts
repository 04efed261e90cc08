/**
 * The one typed site configuration. The writer's settings come from `site.settings.json` (imported
 * here, checked by lib/settings/site-settings.ts, written by `npm run import`); environment variables
 * are read here and nowhere else and override it. A missing optional setting turns its feature off cleanly.
 */
import type { Locale } from './lib/i18n';
import { describeLicense, type License } from './lib/license/license';
import {
  type AnalyticsSettings,
  type FrontMatterDefault,
  readSiteSettings,
} from './lib/settings/site-settings';
import { type SocialLink, socialLinks } from './lib/settings/social';
import type { ShareSetting } from './lib/share/share';
import settingsFile from './site.settings.json';

/** A header navigation entry; `key` picks the label from the i18n dictionary. */
export interface NavItem {
  key: 'home' | 'categories' | 'tags' | 'archives' | 'notes' | 'about';
  href: string;
}

/** Math (notes with `math: true`, rendered by KaTeX at build time). */
export interface MathConfig {
  /**
   * The site's own TeX macros, name -> definition, for every note with math: what a Chirpy blog
   * had under `macros` in its MathJax configuration, e.g. `{ '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}' }`.
   * Arguments are `#1`…`#9` (`{ '\\norm': '\\lVert #1 \\rVert' }`). From the settings' `math.macros`
   * (`npm run import` fills it from the blog's MathJax configuration, read by `parseMathJaxMacros`);
   * `XIAOJI_MATH_MACROS` (the same record as JSON) adds to them and wins. docs/configuration.md.
   */
  macros: Record<string, string>;
}

/** Giscus settings: the settings' `comments`, or the four environment variables when all are set; else `null`. */
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
  /** Subtitle under the title in the header (Chirpy's `tagline`); '' shows none. */
  tagline: string;
  /** Avatar beside the title: a site path (`/assets/img/a.png`) or an https URL; '' shows none. */
  avatar: string;
  /** Social links shown in the footer with an icon and a label; the email first when set. */
  social: SocialLink[];
  /** Analytics provider loaded after the page is interactive, and allowed by the CSP; null loads none. */
  analytics: AnalyticsSettings | null;
  /** Front-matter defaults by path prefix and type, applied where each note's record is made. */
  frontMatterDefaults: FrontMatterDefault[];
  /** One-line description for the home page, feed and metadata. */
  description: string;
  /** The author's name, for the footer, feed and JSON-LD. */
  author: string;
  /** Absolute origin of the deployed site, no trailing slash (`SITE_URL`, else the settings' `url`, else Vercel's URL). */
  url: string;
  /** UI language: `zh-CN` (default) or `en` (settings' `lang`; `XIAOJI_LOCALE` wins). */
  locale: Locale;
  /** IANA time zone used to show dates and group archives (settings' `timezone`); never the server's zone. */
  timeZone: string;
  /** Notes per page on the home list. */
  postsPerPage: number;
  /** Deepest heading level listed in a post's table of contents (2 = h2 only, 3 = h2 and h3). */
  tocMaxDepth: 2 | 3 | 4 | 5 | 6;
  /**
   * Header navigation; the about link is shown only when `content/pages/about.md` exists, the notes
   * link only when `content/notes/` has a note to show.
   */
  nav: NavItem[];
  /** Folder holding `posts/` and `pages/` (`XIAOJI_CONTENT_DIR`, default `content`). */
  contentDir: string;
  /** Show drafts (`draft: true`, `published: false`): on in `npm run dev`, off in builds. */
  showDrafts: boolean;
  /** Comments; `null` turns them off. */
  giscus: GiscusConfig | null;
  /** Math rendering settings. */
  math: MathConfig;
  /** Code blocks longer than this many lines show folded (settings' `codeFoldLines`, default 30; 0: never). */
  codeFoldLines: number;
  /** The posts' licence (footer and under each post; `license:` in front matter wins); null shows none. */
  license: License | null;
  /** Share links under each post, in order; empty shows none. */
  share: ShareSetting[];
}

const env = process.env;
const settings = readSiteSettings(settingsFile);

function readGiscus(): GiscusConfig | null {
  const fromSettings = settings.comments;
  const repo = env.NEXT_PUBLIC_GISCUS_REPO?.trim();
  const repoId = env.NEXT_PUBLIC_GISCUS_REPO_ID?.trim();
  const category = env.NEXT_PUBLIC_GISCUS_CATEGORY?.trim();
  const categoryId = env.NEXT_PUBLIC_GISCUS_CATEGORY_ID?.trim();
  if (!repo || !repoId || !category || !categoryId || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    if (!fromSettings) return null;
    return {
      repo: fromSettings.repo as `${string}/${string}`,
      repoId: fromSettings.repoId,
      category: fromSettings.category,
      categoryId: fromSettings.categoryId,
      mapping: fromSettings.mapping ?? 'pathname',
      reactionsEnabled: fromSettings.reactionsEnabled ?? true,
      inputPosition: fromSettings.inputPosition ?? 'bottom',
    };
  }
  // The environment's four ids win over the settings file; its other choices are kept.
  return {
    repo: repo as `${string}/${string}`,
    repoId,
    category,
    categoryId,
    mapping: fromSettings?.mapping ?? 'pathname',
    reactionsEnabled: fromSettings?.reactionsEnabled ?? true,
    inputPosition: fromSettings?.inputPosition ?? 'bottom',
  };
}

function readSiteUrl(): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  // The writer's own domain (site.settings.json) before the host's generated one.
  if (settings.url) return settings.url;
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

/** The settings' macros, then the environment's: the environment adds and, for a name in both, wins (`RR` and `\\RR` are one name). */
export function mergeMathMacros(
  fromSettings: Record<string, string>,
  fromEnv: Record<string, string>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, definition] of [...Object.entries(fromSettings), ...Object.entries(fromEnv)])
    merged[name.startsWith('\\') ? name : `\\${name}`] = definition;
  return merged;
}

function readLocale(): Locale {
  const fromEnv = env.XIAOJI_LOCALE?.trim();
  if (fromEnv === 'en' || fromEnv === 'zh-CN') return fromEnv;
  return settings.lang;
}

export const siteConfig: SiteConfig = {
  title: settings.title || '小记',
  tagline: settings.tagline,
  avatar: settings.avatar,
  social: socialLinks(settings.social, settings.email, readLocale()),
  analytics: settings.analytics,
  frontMatterDefaults: settings.frontMatterDefaults,
  description: settings.description,
  author: settings.author || settings.title || '小记',
  url: readSiteUrl(),
  locale: readLocale(),
  timeZone: settings.timezone,
  postsPerPage: 10,
  tocMaxDepth: 3,
  nav: [
    { key: 'home', href: '/' },
    { key: 'categories', href: '/categories/' },
    { key: 'tags', href: '/tags/' },
    { key: 'archives', href: '/archives/' },
    { key: 'notes', href: '/notes/' },
    { key: 'about', href: '/about/' },
  ],
  contentDir: env.XIAOJI_CONTENT_DIR?.trim() || 'content',
  showDrafts: env.NODE_ENV === 'development' || env.XIAOJI_SHOW_DRAFTS === '1',
  giscus: readGiscus(),
  math: {
    macros: mergeMathMacros(settings.math.macros, parseMathMacros(env.XIAOJI_MATH_MACROS)),
  },
  codeFoldLines: settings.codeFoldLines,
  license: settings.license === false ? null : describeLicense(settings.license, readLocale()),
  share: settings.share,
};
