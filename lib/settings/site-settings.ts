/**
 * The writer-editable settings file `site.settings.json`: its shape, and a reader that checks every
 * field and names the file and the field of each problem. `site.config.ts` imports the file
 * statically (no I/O at config load) and turns it into the typed `SiteConfig`; `npm run import`
 * writes it.
 */
import type { Locale } from '../i18n';
import { DEFAULT_LICENSE, readLicenseSetting } from '../license/license';
import { DEFAULT_SHARE, readShareSetting, type ShareSetting } from '../share/share';

export const SETTINGS_FILE = 'site.settings.json';

/** Analytics providers Chirpy supports, by the key of its `_config.yml` `analytics:` map. */
export const ANALYTICS_PROVIDERS = [
  'goatcounter',
  'google',
  'umami',
  'cloudflare',
  'matomo',
  'fathom',
] as const;
export type AnalyticsProvider = (typeof ANALYTICS_PROVIDERS)[number];

/** One analytics provider: `id` is the site/measurement id or token; `domain` the self-hosted origin (Umami, Matomo). */
export interface AnalyticsSettings {
  provider: AnalyticsProvider;
  id: string;
  /** Origin of a self-hosted Umami or Matomo, e.g. `https://stats.example.com`. */
  domain?: string;
}

export interface GiscusSettings {
  provider: 'giscus';
  repo: string;
  repoId: string;
  category: string;
  categoryId: string;
  mapping?: 'pathname' | 'url' | 'title' | 'og:title';
  inputPosition?: 'top' | 'bottom';
  reactionsEnabled?: boolean;
}

/** Jekyll's front-matter `defaults`, with paths relative to the content folder (`posts/...`, `pages/...`). */
export interface FrontMatterDefault {
  /** Path prefix under the content folder; '' matches every note. */
  path: string;
  /** Restricts the scope to `posts/` or `pages/` notes. */
  type?: 'posts' | 'pages';
  values: Record<string, unknown>;
}

/** Math settings: the site's own TeX macros, name (`\RR`) -> definition, for every note with math. */
export interface MathSettings {
  macros: Record<string, string>;
}

export interface SiteSettings {
  title: string;
  tagline: string;
  description: string;
  author: string;
  url: string;
  lang: Locale;
  timezone: string;
  avatar: string;
  email: string;
  social: string[];
  comments: GiscusSettings | null;
  analytics: AnalyticsSettings | null;
  frontMatterDefaults: FrontMatterDefault[];
  math: MathSettings;
  /** Code blocks longer than this many lines show folded (0: never fold). */
  codeFoldLines: number;
  /** Licence of the posts (lib/license/): an id such as CC-BY-4.0 or text; false shows none. */
  license: string | false;
  /** Share links under each post (lib/share/), in order; [] shows none. */
  share: ShareSetting[];
}

export const DEFAULT_SETTINGS: SiteSettings = {
  title: '小记',
  tagline: '',
  description: '',
  author: '',
  url: '',
  lang: 'zh-CN',
  timezone: 'Asia/Shanghai',
  avatar: '',
  email: '',
  social: [],
  comments: null,
  analytics: null,
  frontMatterDefaults: [],
  math: { macros: {} },
  codeFoldLines: 30,
  license: DEFAULT_LICENSE,
  share: DEFAULT_SHARE,
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof SiteSettings)[];

