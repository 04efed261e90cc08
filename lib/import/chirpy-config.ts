/**
 * Chirpy's `_config.yml` -> xiaoji settings (site.settings.json fields): what maps, and a note for
 * everything that does not. Pure: reads a parsed YAML object, returns values and notes.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import {
  ANALYTICS_PROVIDERS,
  type AnalyticsSettings,
  type FrontMatterDefault,
  type GiscusSettings,
  isTimeZone,
  originOf,
  type SiteSettings,
} from '../settings/site-settings';

/** Settings taken from the config: only the keys it sets. */
export type ImportedSettings = Partial<SiteSettings>;

export interface ConfigResult {
  settings: ImportedSettings;
  /** Settings read but not (fully) used, one line each: `_config.yml: key: why`. */
  notes: string[];
}

// Front-matter keys xiaoji reads (lib/front-matter.ts); a default of any other key has no effect.
const NOTE_KEYS = new Set(
  `toc comments pin published draft hidden math mermaid render_with_liquid description image media_subpath img_path author authors categories tags license`.split(
    ' ',
  ),
);
// Keys of Chirpy's own defaults that xiaoji already does by itself: dropped without a note.
const BUILT_IN_KEYS = new Set(['layout', 'permalink', 'swcache']);
// Top-level keys read here or that need no note (Jekyll internals the theme sets).
const READ_KEYS = new Set(
  `title tagline description url baseurl timezone lang avatar social github twitter comments analytics defaults
  theme collections kramdown sass compress_html exclude include jekyll-archives markdown highlighter
  permalink plugins toc paginate pageviews theme_mode cdn pwa social_preview_image webmaster_verifications
  assets math mathjax`.split(/\s+/),
);

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** Parses `_config.yml`; throws an Error naming the file and line of the first YAML error. */
export function parseChirpyConfig(text: string, file = '_config.yml'): Obj {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line } = lines.linePos(error.pos[0]);
    throw new Error(`${file}:${line}: ${error.message.split('\n')[0]} (expected valid YAML)`);
  }
  if (doc.contents !== null && !isMap(doc.contents))
    throw new Error(`${file}:1: expected key: value settings, got a ${typeof doc.toJS()}`);
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  return isObj(value) ? value : {};
}

