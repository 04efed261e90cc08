import type { Note } from '../lib/content';
import { t } from '../lib/site';
import { noteFolders } from '../lib/slug';
import { siteConfig } from '../site.config';
import { CategoryPath, NoteDate, TagList } from './note-meta';
import { FolderPath } from './notes/folder-path';

/** The note's title (the page's only h1) and its facts: dates, categories, reading time, tags. */
export function NoteHeader({ note }: { note: Note }) {
  const { meta } = note;
  return (
    <header className="mb-8 border-b border-line pb-6">
      {note.kind === 'note' && (
        <div className="mb-3">
          <FolderPath folders={noteFolders(note.sourcePath)} />
        </div>
      )}
      <h1 className="text-[1.75rem] font-bold leading-tight tracking-tight sm:text-[2.125rem]">
        {meta.title}
      </h1>
      {meta.description && <p className="mt-3 text-muted">{meta.description}</p>}
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
        {/* An undated knowledge note (or page) shows no date. */}
        {meta.date && (
          <span>
            {t('publishedOn')} <NoteDate iso={meta.date} />
          </span>
        )}
        {meta.updated && (
          <span>
            {t('updatedOn')} <NoteDate iso={meta.updated} />
          </span>
        )}
        <CategoryPath categories={meta.categories} />
        <span>{t('readingTime', { n: note.readingMinutes })}</span>
        <span>{t('wordCount', { n: new Intl.NumberFormat(siteConfig.locale).format(note.wordCount) })}</span>
      </div>
      {meta.tags.length > 0 && (
        <div className="mt-3 text-sm text-muted">
          <TagList tags={meta.tags} />
        </div>
      )}
    </header>
  );
}
