import { t } from '../lib/site';
import { Link } from './link';

/** The URL of home page `n` (page 1 is `/`). */
export const pageHref = (n: number) => (n === 1 ? '/' : `/page${n}/`);

/**
 * The page numbers to link: the first, the last and two on each side of the current one; `null`
 * stands for a gap. Linking every page would grow each home page's HTML with the number of notes.
 */
export function pageWindow(page: number, totalPages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= totalPages; n++) {
    if (n === 1 || n === totalPages || Math.abs(n - page) <= 2) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}

/** Previous/next and numbered page links around the current page; nothing when there is one page. */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const pages = pageWindow(page, totalPages);
  const item =
    'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-line px-3 text-sm';
  return (
    <nav aria-label={t('pagination')} className="mt-10 flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <Link href={pageHref(page - 1)} rel="prev" className={`${item} hover:border-[var(--link)]`}>
          {t('previousPage')}
        </Link>
      )}
      {pages.map((n, i) =>
        n === null ? (
          // A gap between the numbers shown: nothing to announce; keyed by its place.
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
            …
          </span>
        ) : n === page ? (
          <span
            key={n}
            aria-current="page"
            className={`${item} bg-[var(--page-fg)] font-semibold text-[var(--page-bg)]`}
          >
            {n}
          </span>
        ) : (
          <Link
            key={n}
            href={pageHref(n)}
            aria-label={t('pageN', { n })}
            className={`${item} hover:border-[var(--link)]`}
          >
            {n}
          </Link>
        ),
      )}
      {page < totalPages && (
        <Link href={pageHref(page + 1)} rel="next" className={`${item} hover:border-[var(--link)]`}>
          {t('nextPage')}
        </Link>
      )}
    </nav>
  );
}
