/**
 * Contentlayer's data, as a production build's server reads it: from a JSON file at run time, not
 * bundled. Imported from `contentlayer/generated`, the data of every note (mostly raw bodies) was
 * compiled by Turbopack into a server chunk as large as the notes (plus its source map) that every
 * static generation worker then loaded as JavaScript, twice.
 *
 * A build must keep reading the data it was built from, even after another build in the same folder
 * rewrites `.contentlayer/generated` (the e2e and crawl builds of four sites share one checkout; a
 * self-hosted `next start` keeps serving while the next build runs). So when `next build` loads its
 * config, `snapshotContentData` copies Contentlayer's two index files into one file named by the
 * hash of its content, `.contentlayer/data/<hash>.json`, and next.config.ts compiles that name into
 * the server code (`env.XIAOJI_CONTENT_DATA`), as `.contentlayer/rendered/<hash>.html` names are.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { NoteRecord } from './types';

/** The shape of a Contentlayer document that lib/content.ts reads. */
export interface ContentDoc {
  note: NoteRecord;
  body: { raw: string };
}

/** Where the snapshots are kept, relative to the project. */
export const CONTENT_DATA_DIR = '.contentlayer/data';

/** How many snapshots stay: the most recently built ones (one per site a checkout builds at once). */
export const KEPT_SNAPSHOTS = 16;

/** What a snapshot holds: Contentlayer's documents of each type, in its order. */
export interface ContentData {
  posts: ContentDoc[];
  pages: ContentDoc[];
  /** Knowledge notes (`content/notes/`). */
  notes: ContentDoc[];
}

function readIndex(projectDir: string, type: INDEX_TYPE): string {
  const file = path.join(projectDir, '.contentlayer', 'generated', type, '_index.json');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    // Contentlayer writes no index for a type without documents: a site may have no vault.
    if (type === 'Note' && (error as NodeJS.ErrnoException).code === 'ENOENT') return '[]';
    throw new Error(
      `${file}: Contentlayer's data is missing. Build with \`npm run build\` (content check, \`contentlayer2 build\`, then \`next build\`).`,
      { cause: error },
    );
  }
}

/**
 * Copies Contentlayer's data into `<projectDir>/.contentlayer/data/<hash>.json` (once per content)
 * and returns the file name. Older snapshots beyond the KEPT_SNAPSHOTS most recently used are removed.
 */
