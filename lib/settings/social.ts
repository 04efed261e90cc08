/** Social links from the settings' URLs: which site each names, for the footer's labels and icons. */
import type { Locale } from '../i18n';

export type SocialKind =
  | 'email'
  | 'github'
  | 'twitter'
  | 'weibo'
  | 'zhihu'
  | 'bilibili'
  | 'douban'
  | 'linkedin'
  | 'mastodon'
  | 'stackoverflow'
  | 'youtube'
  | 'facebook'
  | 'link';

export interface SocialLink {
  kind: SocialKind;
  href: string;
  /** The site's name, shown beside its icon (the URL's host for an unknown site). */
  label: string;
}

/** A Chinese site's name as its readers say it, and as English speakers know it. */
const named = (zh: string, en: string): Record<Locale, string> => ({ 'zh-CN': zh, en });

// Host (without `www.`) -> kind and the name shown to readers.
const HOSTS: Record<string, [SocialKind, string | Record<Locale, string>]> = {
  'github.com': ['github', 'GitHub'],
  'twitter.com': ['twitter', 'X (Twitter)'],
  'x.com': ['twitter', 'X (Twitter)'],
  'weibo.com': ['weibo', named('微博', 'Weibo')],
  'weibo.cn': ['weibo', named('微博', 'Weibo')],
  'zhihu.com': ['zhihu', named('知乎', 'Zhihu')],
  'bilibili.com': ['bilibili', named('哔哩哔哩', 'Bilibili')],
  'space.bilibili.com': ['bilibili', named('哔哩哔哩', 'Bilibili')],
  'douban.com': ['douban', named('豆瓣', 'Douban')],
  'linkedin.com': ['linkedin', 'LinkedIn'],
  'stackoverflow.com': ['stackoverflow', 'Stack Overflow'],
  'youtube.com': ['youtube', 'YouTube'],
  'facebook.com': ['facebook', 'Facebook'],
};

/** What a link points at: a known site by its host, a Mastodon profile by its `/@name` path, else a plain link. */
export function classifySocialLink(href: string, locale: Locale = 'zh-CN'): SocialLink {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'link', href, label: href };
  }
  const host = url.hostname.replace(/^www\./, '');
  const known = HOSTS[host] ?? HOSTS[host.split('.').slice(-2).join('.')];
  if (known)
    return { kind: known[0], href, label: typeof known[1] === 'string' ? known[1] : known[1][locale] };
  if (/^\/@[\w.-]+\/?$/.test(url.pathname)) return { kind: 'mastodon', href, label: 'Mastodon' };
  return { kind: 'link', href, label: host };
}

/** The footer's links: the email (as a `mailto:` link) first when set, then each URL in order. */
export function socialLinks(urls: readonly string[], email: string, locale: Locale = 'zh-CN'): SocialLink[] {
  const links = urls.map((url) => classifySocialLink(url, locale));
  return email ? [{ kind: 'email', href: `mailto:${email}`, label: email }, ...links] : links;
}
