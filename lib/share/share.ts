/**
 * Share links under a post: plain links that open each platform's own share page with the post's
 * URL and title (no script of theirs, nothing tracked), an email, and "copy link". Which ones, in
 * which order, is the `share` list of site.settings.json: known names, or `{ "name", "url" }` with
 * `{url}` and `{title}` where the post's go (docs/configuration.md).
 */
import type { Locale } from '../i18n';

/** A platform xiaoji knows, by the name used in site.settings.json. */
export type SharePlatform = 'copy' | 'weibo' | 'x' | 'telegram' | 'email' | 'facebook' | 'linkedin';

/** A share target as configured: a known platform, or a platform of the writer's with its link template. */
export type ShareSetting = SharePlatform | { name: string; url: string };

/** Chirpy's list minus Facebook, plus 微博 and email, with copy first. */
export const DEFAULT_SHARE: ShareSetting[] = ['copy', 'weibo', 'x', 'telegram', 'email'];

// Link templates: `{url}` and `{title}` are replaced by the encoded values. Copy is the post's own URL.
const PLATFORMS: Record<SharePlatform, { template: string; label: Record<Locale, string> }> = {
  copy: { template: '{url}', label: { 'zh-CN': '复制链接', en: 'Copy link' } },
  weibo: {
    template: 'https://service.weibo.com/share/share.php?url={url}&title={title}',
    label: { 'zh-CN': '微博', en: 'Weibo' },
  },
  x: { template: 'https://x.com/intent/tweet?text={title}&url={url}', label: { 'zh-CN': 'X', en: 'X' } },
  telegram: {
    template: 'https://t.me/share/url?url={url}&text={title}',
    label: { 'zh-CN': 'Telegram', en: 'Telegram' },
  },
  email: { template: 'mailto:?subject={title}&body={url}', label: { 'zh-CN': '邮件', en: 'Email' } },
  facebook: {
    template: 'https://www.facebook.com/sharer/sharer.php?u={url}',
    label: { 'zh-CN': 'Facebook', en: 'Facebook' },
  },
  linkedin: {
    template: 'https://www.linkedin.com/sharing/share-offsite/?url={url}',
    label: { 'zh-CN': 'LinkedIn', en: 'LinkedIn' },
  },
};

export const SHARE_PLATFORMS = Object.keys(PLATFORMS) as SharePlatform[];

/** One link under a post. */
export interface ShareLink {
  /** The platform, or `custom` for one of the writer's. */
  kind: SharePlatform | 'custom';
  label: string;
  href: string;
}

/**
 * A value for a link's query string: ASCII as encodeURIComponent does it; other letters, marks,
 * digits, punctuation and symbols (Chinese text) kept as they are, since the browser encodes them as
 * UTF-8 when the link is followed, and `%E4%BF%BA` takes nine bytes of the page for each character;
 * spaces, controls and other invisible characters are encoded.
 */
export function encodeQueryValue(text: string): string {
  let out = '';
  for (const char of text)
    out += char > '\x7f' && /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(char) ? char : encodeURIComponent(char);
  return out;
}

/** Fills a link template with the post's absolute URL and title (encodeQueryValue). */
export function fillShareTemplate(template: string, post: { url: string; title: string }): string {
  return template
    .replaceAll('{url}', encodeQueryValue(post.url))
    .replaceAll('{title}', encodeQueryValue(post.title));
}

/** The share links of a post (absolute URL, decoded as the site's paths are; title), in the configured order. */
export function buildShareLinks(
  settings: readonly ShareSetting[],
  post: { url: string; title: string },
  locale: Locale,
): ShareLink[] {
  return settings.map((setting) => {
    if (typeof setting !== 'string')
      return { kind: 'custom', label: setting.name, href: fillShareTemplate(setting.url, post) };
    const { template, label } = PLATFORMS[setting];
    return {
      kind: setting,
      label: label[locale],
      href: setting === 'copy' ? post.url : fillShareTemplate(template, post),
    };
  });
}

const EXPECTED_ITEM = `one of ${SHARE_PLATFORMS.join(', ')}, or { "name": "…", "url": "https://…{url}…" }`;

/**
 * Reads `share` of site.settings.json: a list (empty hides the links); absent is DEFAULT_SHARE. Each
 * wrong item is reported through `bad` with its index and dropped.
 */
export function readShareSetting(
  value: unknown,
  bad: (field: string, expected: string, got: unknown) => void,
): ShareSetting[] {
  if (value === undefined) return DEFAULT_SHARE;
  if (!Array.isArray(value)) {
    bad('share', `a list of share targets (${EXPECTED_ITEM}), or [] for none`, value);
    return DEFAULT_SHARE;
  }
  const found: ShareSetting[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && (SHARE_PLATFORMS as string[]).includes(item)) {
      if (!found.includes(item as SharePlatform)) found.push(item as SharePlatform);
      return;
    }
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const { name, url } = item as Record<string, unknown>;
      if (typeof name === 'string' && name.trim() !== '' && typeof url === 'string' && isShareTemplate(url)) {
        found.push({ name: name.trim(), url: url.trim() });
        return;
      }
    }
    bad(`share[${i}]`, EXPECTED_ITEM, item);
  });
  return found;
}

/** An https (or mailto:) link template that puts the post's URL somewhere. */
export function isShareTemplate(template: string): boolean {
  const text = template.trim();
  return /^(https:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]*)$/.test(text) && text.includes('{url}');
}
