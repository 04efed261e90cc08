import type { Note } from '../../lib/content';
import type { NoteFolder } from '../../lib/notes/tree';
import { t } from '../../lib/site';
import { withBasePath } from '../../lib/static-export';

/**
 * A folder's notes and subfolders, each subfolder a `<details>` that folds (open at the top level),
 * with its count of notes. Plain links, as in CompactNoteList: a vault of 1,000 notes is one page.
 */
export function NoteTree({ folder, level = 0 }: { folder: NoteFolder<Note>; level?: number }) {
  return (
    <ul className={level === 0 ? 'space-y-1' : 'mt-1 space-y-1 border-l border-line pl-4'}>
      {folder.folders.map((child) => (
        <li key={child.url}>
          <details open={level === 0}>
            <summary className="cursor-pointer py-1">
              <a href={withBasePath(child.url)} className="font-medium hover:text-[var(--link)]">
                {child.name}
              </a>{' '}
              <span className="rounded-full bg-black/5 px-2 text-xs text-muted dark:bg-white/10">
                {t('noteCount', { n: child.count })}
              </span>
            </summary>
            <NoteTree folder={child} level={level + 1} />
          </details>
        </li>
      ))}
      {folder.notes.map((note) => (
        <li key={note.url} className="py-0.5">
          <a href={withBasePath(note.url)} className="hover:text-[var(--link)]">
            {note.meta.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
