/**
 * Every markdown note the repo holds (the author's notes, the e2e fixtures with Chirpy's demo posts)
 * plus generated ones, for tests that compare two ways of making the same thing note by note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateNotes } from './generate-notes';

const repo = path.resolve(import.meta.dirname, '..');

/** Folders of notes, relative to the repo. */
export const FIXTURE_NOTE_DIRS = [
  'content/posts',
  'content/pages',
  ...['chirpy-demo', 'chirpy-extra', 'posts', 'pages'].map((d) => `e2e/fixtures/${d}`),
];

/** Repo-relative paths of the `.md` notes in FIXTURE_NOTE_DIRS (a missing folder is skipped). */
export function fixtureNoteFiles(): string[] {
  return FIXTURE_NOTE_DIRS.flatMap((dir) => {
    try {
      return readdirSync(path.join(repo, dir))
        .filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'SOURCE.md')
        .map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  });
}

/** The fixture notes (named by path) and `generated` generated ones (named `generated <file>`). */
export function fixtureNotes(generated: number): { name: string; text: string }[] {
  return [
    ...fixtureNoteFiles().map((file) => ({ name: file, text: readFileSync(path.join(repo, file), 'utf8') })),
    ...generateNotes(generated).map((note) => ({ name: `generated ${note.fileName}`, text: note.text })),
  ];
}

/**
 * Where a fixture note would sit in a content folder (`posts/<file>` or `pages/<file>`), and whether
 * it needs a date there (posts do).
 */
export function fixtureSourcePath(name: string): { sourcePath: string; requireDate: boolean } {
  const sourcePath = `${name.includes('/pages') ? 'pages' : 'posts'}/${path.basename(name.replace(/^generated /, ''))}`;
  return { sourcePath, requireDate: sourcePath.startsWith('posts/') };
}
