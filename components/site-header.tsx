import { getSearchLabels } from '../lib/search/labels';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';
import { siteConfig } from '../site.config';
import { SearchButton } from './islands/search-button';
import { ThemeToggle } from './islands/theme-toggle';
import { Link } from './link';
import { ZhSwitch } from './zh-switch';

/**
 * Site title, main navigation, the search button and the theme switch. `hasAbout` shows the about
 * link, `hasNotes` the knowledge notes' (`/notes/`).
 * Links here and in the lists never prefetch (components/link.tsx): prefetching every visible link on
 * load fetched and parsed whole pages (/archives is hundreds of kB at 1,000 notes) while Lighthouse
 * counts blocking time.
 */
export function SiteHeader({ hasAbout, hasNotes }: { hasAbout: boolean; hasNotes: boolean }) {
  const nav = siteConfig.nav.filter(
    (item) => (item.key !== 'about' || hasAbout) && (item.key !== 'notes' || hasNotes),
  );
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-[var(--page-bg)]/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:px-6">
        <Link href="/" className="flex min-w-0 shrink-0 items-center gap-2 no-underline">
          {siteConfig.avatar ? (
            // A writer's own file or URL of any size: a plain img, drawn at 32 px.
            <img
              src={withBasePath(siteConfig.avatar)}
              alt=""
              width={32}
              height={32}
              className="site-avatar h-8 w-8 shrink-0 rounded-full border border-line object-cover"
            />
          ) : null}
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="site-title text-lg font-semibold tracking-wide">{siteConfig.title}</span>
            {siteConfig.tagline ? (
              // Beside the title from tablets up; the footer shows it on phones.
              <span className="site-tagline hidden max-w-[18rem] truncate text-xs text-muted md:block">
                {siteConfig.tagline}
              </span>
            ) : null}
          </span>
        </Link>
        <nav aria-label={t('mainNav')} className="ml-auto min-w-0 overflow-x-auto">
          <ul className="flex items-center gap-0.5 whitespace-nowrap text-[0.9375rem]">
            {nav.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  className="block rounded-md px-2 py-1.5 hover:bg-black/5 dark:hover:bg-white/10 sm:px-3"
                >
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchButton labels={getSearchLabels()} />
        <ZhSwitch />
        <ThemeToggle label={t('toggleTheme')} />
      </div>
    </header>
  );
}
