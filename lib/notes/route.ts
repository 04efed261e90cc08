/** What the vault route (app/notes/[...path]) serves: a note, a folder's index page, or both. */
import { getNoteByUrl, getNoteFolder, getNoteFolderUrls, getNoteUrls, type Note } from '../content';
import { decodeParam } from '../params';
import { NOTES_DIR } from '../slug';
import type { NoteFolder } from './tree';

/** Params of every note and folder page below `/notes/`, raw (Next encodes them), each once. */
export function vaultPathParams(): { path: string[] }[] {
  const urls = new Set([...getNoteUrls(), ...getNoteFolderUrls()]);
  return [...urls].map((url) => ({ path: url.split('/').filter(Boolean).slice(1) }));
}

/**
 * The note and the folder at `/notes/<segments>/` (segments as Next hands them over, encoded);
 * either may be null, both are for a note named as its folder.
 */
export function findVaultPage(segments: readonly string[]): {
  note: Note | null;
  folder: NoteFolder<Note> | null;
} {
  const decoded = segments.map(decodeParam);
  if (decoded.length === 0 || decoded.some((s) => s === null)) return { note: null, folder: null };
  const url = `/${NOTES_DIR}/${decoded.join('/')}/`;
  return { note: getNoteByUrl(url) ?? null, folder: getNoteFolder(url) };
}
