/**
 * `npm run dev` reads notes straight from the content folder instead of Contentlayer's generated
 * module: with 1,000 notes, `contentlayer2 dev` rewrote the generated JSON on every save and Next then
 * recompiled the whole `contentlayer/generated` module graph, so an edit took minutes to show.
 * Each call stats the files (cheap next to rendering) and rebuilds the record
 * (lib/note-record.ts, the same function Contentlayer's computed field runs) of new or changed files
 * only. Production builds keep Contentlayer. Server only.
 *
 * Next dev runs `generateStaticParams` of a dynamic route in a fresh worker process on every request
 * to it ("we don't re-use workers"), so an in-memory cache alone would rebuild every record (seconds
 * at 1,000 notes) per request: the records are also kept in a file shared by the session's processes
 * (`XIAOJI_DEV_CACHE`, set and removed by scripts/dev.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site.config';
import { devCacheFile } from './build-env';
import {
  type CheckMemo,
  checkNotes,
  contentCheckOptions,
  createCheckMemo,
  formatProblem,
  readNoteFiles,
} from './check-content';
import { splitFrontMatter } from './front-matter';
import { buildNoteRecord } from './note-record';
import type { ContentProblem, NoteRecord } from './types';

/** The shape of a Contentlayer document that lib/content.ts reads. */
export interface ContentDoc {
  note: NoteRecord;
  body: { raw: string };
}

export interface DevContent {
  /** Changes whenever a note file is added, removed or changed (counted per process). */
  version: number;
  /**
   * The same in every process of the session: a hash of each note file's path, modification time
   * and size. The open page compares it with the one it was rendered from (app/content-events).
   */
  stamp: string;
  posts: ContentDoc[];
  pages: ContentDoc[];
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  doc: ContentDoc;
}

interface DevState {
  files: Map<string, CachedFile>;
  content: DevContent;
  problems: { version: number; list: ContentProblem[] } | null;
  /** The checker's per-note results, so a save re-checks one note, not all of them. */
  checkMemo?: CheckMemo;
}

// Contentlayer's document patterns: `posts/**/*.{md,mdx}` and `pages/**/*.{md,mdx}`.
const NOTE_FILE = /\.mdx?$/;

function listNotes(contentDir: string, folder: 'posts' | 'pages'): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(path.join(contentDir, relative), { withFileTypes: true });
    } catch {
      return; // no such folder (yet)
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // editor lock and swap files
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && NOTE_FILE.test(entry.name)) found.push(child);
    }
  };
  walk(folder);
  return found.sort();
}

// One state per server process, kept across module reloads (HMR re-evaluates this file).
const KEY = Symbol.for('xiaoji.content-dev');
const store = globalThis as typeof globalThis & { [KEY]?: DevState };

/** The session's record file, if scripts/dev.ts started us. */
const CACHE_FILE = devCacheFile;

function loadCacheFile(): Map<string, CachedFile> {
  if (!CACHE_FILE) return new Map();
  try {
    const entries = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as [string, CachedFile][];
    return new Map(entries);
  } catch {
    return new Map(); // none yet, or being replaced: rebuild
  }
}

function saveCacheFile(files: Map<string, CachedFile>): void {
  if (!CACHE_FILE) return;
  try {
    // Written beside and renamed, as several processes of the session read it.
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify([...files]));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // only a cache
  }
}

function buildDoc(sourcePath: string, text: string): ContentDoc {
  const note = buildNoteRecord(sourcePath, text, {
    contentDir: siteConfig.contentDir,
    timeZone: siteConfig.timeZone,
    tocMaxDepth: siteConfig.tocMaxDepth,
    // Standalone pages (about) are undated; posts need a date.
    requireDate: !sourcePath.startsWith('pages/'),
    defaults: siteConfig.frontMatterDefaults,
  });
  return { note, body: { raw: splitFrontMatter(text).body } };
}

/** See `DevContent.stamp`. */
export function contentStamp(files: ReadonlyMap<string, { mtimeMs: number; size: number }>): string {
  const hash = createHash('sha1');
  for (const [sourcePath, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${sourcePath}\0${file.mtimeMs}\0${file.size}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The notes as they are on disk now; unchanged files reuse their record. */
export function readDevContent(): DevContent {
  const contentDir = siteConfig.contentDir;
  const state: DevState = store[KEY] ?? {
    files: loadCacheFile(),
    content: { version: 0, stamp: '', posts: [], pages: [] },
    problems: null,
  };
  store[KEY] = state;
  const paths = [...listNotes(contentDir, 'posts'), ...listNotes(contentDir, 'pages')];
  const next = new Map<string, CachedFile>();
  const changed: ContentDoc[] = [];
  for (const sourcePath of paths) {
    const full = path.join(contentDir, sourcePath);
    let stat: import('node:fs').Stats;
    try {
      stat = statSync(full);
    } catch {
      continue; // removed between listing and stat
    }
    const cached = state.files.get(sourcePath);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      next.set(sourcePath, cached);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    const doc = buildDoc(sourcePath, text);
    next.set(sourcePath, { mtimeMs: stat.mtimeMs, size: stat.size, doc });
    changed.push(doc);
  }
  const removed = [...state.files.keys()].some((p) => !next.has(p));
  if (changed.length === 0 && !removed && state.content.version > 0) return state.content;
  // The terminal names every error of a new or changed note (the pages show them too).
  for (const doc of changed) {
    for (const problem of doc.note.problems)
      if (problem.severity === 'error') console.error(formatProblem(problem));
  }
  const docs = [...next.entries()];
  state.files = next;
  if (changed.length > 0 || removed) saveCacheFile(next);
  state.content = {
    version: state.content.version + 1,
    stamp: contentStamp(next),
    posts: docs.filter(([p]) => p.startsWith('posts/')).map(([, f]) => f.doc),
    pages: docs.filter(([p]) => p.startsWith('pages/')).map(([, f]) => f.doc),
  };
  return state.content;
}

/**
 * Every problem of every post, as `npm run check:content` finds them (a note the record builder
 * cannot even parse, duplicate slugs, …); checked again only after a file changed.
 */
export function readDevProblems(content: DevContent = readDevContent()): ContentProblem[] {
  const state = store[KEY];
  if (!state) return [];
  if (state.problems?.version !== content.version) {
    state.checkMemo ??= createCheckMemo();
    state.problems = {
      version: content.version,
      list: checkNotes(
        readNoteFiles(siteConfig.contentDir),
        contentCheckOptions(siteConfig),
        state.checkMemo,
      ),
    };
  }
  return state.problems.list;
}