export function snapshotContentData(projectDir: string): string {
  const text = `{"posts":${readIndex(projectDir, 'Post')},"pages":${readIndex(projectDir, 'Page')},"notes":${readIndex(projectDir, 'Note')}}`;
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`;
  const dir = path.join(projectDir, CONTENT_DATA_DIR);
  const target = path.join(dir, name);
  mkdirSync(dir, { recursive: true });
  try {
    // Already there: marked as used now, so pruning keeps it.
    const now = new Date();
    utimesSync(target, now, now);
  } catch {
    // Written beside and renamed: Next loads its config in several processes at once.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  }
  pruneSnapshots(dir, name);
  return name;
}

function pruneSnapshots(dir: string, keep: string): void {
  const snapshots = readdirSync(dir)
    .filter((file) => /^[0-9a-f]{32}\.json$/.test(file) && file !== keep)
    .map((file) => {
      try {
        return { file, used: statSync(path.join(dir, file)).mtimeMs };
      } catch {
        return null; // removed by another process meanwhile
      }
    })
    .filter((entry) => entry !== null)
    .sort((a, b) => b.used - a.used);
  for (const { file } of snapshots.slice(KEPT_SNAPSHOTS - 1)) rmSync(path.join(dir, file), { force: true });
}

/** Parses a snapshot's text; `file` names it in the error when the text is not one. */
export function parseContentData(text: string, file: string): ContentData {
  const data = JSON.parse(text) as Partial<ContentData> | null;
  if (!data || !Array.isArray(data.posts) || !Array.isArray(data.pages)) {
    throw new Error(
      `${file}: not a content snapshot (expected {"posts": [...], "pages": [...], "notes": [...]})`,
    );
  }
  return { posts: data.posts, pages: data.pages, notes: Array.isArray(data.notes) ? data.notes : [] };
}

/** Contentlayer's data as `contentlayer2 dev` last wrote it, and a stamp naming that version. */
export interface GeneratedContent extends ContentData {
  /**
   * A hash of both index files' text: the same in every process of a dev session, so the open page
   * can compare it with the one it was rendered from (app/content-events).
   */
  stamp: string;
}

const INDEX_TYPES = ['Post', 'Page', 'Note'] as const;

/**
 * Data read within this long of an index file's last write is read once more after it, even if the
 * files' size and time look unchanged: Contentlayer removes and rewrites the files, and two writes
 * within one tick of the file system's clock can leave the same time and size.
 */
const SETTLE_MS = 1000;

interface Reading {
  /** Time, size and inode of the index files ('-' for a missing one). */
  look: string;
  /** Newest modification time of the two. */
  writtenMs: number;
  /** Read after the files had settled: the next call with the same `look` need not read again. */
  settled: boolean;
  content: GeneratedContent;
  /** Of each type, its documents by their text in the index: what the next reading can reuse. */
  parsed: ParsedDocs[];
}

function lookAt(projectDir: string): { look: string; writtenMs: number; missing: INDEX_TYPE[] } {
  let writtenMs = 0;
  const missing: INDEX_TYPE[] = [];
  const look = INDEX_TYPES.map((type) => {
    try {
      const stat = statSync(indexFile(projectDir, type));
      writtenMs = Math.max(writtenMs, stat.mtimeMs);
      return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      missing.push(type);
      return '-';
    }
  }).join('/');
  return { look, writtenMs, missing };
}

type INDEX_TYPE = (typeof INDEX_TYPES)[number];

function indexFile(projectDir: string, type: INDEX_TYPE): string {
  return path.join(projectDir, '.contentlayer', 'generated', type, '_index.json');
}

// One reading per project and server process, kept across module reloads (HMR re-evaluates this file).
const KEY = Symbol.for('xiaoji.generated-content');
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Reading> };

const EMPTY: GeneratedContent = { stamp: 'none', posts: [], pages: [], notes: [] };

/**
 * `npm run dev`: Contentlayer's data as `contentlayer2 dev` wrote it last. A stat of both index
 * files per call; they are read again when one changed (and once more after SETTLE_MS), and
 * parsed again only when their text did. Contentlayer removes a file and writes it anew, so a read
 * can meet it missing or half written: then the last complete version stays until it is done.
 * Before Contentlayer's first data, there are no notes.
 */
export function readGeneratedContent(projectDir: string): GeneratedContent {
  const now = Date.now();
  const { look, writtenMs, missing } = lookAt(projectDir);
  store[KEY] ??= new Map();
  const readings = store[KEY];
  const last = readings.get(projectDir);
  if (last && last.look === look && (last.settled || now - writtenMs <= SETTLE_MS)) return last.content;
  // A type with no document yet has no index file; one that had one is being rewritten.
  if (last && missing.length > 0) return last.content;
  try {
    const texts = INDEX_TYPES.map((type) =>
      missing.includes(type) ? '[]' : readFileSync(indexFile(projectDir, type), 'utf8'),
    );
    const stamp = createHash('sha1').update(texts.join('\0')).digest('hex').slice(0, 16);
    let content = last?.content;
    let parsed = last?.parsed ?? [];
    if (content?.stamp !== stamp) {
      parsed = texts.map((text, i) => parseIndex(text, INDEX_TYPES[i] as INDEX_TYPE, last?.parsed[i]));
      const [posts, pages, notes] = parsed.map((p) => p.docs);
      content = { stamp, posts: posts ?? [], pages: pages ?? [], notes: notes ?? [] };
    }
    readings.set(projectDir, { look, writtenMs, settled: now - writtenMs > SETTLE_MS, content, parsed });
    return content;
  } catch (error) {
    if (last) return last.content;
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw error;
  }
}

/** One type's documents as last parsed, each under its text in the index file. */
interface ParsedDocs {
  docs: ContentDoc[];
  byText: Map<string, ContentDoc>;
}

/**
 * Contentlayer writes an index as `JSON.stringify(documents, null, 2)`: a document's closing brace
 * is the only `}` at two spaces' indent (deeper lines are indented further; a string never holds a
 * raw line break). So the text splits into one piece per document without parsing it.
 */
const OPEN = '[\n  {';
const CLOSE = '\n  }\n]';
const BETWEEN = '\n  },\n  {';

/** The text of each document in an index, or null when the text is not laid out as above. */
export function splitIndex(text: string): string[] | null {
  const trimmed = text.trimEnd();
  if (trimmed === '[]') return [];
  if (!trimmed.startsWith(OPEN) || !trimmed.endsWith(CLOSE)) return null;
  return trimmed.slice(OPEN.length, -CLOSE.length).split(BETWEEN);
}

/**
 * An index's documents. After a save `contentlayer2 dev` rewrites every index, but in one of them one
 * document changed: a document whose text is that of the last reading is that reading's object, and
 * only the others are parsed (the whole text when it is not laid out as Contentlayer writes it).
 */
function parseIndex(text: string, type: INDEX_TYPE, last: ParsedDocs | undefined): ParsedDocs {
  const pieces = splitIndex(text);
  if (pieces) {
    try {
      const byText = new Map<string, ContentDoc>();
      const docs = pieces.map((piece) => {
        const doc = last?.byText.get(piece) ?? (JSON.parse(`{${piece}}`) as ContentDoc);
        byText.set(piece, doc);
        return doc;
      });
      return { docs, byText };
    } catch {
      // Not Contentlayer's layout after all: the whole text decides (and names the error).
    }
  }
  const docs = JSON.parse(text) as unknown;
  if (!Array.isArray(docs)) throw new Error(`${type}/_index.json: expected a list of documents`);
  return { docs: docs as ContentDoc[], byText: new Map() };
}
