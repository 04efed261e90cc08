import type { Note } from '../lib/content';
import { t } from '../lib/site';
import { Link } from './link';
import { CategoryPath, NoteDate, TagList } from './note-meta';

/** A list of note summaries: title, date, excerpt, categories and tags. */
export function NoteList({ notes, showPinned = false }: { notes: readonly Note[]; showPinned?: boolean }) {
  if (notes.length === 0) return <p className="text-muted">{t('noPosts')}</p>;
  return (
    <div className="divide-y divide-[var(--border)]">
      {notes.map((note) => (
        <article key={note.slug} className="py-6 first:pt-0">
          <h2 className="text-xl font-semibold leading-snug">
            <Link href={note.url} className="hover:text-[var(--link)]">
              {note.meta.title}
            </Link>
            {showPinned && note.meta.pin && (
              <span className="ml-2 align-middle rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
                {t('pinned')}
              </span>
            )}
            {note.meta.draft && (
              <span className="ml-2 align-middle rounded bg-gray-200 px-1.5 py-0.5 text-xs font-medium dark:bg-gray-700">
                {t('draft')}
              </span>
            )}
          </h2>
          {note.excerpt && <p className="mt-2 line-clamp-3 text-[0.975rem] text-muted">{note.excerpt}</p>}
          <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
            <NoteDate iso={note.meta.date} />
            <CategoryPath categories={note.meta.categories} />
            <TagList tags={note.meta.tags} />
          </div>
        </article>
      ))}
    </div>
  );
}