/** A settings problem, already phrased: `site.settings.json: "field": expected ..., got ...`. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`${SETTINGS_FILE} is not valid:\n  ${problems.join('\n  ')}`);
    this.name = 'SettingsError';
  }
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** True for an IANA zone name the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** An absolute http(s) URL, or a site path starting with `/`. */
function isLinkOrPath(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//');
  return isHttpUrl(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Checks parsed `site.settings.json` and returns it with defaults for missing fields; throws a
 * SettingsError listing every problem (file, field, what was expected and what was found).
 */
export function readSiteSettings(input: unknown): SiteSettings {
  const problems: string[] = [];
  const bad = (field: string, expected: string, got: unknown): void => {
    problems.push(`"${field}": expected ${expected}, got ${shown(got)}`);
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SettingsError([`expected a JSON object of settings, got ${shown(input)}`]);
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(KEYS as string[]).includes(key) && !key.startsWith('$'))
      problems.push(`"${key}": unknown setting (expected one of ${KEYS.join(', ')})`);
  }
  const text = (field: keyof SiteSettings, check?: (v: string) => boolean, expected = 'a string'): string => {
    const value = raw[field];
    if (value === undefined) return DEFAULT_SETTINGS[field] as string;
    if (typeof value !== 'string' || (check && value !== '' && !check(value))) {
      bad(field, expected, value);
      return DEFAULT_SETTINGS[field] as string;
    }
    return value.trim();
  };
  const settings: SiteSettings = {
    title: text('title'),
    tagline: text('tagline'),
    description: text('description'),
    author: text('author'),
    url: text('url', isHttpUrl, 'an absolute http(s) URL such as "https://example.com", or ""').replace(
      /\/+$/,
      '',
    ),
    lang: DEFAULT_SETTINGS.lang,
    timezone: text('timezone', isTimeZone, 'an IANA time zone such as "Asia/Shanghai"'),
    avatar: text('avatar', isLinkOrPath, 'a site path such as "/assets/img/avatar.png" or an https URL'),
    email: text('email', (v) => /^[^\s@]+@[^\s@]+$/.test(v), 'an email address or ""'),
    social: [],
    comments: null,
    analytics: null,
    frontMatterDefaults: [],
    math: { macros: {} },
    codeFoldLines: DEFAULT_SETTINGS.codeFoldLines,
    license: readLicenseSetting(raw.license, bad),
    share: readShareSetting(raw.share, bad),
  };
  if (settings.timezone === '') settings.timezone = DEFAULT_SETTINGS.timezone;
  if (raw.lang !== undefined) {
    if (raw.lang === 'zh-CN' || raw.lang === 'en') settings.lang = raw.lang;
    else bad('lang', '"zh-CN" or "en"', raw.lang);
  }
  if (raw.social !== undefined) {
    if (!Array.isArray(raw.social)) bad('social', 'a list of link URLs', raw.social);
    else
      raw.social.forEach((link, i) => {
        if (typeof link === 'string' && isHttpUrl(link)) settings.social.push(link);
        else bad(`social[${i}]`, 'an absolute https URL such as "https://github.com/name"', link);
      });
  }
  if (raw.comments !== undefined && raw.comments !== null) settings.comments = readGiscus(raw.comments, bad);
  if (raw.analytics !== undefined && raw.analytics !== null)
    settings.analytics = readAnalytics(raw.analytics, bad);
  if (raw.frontMatterDefaults !== undefined)
    settings.frontMatterDefaults = readDefaults(raw.frontMatterDefaults, bad);
  if (raw.math !== undefined) settings.math = readMath(raw.math, bad);
  if (raw.codeFoldLines !== undefined) {
    const lines = raw.codeFoldLines;
    if (typeof lines === 'number' && Number.isInteger(lines) && lines >= 0) settings.codeFoldLines = lines;
    else bad('codeFoldLines', 'a whole number of lines, 0 or more (0: never fold)', lines);
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

type Bad = (field: string, expected: string, got: unknown) => void;

function asObject(value: unknown, field: string, expected: string, bad: Bad): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    bad(field, expected, value);
    return null;
  }
  return value as Record<string, unknown>;
}

function readGiscus(value: unknown, bad: Bad): GiscusSettings | null {
  const map = asObject(value, 'comments', 'null or { "provider": "giscus", "repo": ..., ... }', bad);
  if (!map) return null;
  if (map.provider !== 'giscus') {
    bad('comments.provider', '"giscus" (the only comment system xiaoji has)', map.provider);
    return null;
  }
  const field = (key: string, pattern: RegExp, expected: string): string => {
    const v = map[key];
    if (typeof v === 'string' && pattern.test(v.trim())) return v.trim();
    bad(`comments.${key}`, expected, v);
    return '';
  };
  const giscus: GiscusSettings = {
    provider: 'giscus',
    repo: field('repo', /^[\w.-]+\/[\w.-]+$/, 'a GitHub repository such as "owner/repo"'),
    repoId: field('repoId', /\S/, 'the repository id giscus.app shows (R_...)'),
    category: field('category', /\S/, 'a discussion category name'),
    categoryId: field('categoryId', /\S/, 'the category id giscus.app shows (DIC_...)'),
  };
  if (map.mapping !== undefined) {
    if (
      map.mapping === 'pathname' ||
      map.mapping === 'url' ||
      map.mapping === 'title' ||
      map.mapping === 'og:title'
    )
      giscus.mapping = map.mapping;
    else bad('comments.mapping', '"pathname", "url", "title" or "og:title"', map.mapping);
  }
  if (map.inputPosition !== undefined) {
    if (map.inputPosition === 'top' || map.inputPosition === 'bottom')
      giscus.inputPosition = map.inputPosition;
    else bad('comments.inputPosition', '"top" or "bottom"', map.inputPosition);
  }
  if (map.reactionsEnabled !== undefined) {
    if (typeof map.reactionsEnabled === 'boolean') giscus.reactionsEnabled = map.reactionsEnabled;
    else bad('comments.reactionsEnabled', 'true or false', map.reactionsEnabled);
  }
  return giscus;
}

function readAnalytics(value: unknown, bad: Bad): AnalyticsSettings | null {
  const map = asObject(value, 'analytics', 'null or { "provider": ..., "id": ... }', bad);
  if (!map) return null;
  const provider = map.provider;
  if (typeof provider !== 'string' || !(ANALYTICS_PROVIDERS as readonly string[]).includes(provider)) {
    bad('analytics.provider', `one of ${ANALYTICS_PROVIDERS.join(', ')}`, provider);
    return null;
  }
  const id = typeof map.id === 'string' ? map.id.trim() : '';
  // Ids end up in a host name (GoatCounter) or an attribute: letters, digits and - _ . only.
  if (!/^[\w.-]+$/.test(id)) {
    bad('analytics.id', 'the id or token the provider gives (letters, digits, - _ .)', map.id);
    return null;
  }
  const analytics: AnalyticsSettings = { provider: provider as AnalyticsProvider, id };
  if (provider === 'umami' || provider === 'matomo') {
    const domain = typeof map.domain === 'string' ? map.domain.trim().replace(/\/+$/, '') : '';
    const origin = originOf(domain);
    if (!origin) {
      bad(
        'analytics.domain',
        `the https origin of your ${provider} server, such as "https://stats.example.com"`,
        map.domain,
      );
      return null;
    }
    analytics.domain = origin;
  }
  return analytics;
}

/** `https://host[:port]` of a domain written with or without its scheme, or null. */
export function originOf(domain: string): string | null {
  if (!domain) return null;
  try {
    const url = new URL(/^https?:\/\//.test(domain) ? domain : `https://${domain}`);
    return url.protocol === 'https:' && url.pathname === '/' ? url.origin : null;
  } catch {
    return null;
  }
}

function readDefaults(value: unknown, bad: Bad): FrontMatterDefault[] {
  if (!Array.isArray(value)) {
    bad('frontMatterDefaults', 'a list of { "path", "type", "values" }', value);
    return [];
  }
  const found: FrontMatterDefault[] = [];
  value.forEach((entry, i) => {
    const field = `frontMatterDefaults[${i}]`;
    const map = asObject(entry, field, '{ "path": "posts", "type": "posts", "values": { ... } }', bad);
    if (!map) return;
    const path = map.path ?? '';
    if (typeof path !== 'string' || path.startsWith('/') || path.includes('..')) {
      bad(`${field}.path`, 'a folder under the content folder such as "posts" or "" for all', path);
      return;
    }
    if (map.type !== undefined && map.type !== 'posts' && map.type !== 'pages') {
      bad(`${field}.type`, '"posts" or "pages"', map.type);
      return;
    }
    const values = asObject(map.values, `${field}.values`, 'a map of front-matter keys and values', bad);
    if (!values) return;
    found.push({ path: path.replace(/\/+$/, ''), ...(map.type ? { type: map.type } : {}), values });
  });
  return found;
}

/** A TeX control word (`\RR`, `\e`, `\my@op`) or one non-letter character (`\!`); the backslash may be left out. */
export function isMacroName(name: string): boolean {
  return /^\\?(?:[A-Za-z@]+|[^A-Za-z@\s])$/.test(name);
}

/** `"math": { "macros": { "\\RR": "\\mathbb{R}" } }` (JSON escapes); names come back with their backslash. */
function readMath(value: unknown, bad: Bad): MathSettings {
  const math: MathSettings = { macros: {} };
  const map = asObject(value, 'math', '{ "macros": { "\\\\RR": "\\\\mathbb{R}" } }', bad);
  if (!map) return math;
  for (const key of Object.keys(map))
    if (key !== 'macros') bad(`math.${key}`, 'only "macros" in math (unknown math setting)', map[key]);
  if (map.macros === undefined) return math;
  const macros = asObject(
    map.macros,
    'math.macros',
    'a map of TeX macro name -> definition, such as { "\\\\RR": "\\\\mathbb{R}" }',
    bad,
  );
  if (!macros) return math;
  for (const [name, definition] of Object.entries(macros)) {
    const field = `math.macros[${JSON.stringify(name)}]`;
    if (!isMacroName(name))
      bad(field, 'a TeX macro name such as "\\\\RR" (letters only, or one symbol)', name);
    else if (typeof definition !== 'string')
      bad(field, 'the TeX definition as a string, such as "\\\\mathbb{R}"', definition);
    else math.macros[name.startsWith('\\') ? name : `\\${name}`] = definition;
  }
  return math;
}
