import type { Note } from '../lib/content';
import type { Series } from '../lib/series/order';
import { t } from '../lib/site';
import { Link } from './link';
import { NoteDate } from './note-meta';
import { PageHeading } from './page-heading';

/** `/series/`: every series with its number of parts and the day it last changed. */
export function SeriesIndex({ series }: { series: readonly Series<Note>[] }) {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('seriesAll')}>{t('seriesCount', { n: series.length })}</PageHeading>
      {series.length === 0 && <p className="text-muted">{t('seriesNone')}</p>}
      <ul className="divide-y divide-[var(--border)]" data-series-list>
        {series.map((one) => (
          <li key={one.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
            <Link href={`/series/${one.slug}/`} className="font-medium hover:text-[var(--link)]">
              {one.name}
            </Link>
            <span className="flex gap-x-3 text-sm tabular-nums text-muted">
              <span>{t('postCount', { n: one.parts.length })}</span>
              {one.latest && (
                <span>
                  {t('seriesLatest', { date: '' })}
                  <NoteDate iso={one.latest} />
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `/series/<name>/`: the parts in reading order, numbered, each with its date and summary. */
export function SeriesParts({ series }: { series: Series<Note> }) {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('seriesName', { name: series.name })}>
        {t('postCount', { n: series.parts.length })} ·{' '}
        <Link href={'/series/'} className="hover:text-[var(--link)]">
          {t('seriesAll')}
        </Link>
      </PageHeading>
      <ol className="space-y-5" data-series-parts>
        {series.parts.map((part, i) => (
          <li key={part.url} className="flex gap-4">
            <span
              aria-hidden="true"
              className="w-6 shrink-0 text-right font-semibold tabular-nums text-muted"
            >
              {i + 1}
            </span>
            <div className="min-w-0">
              <Link href={part.url} className="font-medium hover:text-[var(--link)]">
                {part.meta.title}
              </Link>
              {part.meta.date && (
                <NoteDate iso={part.meta.date} className="ms-3 text-sm tabular-nums text-muted" />
              )}
              {part.excerpt && <p className="mt-1 text-sm text-muted">{part.excerpt}</p>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
