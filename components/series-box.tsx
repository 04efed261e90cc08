import { getSeriesPlace } from '../lib/content';
import { t } from '../lib/site';
import { Link } from './link';

const LINK = 'text-[var(--link)] hover:underline';

/**
 * The box above a series part's body: the series (a link to its page), "第 n 篇，共 m 篇", every
 * part with this one marked (aria-current), and the previous and next parts. Nothing for a note in
 * no series. Plain links: no client component per row in the RSC payload.
 */
export function SeriesBox({ url }: { url: string }) {
  const place = getSeriesPlace(url);
  if (!place) return null;
  const { series, index, previous, next } = place;
  return (
    <nav
      aria-label={t('seriesName', { name: series.name })}
      className="series-box mb-8 rounded-lg border border-line bg-[var(--card-bg)] p-4 text-sm"
    >
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span className="font-semibold">
          {/* "系列：" or "Series: ", then the name as a link. */}
          {t('seriesName', { name: '' })}
          {/* Underlined: beside "Series: " (Latin text), colour alone does not mark it (axe's link-in-text-block). */}
          <Link href={`/series/${series.slug}/`} className="text-[var(--link)] underline">
            {series.name}
          </Link>
        </span>
        <span className="text-muted">{t('seriesPart', { n: index + 1, m: series.parts.length })}</span>
      </p>
      <ol
        aria-label={t('seriesParts')}
        className="mt-3 list-decimal space-y-1 ps-6 marker:text-[var(--muted-fg)]"
      >
        {series.parts.map((part, i) => (
          <li key={part.url}>
            <Link
              href={part.url}
              aria-current={i === index ? 'page' : undefined}
              className={i === index ? 'font-semibold' : LINK}
            >
              {part.meta.title}
            </Link>
          </li>
        ))}
      </ol>
      {(previous || next) && (
        <div className="mt-3 flex flex-col gap-2 border-t border-line pt-3 sm:flex-row sm:justify-between">
          {previous && (
            <Link href={previous.url} className={LINK} data-series-previous>
              <span className="block text-xs text-muted">← {t('seriesPrevious')}</span>
              <span className="block">{previous.meta.title}</span>
            </Link>
          )}
          {next && (
            <Link href={next.url} className={`${LINK} sm:ml-auto sm:text-right`} data-series-next>
              <span className="block text-xs text-muted">{t('seriesNext')} →</span>
              <span className="block">{next.meta.title}</span>
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
