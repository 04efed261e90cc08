/**
 * Chirpy's `_data/share.yml` (the platforms under each post) -> xiaoji's `share` setting
 * (lib/share/): known platforms by their `type`, others by their `link` template (Chirpy's `TITLE`
 * and `URL` become `{title}` and `{url}`), copy link first as on Chirpy. Pure.
 */
import { parse } from 'yaml';
import { isShareTemplate, type SharePlatform, type ShareSetting } from '../share/share';

const KNOWN: Record<string, SharePlatform> = {
  twitter: 'x',
  x: 'x',
  facebook: 'facebook',
  telegram: 'telegram',
  linkedin: 'linkedin',
  weibo: 'weibo',
  email: 'email',
  mail: 'email',
};

/** The `share` list a share.yml asks for, with a note for each platform not carried over. */
export function mapChirpyShare(
  text: string,
  file = '_data/share.yml',
): { share: ShareSetting[] | null; notes: string[] } {
  const notes: string[] = [];
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return {
      share: null,
      notes: [
        `${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error}); share links kept`,
      ],
    };
  }
  const platforms = (data as { platforms?: unknown } | null)?.platforms;
  if (!Array.isArray(platforms))
    return { share: null, notes: [`${file}: no platforms: list; share links kept`] };
  const share: ShareSetting[] = ['copy'];
  for (const item of platforms) {
    const { type, link } = (item ?? {}) as { type?: unknown; link?: unknown };
    const name = typeof type === 'string' ? type.trim() : '';
    const known = KNOWN[name.toLowerCase()];
    if (known) {
      if (!share.includes(known)) share.push(known);
      continue;
    }
    const url =
      typeof link === 'string' ? link.trim().replaceAll('TITLE', '{title}').replaceAll('URL', '{url}') : '';
    if (name && isShareTemplate(url)) share.push({ name, url });
    else notes.push(`${file}: ${name || 'a platform without type'}: no https link with URL in it (left out)`);
  }
  return { share, notes };
}
