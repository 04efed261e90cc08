import Link from 'next/link';
import { t } from '../lib/site';

/** The URL of home page `n` (page 1 is `/`). */
export const pageHref = (n: number) => (n === 1 ? '/' : `/page/${n}`);

/** Previous/next and numbered page links; nothing when there is one page. */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1);
  const item =
    'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-line px-3 text-sm';
  return (
    <nav aria-label={t('pagination')} className="mt-10 flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <Link href={pageHref(page - 1)} rel="prev" className={`${item} hover:border-[var(--link)]`}>
          {t('previousPage')}
        </Link>
      )}
      {pages.map((n) =>
        n === page ? (
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
