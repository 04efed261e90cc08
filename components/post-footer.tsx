import type { Note } from '../lib/content';
import { resolveLicense } from '../lib/license/license';
import { buildShareLinks } from '../lib/share/share';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';
import { siteConfig } from '../site.config';
import { LicenseLine } from './license-line';

/**
 * Under a post: its licence line and the share links (styles and icons in app/share-license.css).
 * The links are plain: "copy link" is a (relative) link to the post itself, which the page's loader (islands/previews-and-graphs.tsx) turns into a copy
 * without a script at load; without JavaScript it is the post's permalink.
 */
export function PostFooter({ note }: { note: Note }) {
  const license = resolveLicense(note.meta.license, siteConfig.license, siteConfig.locale);
  const links = buildShareLinks(
    siteConfig.share,
    // Decoded: Chinese in a share link is kept as text (lib/share/share.ts, encodeQueryValue).
    { url: `${siteConfig.url}${withBasePath(note.url)}`, title: note.meta.title },
    siteConfig.locale,
  ).map((link) => (link.kind === 'copy' ? { ...link, href: withBasePath(note.url) } : link));
  if (!license && links.length === 0) return null;
  return (
    <footer className="post-footer">
      {license && <LicenseLine license={license} which="licensePost" />}
      {links.length > 0 && (
        // The visible "分享" before the links is the label, drawn by CSS (app/share-license.css).
        <nav aria-label={t('share')} data-copied={t('shareCopied')}>
          {links.map((link) => (
            <a
              key={link.label}
              href={link.href}
              // Another site's page opens in a new tab, without a handle on this one.
              {...(link.href.startsWith('https:') ? { target: '_blank', rel: 'noopener' } : {})}
              data-share={link.kind}
            >
              {link.label}
            </a>
          ))}
          <span role="status" className="sr-only" />
        </nav>
      )}
    </footer>
  );
}
