import type { Note } from '../lib/content';
import { resolveLicense } from '../lib/license/license';
import { buildShareLinks } from '../lib/share/share';
import { absoluteUrl, t } from '../lib/site';
import { siteConfig } from '../site.config';
import { LicenseLine } from './license-line';
import { ShareIcon } from './share-icon';

/**
 * Under a post: its licence line and the share links. The links are plain: "copy link" is a link to
 * the post itself, which the page's loader (islands/previews-and-graphs.tsx) turns into a copy
 * without a script at load; without JavaScript it is the post's permalink.
 */
export function PostFooter({ note }: { note: Note }) {
  const license = resolveLicense(note.meta.license, siteConfig.license, siteConfig.locale);
  const links = buildShareLinks(
    siteConfig.share,
    { url: absoluteUrl(note.url), title: note.meta.title },
    siteConfig.locale,
  );
  if (!license && links.length === 0) return null;
  return (
    <footer className="post-footer mt-10 flex flex-col gap-3 border-t border-line pt-4 text-sm text-muted">
      {license && <LicenseLine license={license} which="licensePost" />}
      {links.length > 0 && (
        <nav aria-label={t('share')} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <span aria-hidden="true">{t('share')}</span>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {links.map((link) => (
              <li key={link.href + link.label}>
                <a
                  href={link.href}
                  // Another site's page opens in a new tab; copy and email stay here.
                  {...(link.href.startsWith('https:') && link.kind !== 'copy'
                    ? { target: '_blank', rel: 'noopener noreferrer' }
                    : { rel: 'noopener' })}
                  data-share={link.kind}
                  {...(link.kind === 'copy' ? { 'data-share-copy': '' } : {})}
                  className="inline-flex min-h-8 items-center gap-1.5 rounded-md hover:text-[var(--page-fg)] hover:underline"
                >
                  <ShareIcon kind={link.kind} />
                  <span>{link.label}</span>
                </a>
              </li>
            ))}
          </ul>
          <span role="status" className="sr-only" data-share-status="" data-copied-label={t('shareCopied')} />
        </nav>
      )}
    </footer>
  );
}
