import type { Metadata } from 'next';
import { PageHeading } from '../../components/page-heading';
import { getArchives, getListedPosts } from '../../lib/content';
import { formatMonth } from '../../lib/dates';
import { t } from '../../lib/site';
import { withBasePath } from '../../lib/static-export';
import { siteConfig } from '../../site.config';

export const metadata: Metadata = { title: t('archives'), alternates: { canonical: '/archives/' } };

export default function ArchivesPage() {
  const years = getArchives();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('archives')}>{t('postCount', { n: getListedPosts().length })}</PageHeading>
      {years.map((year) => (
        <section key={year.year} aria-labelledby={`year-${year.year}`} className="mb-10">
          <h2 id={`year-${year.year}`} className="mb-4 text-2xl font-bold">
            {year.year}
          </h2>
          {year.months.map((month) => (
            <div key={month.month} className="mb-6 border-l-2 border-line pl-4">
              <h3 className="mb-2 font-semibold text-muted">
                {formatMonth(`${year.year}-${month.month}`, siteConfig.locale)}
              </h3>
              <ul className="space-y-2">
                {month.notes.map((note) => (
                  <li key={note.slug} className="flex flex-wrap items-baseline gap-x-3">
                    {/* Month and day only: the year and month are the headings above. */}
                    <time dateTime={note.meta.date} className="w-12 shrink-0 text-sm tabular-nums text-muted">
                      {note.day.slice(5)}
                    </time>
                    {/* A plain link: next/link would hydrate a client component per note. */}
                    <a href={withBasePath(note.url)} className="hover:text-[var(--link)]">
                      {note.meta.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
