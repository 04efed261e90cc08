import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';
import { siteConfig } from '../site.config';
import { LicenseLine } from './license-line';
import { SocialIcon } from './social-icon';

/** Tagline, the writer's social links (labelled, Chirpy's sidebar foot), the licence, copyright line and the feed link. */
export function SiteFooter() {
  const year = new Date().getFullYear();
  const { social, tagline } = siteConfig;
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:px-6">
        {tagline ? <p className="site-footer-tagline">{tagline}</p> : null}
        {social.length > 0 ? (
          <nav aria-label={t('socialLinks')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {social.map((link) => (
                <li key={link.href}>
                  <a
                    href={link.href}
                    rel="me noopener"
                    data-social={link.kind}
                    className="inline-flex min-h-8 items-center gap-1.5 rounded-md hover:text-[var(--page-fg)] hover:underline"
                  >
                    <SocialIcon kind={link.kind} />
                    <span>{link.label}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {siteConfig.license && <LicenseLine license={siteConfig.license} which="licenseSite" />}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p>
            © {year} {siteConfig.author} · {t('poweredBy')}
          </p>
          <a href={withBasePath('/feed.xml')} className="hover:underline">
            {t('feed')} (Atom)
          </a>
        </div>
      </div>
    </footer>
  );
}
