/**
 * The licence line under each post and in the footer: a known SPDX id (`CC-BY-4.0`, also written
 * `CC BY 4.0` or in lower case) becomes its short name with a link to the licence; anything else is
 * the writer's own text, shown as written. Chirpy's default, CC BY 4.0, is the site's unless
 * `site.settings.json` says otherwise; a post's `license:` wins, and `false` hides the line.
 */
import type { Locale } from '../i18n';

/** A licence as shown: a known one has its id, short name and link; free text has neither id nor link. */
export interface License {
  id: string | null;
  name: string;
  url: string | null;
}

/** The default of `license` in site.settings.json, as on Chirpy. */
export const DEFAULT_LICENSE = 'CC-BY-4.0';

// id -> [short name, Creative Commons path or full URL]. CC deeds exist in Simplified Chinese.
const KNOWN: Record<string, [string, string]> = {
  'CC-BY-4.0': ['CC BY 4.0', 'licenses/by/4.0/'],
  'CC-BY-SA-4.0': ['CC BY-SA 4.0', 'licenses/by-sa/4.0/'],
  'CC-BY-NC-4.0': ['CC BY-NC 4.0', 'licenses/by-nc/4.0/'],
  'CC-BY-NC-SA-4.0': ['CC BY-NC-SA 4.0', 'licenses/by-nc-sa/4.0/'],
  'CC-BY-ND-4.0': ['CC BY-ND 4.0', 'licenses/by-nd/4.0/'],
  'CC-BY-NC-ND-4.0': ['CC BY-NC-ND 4.0', 'licenses/by-nc-nd/4.0/'],
  'CC0-1.0': ['CC0 1.0', 'publicdomain/zero/1.0/'],
  MIT: ['MIT', 'https://opensource.org/license/mit'],
  'APACHE-2.0': ['Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0'],
  'GPL-3.0': ['GPL-3.0', 'https://www.gnu.org/licenses/gpl-3.0.html'],
};
const ALIASES: Record<string, string> = {
  CC0: 'CC0-1.0',
  'GPL-3.0-ONLY': 'GPL-3.0',
  'GPL-3.0-OR-LATER': 'GPL-3.0',
};
const SPDX_IDS: Record<string, string> = { 'APACHE-2.0': 'Apache-2.0' };

/** The lookup key of an id as writers spell it: case, spaces and underscores do not matter. */
function keyOf(text: string): string {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '-');
  return ALIASES[key] ?? key;
}

/** A licence id or free text as shown in `locale`; '' is none (null). */
export function describeLicense(text: string, locale: Locale): License | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const key = keyOf(trimmed);
  const known = KNOWN[key];
  if (!known) return { id: null, name: trimmed, url: null };
  const [name, where] = known;
  const url = where.startsWith('https://')
    ? where
    : `https://creativecommons.org/${where}${locale === 'zh-CN' ? 'deed.zh-hans' : ''}`;
  return { id: SPDX_IDS[key] ?? key, name, url };
}

/**
 * The licence of a post: its own `license:` (text, or false to hide the line), else the site's
 * (null when the site shows none).
 */
export function resolveLicense(
  own: string | false | null,
  site: License | null,
  locale: Locale,
): License | null {
  if (own === false) return null;
  if (own === null) return site;
  return describeLicense(own, locale) ?? site;
}

/**
 * Reads `license` of site.settings.json: an id or text, `false` or "" for no licence line; absent is
 * DEFAULT_LICENSE. A wrong type is reported through `bad` with what was expected.
 */
export function readLicenseSetting(
  value: unknown,
  bad: (field: string, expected: string, got: unknown) => void,
): string | false {
  if (value === undefined) return DEFAULT_LICENSE;
  if (value === false || value === null) return false;
  if (typeof value === 'string') return value.trim() === '' ? false : value.trim();
  bad('license', 'a licence id such as "CC-BY-4.0", your own text, or false for none', value);
  return DEFAULT_LICENSE;
}
