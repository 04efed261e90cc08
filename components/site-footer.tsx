import { t } from '../lib/site';
import { siteConfig } from '../site.config';

/** Copyright line and the feed link. */
export function SiteFooter() {
  const year = new Date().getFullYear();
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          © {year} {siteConfig.author} · {t('poweredBy')}
        </p>
        <a href="/feed.xml" className="hover:underline">
          {t('feed')} (RSS)
        </a>
      </div>
    </footer>
  );
}
