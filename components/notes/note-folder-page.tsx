import type { Note } from '../../lib/content';
import type { NoteFolder } from '../../lib/notes/tree';
import { t } from '../../lib/site';
import { withBasePath } from '../../lib/static-export';
import { NoteDate } from '../note-meta';
import { PageHeading } from '../page-heading';
import { FolderPath } from './folder-path';
import { NoteTree } from './note-tree';

/** The index page of a vault folder (`/notes/<folder>/`): its subfolders, then its notes. */
export function NoteFolderPage({ folder }: { folder: NoteFolder<Note> }) {
  return (
    <div className="mx-auto max-w-3xl">
      <FolderPath folders={folder.path.slice(0, -1)} />
      <PageHeading title={folder.name}>{t('noteCount', { n: folder.count })}</PageHeading>
      <NoteFolderListing folder={folder} />
    </div>
  );
}

/** A folder's subfolders (folding, with counts) and its notes with their excerpts. */
export function NoteFolderListing({ folder }: { folder: NoteFolder<Note> }) {
  if (folder.count === 0) return <p className="text-muted">{t('noNotes')}</p>;
  return (
    <>
      {folder.folders.length > 0 && (
        <section className="mb-8">
          <h2 className="mb-2 text-lg font-semibold">{t('noteFolders')}</h2>
          <NoteTree folder={{ ...folder, notes: [] }} />
        </section>
      )}
      {folder.notes.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('notesInFolder')}</h2>
          <ul className="divide-y divide-[var(--border)]">
            {folder.notes.map((note) => (
              <li key={note.url} className="py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                  <a href={withBasePath(note.url)} className="font-medium hover:text-[var(--link)]">
                    {note.meta.title}
                  </a>
                  {note.meta.date && (
                    <NoteDate iso={note.meta.date} className="shrink-0 text-sm tabular-nums text-muted" />
                  )}
                </div>
                {note.excerpt && <p className="mt-1 line-clamp-2 text-sm text-muted">{note.excerpt}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
