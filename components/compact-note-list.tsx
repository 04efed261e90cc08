import type { Note } from '../lib/content';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';
import { NoteDate } from './note-meta';

/**
 * Title and date per note, as Chirpy lists a category or a tag: these pages list every note they
 * hold (hundreds at 1,000 notes), so each row stays small. Plain links, not next/link: a client
 * component per row made the page's RSC payload and hydration grow with the list.
 */
export function CompactNoteList({ notes }: { notes: readonly Note[] }) {
  if (notes.length === 0) return <p className="text-muted">{t('noPosts')}</p>;
  return (
    <ul className="divide-y divide-[var(--border)]">
      {notes.map((note) => (
        <li key={note.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2.5">
          <a href={withBasePath(note.url)} className="hover:text-[var(--link)]">
            {note.meta.title}
          </a>
          {/* An undated knowledge note shows no date. */}
          {note.meta.date && (
            <NoteDate iso={note.meta.date} className="shrink-0 text-sm tabular-nums text-muted" />
          )}
        </li>
      ))}
    </ul>
  );
}
