/** Social links from the settings' URLs: which site each names, for the footer's labels and icons. */

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

// Host (without `www.`) -> kind and the name shown to readers.
const HOSTS: Record<string, [SocialKind, string]> = {
  'github.com': ['github', 'GitHub'],
  'twitter.com': ['twitter', 'X (Twitter)'],
  'x.com': ['twitter', 'X (Twitter)'],
  'weibo.com': ['weibo', '微博'],
  'weibo.cn': ['weibo', '微博'],
  'zhihu.com': ['zhihu', '知乎'],
  'bilibili.com': ['bilibili', '哔哩哔哩'],
  'space.bilibili.com': ['bilibili', '哔哩哔哩'],
  'douban.com': ['douban', '豆瓣'],
  'linkedin.com': ['linkedin', 'LinkedIn'],
  'stackoverflow.com': ['stackoverflow', 'Stack Overflow'],
  'youtube.com': ['youtube', 'YouTube'],
  'facebook.com': ['facebook', 'Facebook'],
};

/** What a link points at: a known site by its host, a Mastodon profile by its `/@name` path, else a plain link. */
export function classifySocialLink(href: string): SocialLink {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'link', href, label: href };
  }
  const host = url.hostname.replace(/^www\./, '');
  const known = HOSTS[host] ?? HOSTS[host.split('.').slice(-2).join('.')];
  if (known) return { kind: known[0], href, label: known[1] };
  if (/^\/@[\w.-]+\/?$/.test(url.pathname)) return { kind: 'mastodon', href, label: 'Mastodon' };
  return { kind: 'link', href, label: host };
}

/** The footer's links: the email (as a `mailto:` link) first when set, then each URL in order. */
export function socialLinks(urls: readonly string[], email: string): SocialLink[] {
  const links = urls.map(classifySocialLink);
  return email ? [{ kind: 'email', href: `mailto:${email}`, label: email }, ...links] : links;
}
