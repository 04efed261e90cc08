import type { Note } from '../../lib/content';
import type { NoteFolder } from '../../lib/notes/tree';
import { t } from '../../lib/site';
import { withBasePath } from '../../lib/static-export';

/**
 * A folder's notes and subfolders, each subfolder a `<details>` that folds (open at the top level),
 * with its count of notes. Plain links, as in CompactNoteList: a vault of 1,000 notes is one page.
 * The link to a folder's page is the first line inside it, not in its `<summary>`: a link inside
 * the control that folds would be one interactive control nested in another.
 */
export function NoteTree({ folder, level = 0 }: { folder: NoteFolder<Note>; level?: number }) {
  return (
    <ul className={level === 0 ? 'space-y-1' : 'mt-1 space-y-1'}>
      {folder.folders.map((child) => (
        <li key={child.url}>
          <details open={level === 0}>
            <summary className="cursor-pointer py-1">
              <span className="font-medium">{child.name}</span>{' '}
              <span className="rounded-full bg-black/5 px-2 text-xs text-muted dark:bg-white/10">
                {t('noteCount', { n: child.count })}
              </span>
            </summary>
            <div className="border-l border-line pl-4">
              <a href={withBasePath(child.url)} className="text-sm text-muted hover:text-[var(--link)]">
                {t('openFolder', { name: child.name })}
              </a>
              <NoteTree folder={child} level={level + 1} />
            </div>
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
