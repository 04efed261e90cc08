/**
 * The folder tree of a vault: every folder that holds a listed note (directly or below) gets an
 * index page at its URL (lib/slug.ts `noteFolderUrl`), listing its subfolders and notes.
 */
import { noteFolders, noteFolderUrl } from '../slug';

/** What the tree needs of a note. */
export interface TreeNote {
  sourcePath: string;
  url: string;
  meta: { title: string };
}

/** One folder of the vault; the root is `/notes/` with `name: ''` and `path: []`. */
export interface NoteFolder<N extends TreeNote = TreeNote> {
  /** The folder's name as written in the vault. */
  name: string;
  /** Folder names from the vault's root down to this one, as written. */
  path: string[];
  /** Site path, decoded: `/notes/学习/Python-入门/`. */
  url: string;
  /** Subfolders, by name (numbers in names compared as numbers: `2 …` before `10 …`). */
  folders: NoteFolder<N>[];
  /** Notes directly in this folder, by file name in the same order. */
  notes: N[];
  /** Notes in this folder and every folder below it. */
  count: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/** Compares names as a reader sorts a vault: numbers by value, then Chinese and Latin by the zh-CN collation. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const fileName = (note: TreeNote) => note.sourcePath.split('/').pop() ?? '';

/** Builds the tree of these notes (already filtered: drafts and hidden notes are left out by the caller). */
export function buildNoteTree<N extends TreeNote>(notes: readonly N[]): NoteFolder<N> {
  const root: NoteFolder<N> = {
    name: '',
    path: [],
    url: noteFolderUrl([]),
    folders: [],
    notes: [],
    count: 0,
  };
  const byUrl = new Map<string, NoteFolder<N>>([[root.url, root]]);
  for (const note of notes) {
    let folder = root;
    folder.count += 1;
    const path: string[] = [];
    for (const name of noteFolders(note.sourcePath)) {
      path.push(name);
      const url = noteFolderUrl(path);
      let child = byUrl.get(url);
      if (!child) {
        child = { name, path: [...path], url, folders: [], notes: [], count: 0 };
        byUrl.set(url, child);
        folder.folders.push(child);
      }
      child.count += 1;
      folder = child;
    }
    folder.notes.push(note);
  }
  const sort = (folder: NoteFolder<N>): void => {
    folder.folders.sort((a, b) => compareNames(a.name, b.name));
    folder.notes.sort((a, b) => compareNames(fileName(a), fileName(b)));
    folder.folders.forEach(sort);
  };
  sort(root);
  return root;
}

/** Every folder of the tree, root first, each before its subfolders. */
export function listNoteFolders<N extends TreeNote>(root: NoteFolder<N>): NoteFolder<N>[] {
  return [root, ...root.folders.flatMap((folder) => listNoteFolders(folder))];
}