/** Maps a parsed Chirpy config to xiaoji settings, with a note for each setting not carried over. */
export function mapChirpyConfig(config: Obj, file = '_config.yml'): ConfigResult {
  const settings: ImportedSettings = {};
  const notes: string[] = [];
  const note = (key: string, why: string): void => {
    notes.push(`${file}: ${key}: ${why}`);
  };
  for (const key of ['title', 'tagline', 'description'] as const)
    if (str(config[key])) settings[key] = str(config[key]);

  const url = str(config.url).replace(/\/+$/, '');
  if (url) {
    if (/^https?:\/\/[^/]+$/.test(url)) settings.url = url;
    else note('url', `"${url}" is not an origin such as https://name.github.io (kept the current url)`);
  }
  const baseurl = str(config.baseurl).replace(/\/+$/, '');
  if (baseurl)
    note(
      'baseurl',
      `"${baseurl}": a server build serves the site from the root of its domain; for a static export under it, build with XIAOJI_OUTPUT=export XIAOJI_BASE_PATH=${baseurl} (docs/deploying.md; the GitHub Pages workflow sets it)`,
    );

  const zone = str(config.timezone);
  if (zone) {
    if (isTimeZone(zone)) settings.timezone = zone;
    else note('timezone', `"${zone}" is not an IANA time zone (expected e.g. Asia/Shanghai)`);
  }

  const lang = str(config.lang);
  if (lang) {
    if (/^zh/i.test(lang)) {
      settings.lang = 'zh-CN';
      if (lang !== 'zh-CN') note('lang', `"${lang}": xiaoji's interface is shown in zh-CN`);
    } else if (/^en/i.test(lang)) settings.lang = 'en';
    else note('lang', `"${lang}": xiaoji's interface has zh-CN and en only (kept the current one)`);
  }

  const avatar = str(config.avatar);
  if (avatar) {
    if (/^https?:\/\//.test(avatar) || avatar.startsWith('/')) settings.avatar = avatar;
    else settings.avatar = `/${avatar}`;
  }

  const social = isObj(config.social) ? config.social : {};
  if (str(social.name)) settings.author = str(social.name);
  if (str(social.email)) settings.email = str(social.email);
  const links: string[] = [];
  const add = (link: string): void => {
    if (link && !links.includes(link)) links.push(link);
  };
  if (Array.isArray(social.links)) {
    for (const link of social.links) {
      const text = str(link);
      if (/^https?:\/\//.test(text)) add(text);
      else if (text) note('social.links', `"${text}" is not an http(s) URL (left out)`);
    }
  }
  const github = isObj(config.github) ? str(config.github.username) : '';
  if (github) add(`https://github.com/${github}`);
  const twitter = isObj(config.twitter) ? str(config.twitter.username) : '';
  if (twitter) add(`https://twitter.com/${twitter}`);
  if (links.length > 0) settings.social = links;

  const comments = mapComments(config.comments, note);
  if (comments !== undefined) settings.comments = comments;
  const analytics = mapAnalytics(config.analytics, note);
  if (analytics) settings.analytics = analytics;
  const defaults = mapDefaults(config.defaults, note);
  if (defaults.length > 0) settings.frontMatterDefaults = defaults;

  if (isObj(config.pwa) && config.pwa.enabled !== false && config.pwa.enabled != null)
    note('pwa', 'xiaoji is not an installable app (no PWA, no offline cache)');
  if (isObj(config.pageviews) && str(config.pageviews.provider))
    note('pageviews', 'page view counts are not shown (the analytics script is still loaded)');
  if (str(config.theme_mode)) note('theme_mode', "xiaoji follows the reader's system and its theme switch");
  if (str(config.cdn)) note('cdn', 'images are served from the site itself (public/)');
  if (str(config.social_preview_image)) note('social_preview_image', 'not used');
  if (config.paginate != null && Number(config.paginate) !== 10)
    note('paginate', `${String(config.paginate)}: xiaoji shows 10 notes per page`);
  const verifications = isObj(config.webmaster_verifications) ? config.webmaster_verifications : {};
  if (Object.values(verifications).some((v) => str(v)))
    note('webmaster_verifications', 'not carried over (add the verification file to public/)');
  if (Array.isArray(config.plugins) && config.plugins.length > 0)
    note('plugins', `${config.plugins.map(str).join(', ')}: Jekyll plugins do not run in xiaoji`);
  for (const key of Object.keys(config)) {
    if (!READ_KEYS.has(key)) note(key, 'not a setting xiaoji has (left out)');
  }
  return { settings, notes };
}

type Note = (key: string, why: string) => void;

function mapComments(value: unknown, note: Note): GiscusSettings | null | undefined {
  if (!isObj(value)) return undefined;
  const provider = str(value.provider);
  if (!provider) return null;
  if (provider !== 'giscus') {
    note('comments.provider', `"${provider}": xiaoji has giscus comments only (comments left off)`);
    return null;
  }
  const g = isObj(value.giscus) ? value.giscus : {};
  const giscus: GiscusSettings = {
    provider: 'giscus',
    repo: str(g.repo),
    repoId: str(g.repo_id),
    category: str(g.category),
    categoryId: str(g.category_id),
  };
  const missing = (['repo', 'repo_id', 'category', 'category_id'] as const).filter((k) => !str(g[k]));
  if (missing.length > 0) {
    note('comments.giscus', `missing ${missing.join(', ')} (comments left off)`);
    return null;
  }
  const mapping = str(g.mapping);
  if (mapping === 'pathname' || mapping === 'url' || mapping === 'title' || mapping === 'og:title')
    giscus.mapping = mapping;
  else if (mapping) note('comments.giscus.mapping', `"${mapping}" is not supported (pathname is used)`);
  const position = str(g.input_position);
  if (position === 'top' || position === 'bottom') giscus.inputPosition = position;
  const reactions = g.reactions_enabled;
  if (reactions != null && reactions !== '')
    giscus.reactionsEnabled = !(reactions === 0 || reactions === '0' || reactions === false);
  if (str(g.strict)) note('comments.giscus.strict', 'not supported');
  if (str(g.lang)) note('comments.giscus.lang', 'giscus follows the site language');
  return giscus;
}

function mapAnalytics(value: unknown, note: Note): AnalyticsSettings | null {
  if (!isObj(value)) return null;
  let chosen: AnalyticsSettings | null = null;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    const id = isObj(entry) ? str(entry.id) : '';
    if (!id) continue;
    if (!(ANALYTICS_PROVIDERS as readonly string[]).includes(key)) {
      note(
        `analytics.${key}`,
        `not a provider xiaoji loads (expected one of ${ANALYTICS_PROVIDERS.join(', ')})`,
      );
      continue;
    }
    if (chosen) {
      note(`analytics.${key}`, `only one provider is loaded: ${chosen.provider} (the first set) is used`);
      continue;
    }
    if (!/^[\w.-]+$/.test(id)) {
      note(`analytics.${key}.id`, `"${id}" is not an id (expected letters, digits, - _ .)`);
      continue;
    }
    const provider = key as AnalyticsSettings['provider'];
    if (provider === 'umami' || provider === 'matomo') {
      const domain = originOf(isObj(entry) ? str(entry.domain).replace(/\/+$/, '') : '');
      if (!domain) {
        note(`analytics.${key}.domain`, 'expected the https origin of the server (provider left off)');
        continue;
      }
      chosen = { provider, id, domain };
    } else chosen = { provider, id };
  }
  return chosen;
}

/** Jekyll's scope path (relative to the site source) -> the notes' path under xiaoji's content folder. */
function scopePath(path: string, type: string): { path: string; type?: 'posts' | 'pages' } | null {
  const clean = path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const base = clean === '' ? { path: '' } : null;
  const mapped =
    base ??
    (clean === '_posts' || clean.startsWith('_posts/')
      ? { path: `posts${clean.slice('_posts'.length)}` }
      : clean === '_drafts' || clean.startsWith('_drafts/')
        ? { path: `posts/_drafts${clean.slice('_drafts'.length)}` }
        : clean === '_tabs' || clean.startsWith('_tabs/')
          ? { path: `pages${clean.slice('_tabs'.length)}` }
          : null);
  if (!mapped) return null;
  if (!type) return mapped;
  if (type === 'posts') return { ...mapped, type: 'posts' };
  if (type === 'tabs' || type === 'pages') return { ...mapped, type: 'pages' };
  if (type === 'drafts') return mapped.path === '' ? { path: 'posts/_drafts' } : mapped;
  return null;
}

function mapDefaults(value: unknown, note: Note): FrontMatterDefault[] {
  if (!Array.isArray(value)) return [];
  const found: FrontMatterDefault[] = [];
  value.forEach((entry, i) => {
    if (!isObj(entry) || !isObj(entry.values)) return;
    const scope = isObj(entry.scope) ? entry.scope : {};
    const values: Record<string, unknown> = {};
    const dropped: string[] = [];
    for (const [key, v] of Object.entries(entry.values)) {
      if (NOTE_KEYS.has(key)) values[key] = v;
      else if (!BUILT_IN_KEYS.has(key)) dropped.push(key);
    }
    const where = scopePath(str(scope.path), str(scope.type));
    if (!where) {
      if (Object.keys(values).length > 0)
        note(`defaults[${i}]`, `scope ${JSON.stringify(scope)} names no notes xiaoji has (left out)`);
      return;
    }
    if (dropped.length > 0)
      note(`defaults[${i}].values`, `${dropped.join(', ')}: not read by xiaoji (left out)`);
    if (Object.keys(values).length > 0) found.push({ ...where, values });
  });
  return found;
}
