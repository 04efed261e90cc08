/**
 * Checks a whole set of notes: each note's front matter, then what only shows across notes
 * (duplicate URLs, broken `/posts/...` links and `{% post_url %}` tags) and in the body (unclosed fences).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../site.config';
import { findMdxProblems } from './check-mdx';
import { dateFromFileName, dayInZone } from './dates';
import {
  decodeNote,
  type FrontMatterResult,
  MAX_CATEGORY_LEVELS,
  MAX_SEGMENT_BYTES,
  parseFrontMatter,
  urlSegmentBytes,
} from './front-matter';
import { lineIndexAt, lineStarts } from './line-index';
import { checkLinks, type LinkCheckNote } from './links/check';
import { stripComments, unclosedCommentProblem } from './markdown/comments';
import { findMathProblems } from './markdown/math';
import { prepareNoteBody } from './markdown/prepare';
import { findLimitProblem } from './note-limits';
import { defaultsFor } from './settings/front-matter-defaults';
import type { FrontMatterDefault } from './settings/site-settings';
import {
  NOTES_DIR,
  noteFileTitle,
  noteSegment,
  noteUrl,
  postUrl,
  slugFromFileName,
  urlLookupKey,
} from './slug';
import type { ContentProblem } from './types';

/** One note file as read from disk; `path` is relative to the repository, e.g. `content/posts/x.md`. */
export interface NoteFile {
  path: string;
  bytes: Buffer;
}

interface CheckedNote {
  file: NoteFile;
  /** A knowledge note (`notes/`, an Obsidian vault) or a post: their rules differ. */
  kind: 'post' | 'note';
  parsed: FrontMatterResult;
  /** `:title` (lib/slug.ts). */
  slug: string;
  /** The site path the post lives at, decoded (lib/slug.ts), e.g. `/posts/Attention-Is-All-You-Need/`. */
  url: string;
}

// Paths of the site's own pages: a post there (by `permalink:`) would never be served.
const RESERVED =
  /^\/(?:$|(?:about|archives|categories|tags|notes|notes-files|search|page\d*|moved|content-events|search-text|feed\.xml|sitemap\.xml|robots\.txt|search-index\.json|_next|katex|vendor)(?:\/|$))/;

/** Where a link target's URL must be looked up: exact URLs, and the other spellings that redirect. */
export interface PostUrls {
  exact: Map<string, string>;
  byKey: Map<string, string>;
}

const NOTE_FILE = /\.(?:md|mdx|markdown)$/i;
const DAY_MS = 86_400_000;

/**
 * The bytes of files read before, by path, with the time, size and inode they had: `npm run dev`
 * reads the notes again after every save, and only the saved one has changed.
 */
export type ReadMemo = Map<string, { look: string; bytes: Buffer }>;

function readWithMemo(full: string, memo: ReadMemo | undefined): Buffer {
  if (!memo) return readFileSync(full);
  const stat = statSync(full);
  const look = `${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}:${stat.ino}`;
  const known = memo.get(full);
  if (known?.look === look) return known.bytes;
  const bytes = readFileSync(full);
  memo.set(full, { look, bytes });
  return bytes;
}

/**
 * Every `posts/**\/*.{md,mdx,markdown}` and `notes/**\/*.md` under `contentDir` (dot-folders such as
 * `.obsidian/` skipped, as Contentlayer skips them), sorted by path; [] without either folder;
 * throws when `contentDir` is missing. With a `memo`, a file whose time, size and inode are those of
 * its last read is not read again.
 */
export function readNoteFiles(contentDir: string, memo?: ReadMemo): NoteFile[] {
  if (!existsSync(contentDir)) throw new Error(`content folder ${JSON.stringify(contentDir)} does not exist`);
  const found: string[] = [];
  const walk = (dir: string, pattern: RegExp): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue; // editor lock files, .obsidian/ and the like
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, pattern);
      else if (entry.isFile() && pattern.test(entry.name)) found.push(full);
    }
  };
  const postsDir = path.join(contentDir, 'posts');
  if (existsSync(postsDir)) walk(postsDir, NOTE_FILE);
  // contentlayer.config.ts reads `notes/**/*.md` only: other files of a vault are attachments.
  const notesDir = path.join(contentDir, NOTES_DIR);
  if (existsSync(notesDir)) walk(notesDir, /\.md$/);
  const files = found
    .map((full) => ({ full, shown: displayPath(full) }))
    .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0))
    .map(({ full, shown }) => ({ path: shown, bytes: readWithMemo(full, memo) }));
  if (memo) {
    const present = new Set(found);
    for (const full of memo.keys()) if (!present.has(full)) memo.delete(full);
  }
  return files;
}

/**
 * Each note's own results, remembered between checks of the same folder (`npm run dev` checks again
 * after every save): a note whose bytes did not change is not parsed again, and its cross-note
 * checks are reused while the set of slugs and file names stays the same.
 */
export interface CheckMemo {
  notes: Map<string, MemoEntry>;
  /** For readNoteFiles: the files' bytes, read again only when a file changed. */
  files: ReadMemo;
}

interface MemoEntry {
  bytes: Buffer;
  note: CheckedNote;
  /** Problems found in the file alone: front matter, limits, BOM. */
  own: ContentProblem[];
  /** Problems that depend on the other notes, for the slugs and names in `crossKey`. */
  cross?: { key: string; problems: ContentProblem[] };
}

export function createCheckMemo(): CheckMemo {
  return { notes: new Map(), files: new Map() };
}

export interface CheckOptions {
  timeZone: string;
  /** The site's TeX macros (`siteConfig.math.macros`): formulas using them are not reported. */
  mathMacros?: Record<string, string>;
  /** Front-matter defaults (site settings), read as the records read them; needs `contentDir`. */
  defaults?: readonly FrontMatterDefault[];
  /** The content folder the files' paths lie under, to scope the defaults. */
  contentDir?: string;
  /**
   * Check links between notes too (default true; needs `contentDir`). `npm run dev` leaves them
   * out: they are warnings, its pages show errors, and lib/content.ts resolves the links anyway.
   */
  links?: boolean;
}

/** The check's options from the site configuration: the one place the dev server, the build and `npm run check:content` get them. */
export function contentCheckOptions(
  config: Pick<SiteConfig, 'timeZone' | 'frontMatterDefaults' | 'contentDir' | 'math'>,
): CheckOptions {
  return {
    timeZone: config.timeZone,
    defaults: config.frontMatterDefaults,
    contentDir: config.contentDir,
    mathMacros: config.math.macros,
  };
}

/** All problems of all notes, sorted by file then line; throws RangeError for an unknown time zone. */
export function checkNotes(files: NoteFile[], options: CheckOptions, memo?: CheckMemo): ContentProblem[] {
  dayInZone('2000-01-01T00:00:00Z', options.timeZone); // fail once, loudly, on a bad zone
  const problems: ContentProblem[] = [];
  const entries: MemoEntry[] = files.map((file) => {
    const known = memo?.notes.get(file.path);
    if (known && (known.bytes === file.bytes || known.bytes.equals(file.bytes))) return known;
    const entry = checkFile(file, options);
    memo?.notes.set(file.path, entry);
    return entry;
  });
  if (memo) {
    const present = new Set(files.map((file) => file.path));
    for (const key of memo.notes.keys()) if (!present.has(key)) memo.notes.delete(key);
  }
  for (const entry of entries) problems.push(...entry.own);
  const notes = entries.map((entry) => entry.note);
  const urls: PostUrls = { exact: new Map(), byKey: new Map() };
  const names = new Set<string>();
  // Two vault notes whose URLs differ only in case or Unicode form would be one file of a static
  // export on macOS or Windows: they collide too.
  const noteKeys = new Map<string, string>();
  for (const note of notes) {
    if (note.kind === 'note') {
      const key = urlLookupKey(note.url);
      const first = noteKeys.get(key) ?? urls.exact.get(note.url);
      if (first === undefined) {
        noteKeys.set(key, note.file.path);
        urls.exact.set(note.url, note.file.path);
        urls.byKey.set(key, note.url);
      } else {
        problems.push(
          error(
            note.file.path,
            0,
            'file',
            `both this note and ${first} would live at ${note.url} (expected one note per URL: rename one of the files; spaces and punctuation in names become -)`,
          ),
        );
      }
      continue;
    }
    const first = urls.exact.get(note.url);
    const field = note.parsed.meta?.permalink ? 'permalink' : 'slug';
    const line = note.parsed.keyLines[field] ?? 0;
    if (first === undefined) {
      urls.exact.set(note.url, note.file.path);
      urls.byKey.set(urlLookupKey(note.url), note.url);
    } else {
      problems.push(
        error(
          note.file.path,
          line,
          field,
          `both this note and ${first} would live at ${note.url} (expected one note per URL: rename a file, or set slug: or permalink:)`,
        ),
      );
    }
    if (RESERVED.test(note.url)) {
      problems.push(
        error(
          note.file.path,
          line,
          field,
          `${note.url} is a page of the site itself, so this note would never be shown (expected another permalink:)`,
        ),
      );
    }
    for (const name of noteNames(note.file.path)) names.add(name);
  }
  // A `redirect_from:` path must not shadow a post's URL (the post would win, silently).
  for (const note of notes) {
    for (const from of note.parsed.meta?.redirectFrom ?? []) {
      const owner = urls.byKey.get(urlLookupKey(from));
      if (RESERVED.test(from)) {
        problems.push(
          error(
            note.file.path,
            note.parsed.keyLines.redirect_from ?? 0,
            'redirect_from',
            `${from} is a page of the site itself, so it would never redirect here (expected an old URL of this note)`,
          ),
        );
      } else if (owner !== undefined && owner !== note.url) {
        problems.push(
          error(
            note.file.path,
            note.parsed.keyLines.redirect_from ?? 0,
            'redirect_from',
            `${from} is the URL of another note (${owner}), so it cannot redirect here (expected an old URL no note has)`,
          ),
        );
      }
      urls.byKey.set(urlLookupKey(from), urls.byKey.get(urlLookupKey(from)) ?? note.url);
    }
  }
  // checkNote reads only which URLs and names exist.
  const crossKey = memo ? `${[...urls.byKey].sort().join('\n')}\u0000${[...names].sort().join('\n')}` : '';
  for (const entry of entries) {
    if (memo && entry.cross?.key === crossKey) {
      problems.push(...entry.cross.problems);
      continue;
    }
    const found = checkNote(entry.note, options.timeZone, urls, names);
    if (memo) entry.cross = { key: crossKey, problems: found };
    problems.push(...found);
  }
  // Links between notes: warnings for links that match no note, several, or no heading.
  if (options.contentDir !== undefined && options.links !== false) {
    const targets = [...linkCheckNotes(notes, options.contentDir), ...readPageTargets(options)];
    problems.push(...checkLinks(targets, options.contentDir));
  }
  const order = new Map(files.map((file, index) => [file.path, index]));
  return problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
}

/**
 * Standalone pages (`pages/**\/*.{md,mdx}`, served at `/<slug>/`) as targets a link may name, as
 * the site resolves them; their own links are not checked (nor is the rest of a page).
 */
function readPageTargets(options: CheckOptions): LinkCheckNote[] {
  if (options.contentDir === undefined) return [];
  const root = path.resolve(options.contentDir);
  const dir = path.join(root, 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/i.test(name) && !name.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .flatMap((name) => {
      const sourcePath = ['pages', ...name.split(path.sep)].join('/');
      const parsed = parseFrontMatter(readFileSync(path.join(dir, name), 'utf8'), sourcePath, {
        timeZone: options.timeZone,
        kind: 'page',
        defaults: options.defaults ? defaultsFor(sourcePath, options.defaults) : undefined,
      });
      const meta = parsed.meta;
      if (!meta) return [];
      const url = `/${slugFromFileName(sourcePath, meta.slug)}/`;
      return [{ sourcePath, kind: 'page', url, meta, body: parsed.body, bodyLine: parsed.bodyLine }];
    });
}

/** The notes that have a page, as lib/links/check.ts reads them. */
function linkCheckNotes(notes: readonly CheckedNote[], contentDir: string): LinkCheckNote[] {
  const root = path.resolve(contentDir);
  return notes.flatMap((note) => {
    const meta = note.parsed.meta;
    if (!meta || note.parsed.problems.some((p) => p.severity === 'error')) return [];
    const sourcePath = path.relative(root, path.resolve(note.file.path)).split(path.sep).join('/');
    return [
      {
        sourcePath,
        kind: note.kind,
        url: note.url,
        meta,
        body: note.parsed.body,
        bodyLine: note.parsed.bodyLine,
      },
    ];
  });
}

/** What one file shows on its own: its front matter, the note limits, a BOM. */
function checkFile(file: NoteFile, options: CheckOptions): MemoEntry {
  const own: ContentProblem[] = [];
  const decoded = decodeNote(file.bytes);
  const sourcePath = options.contentDir
    ? path.relative(path.resolve(options.contentDir), path.resolve(file.path)).split(path.sep).join('/')
    : null;
  const kind = noteKind(file.path, sourcePath);
  const parsed = parseFrontMatter(decoded.text, file.path, {
    timeZone: options.timeZone,
    defaults: sourcePath !== null && options.defaults ? defaultsFor(sourcePath, options.defaults) : undefined,
    kind,
    fallbackTitle: kind === 'note' ? noteFileTitle(file.path) : undefined,
  });
  own.push(...parsed.problems);
  const limit = findLimitProblem(file.bytes.length, parsed.body);
  if (limit) {
    const line = limit.bodyLine < 0 ? 0 : parsed.bodyLine + limit.bodyLine;
    own.push(error(file.path, line, limit.field, limit.message));
  }
  if (!limit && parsed.meta?.math) own.push(...checkMath(file.path, parsed, options.mathMacros, kind));
  if (!limit && kind === 'note') {
    const { unclosedLine } = stripComments(parsed.body, { math: parsed.meta?.math });
    if (unclosedLine !== null) own.push(unclosedCommentProblem(file.path, parsed.bodyLine + unclosedLine));
  }
  if (decoded.bom) {
    own.push(
      warning(
        file.path,
        1,
        'file',
        'starts with a byte order mark (BOM); it is skipped, but other tools may not skip it (expected UTF-8 without BOM)',
      ),
    );
  }
  return {
    bytes: file.bytes,
    note: checkedNote(file, parsed, options.timeZone, kind, sourcePath),
    own,
  };
}

/**
 * A file under `<content>/notes/` is a knowledge note. Without the content folder (tests, files
 * named by hand), its first folder is taken as the content folder: `content/notes/a.md`.
 */
function noteKind(filePath: string, sourcePath: string | null): 'post' | 'note' {
  const under = sourcePath ?? filePath.split('/').slice(1).join('/');
  return under.startsWith(`${NOTES_DIR}/`) ? 'note' : 'post';
}

/**
 * The formulas of a `math: true` note that KaTeX cannot render (the page shows them as code), each
 * at the line of the note where it is written.
 */
function checkMath(
  file: string,
  parsed: FrontMatterResult,
  macros: Record<string, string> | undefined,
  kind: 'post' | 'note',
): ContentProblem[] {
  const meta = parsed.meta;
  if (!meta) return [];
  const prepared = prepareNoteBody(parsed.body, {
    format: file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
    kind,
    renderWithLiquid: meta.renderWithLiquid,
    math: true,
    mediaSubpath: meta.mediaSubpath,
  });
  return findMathProblems(prepared.text, macros).map((p) => {
    // The text passes may move lines (a `$$` put on a line of its own): find the formula as written.
    const first =
      p.tex
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? '';
    const at = first ? parsed.body.indexOf(first) : -1;
    const line = at === -1 ? p.line : parsed.body.slice(0, at).split('\n').length;
    const shown = p.tex.replace(/\s+/g, ' ').trim();
    return warning(
      file,
      parsed.bodyLine + line - 1,
      'math',
      `KaTeX cannot render $${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown}$ (${p.message.slice(0, 120)}), so the page shows it as code (expected TeX KaTeX supports, or a macro in siteConfig.math.macros)`,
    );
  });
}

function checkedNote(
  file: NoteFile,
  parsed: FrontMatterResult,
  timeZone: string,
  kind: 'post' | 'note',
  sourcePath: string | null,
): CheckedNote {
  if (kind === 'note') {
    const under = sourcePath ?? file.path.split('/').slice(1).join('/');
    return { file, kind, parsed, slug: noteSegment(noteFileTitle(under)), url: noteUrl(under) };
  }
  const meta = parsed.meta;
  const slug = slugFromFileName(file.path, meta?.slug);
  const day = meta?.date ? dayInZone(meta.date, timeZone) : '';
  return { file, kind, parsed, slug, url: postUrl({ title: slug, permalink: meta?.permalink, day }) };
}

/** One line per problem: `path:line: field: message`, warnings prefixed with `warning: `, `:line` left out when 0. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const field = p.field.length > 60 ? `${p.field.slice(0, 59)}…` : p.field;
  return printable(`${p.severity === 'warning' ? 'warning: ' : ''}${where}: ${field}: ${p.message}`);
}

// A key or value from a broken file may hold line breaks or terminal escape sequences.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Escapes control characters as `\uXXXX`, so one problem is one line and cannot drive the terminal. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function checkNote(
  note: CheckedNote,
  timeZone: string,
  urls: PostUrls,
  names: Set<string>,
): ContentProblem[] {
  const { file, parsed } = note;
  const found: ContentProblem[] = [];
  const meta = parsed.meta;
  // A knowledge note's URL is its vault path and its date is never the file name's: the checks of
  // post slugs, file-name dates and extensions below are the blog's.
  if (note.kind === 'note') return [...found, ...checkNoteBody(note, urls, names)];
  if (note.slug === '' && !meta?.permalink) {
    found.push(
      warning(
        file.path,
        0,
        'file',
        `the file name has no letters or digits after its date, so the note lives at ${note.url}, as on Jekyll (expected a name such as 2024-01-01-my-note.md, or set slug:)`,
      ),
    );
  }
  if (meta?.slug == null && urlSegmentBytes(note.slug) > MAX_SEGMENT_BYTES) {
    found.push(
      error(
        file.path,
        0,
        'file',
        `makes the slug "${note.slug.slice(0, 40)}…", too long for a URL (expected at most ${MAX_SEGMENT_BYTES} bytes: shorten the file name or set slug:)`,
      ),
    );
  }
  const extension = /\.[^./]+$/.exec(file.path)?.[0] ?? '';
  if (extension !== '.md' && extension !== '.mdx') {
    // contentlayer.config.ts matches `posts/**/*.{md,mdx}`, case-sensitively: this note would be missing.
    found.push(
      error(
        file.path,
        0,
        'file',
        `is named ${extension}, which the build skips (expected a file name ending in .md or .mdx)`,
      ),
    );
  }
  // Only a body the limits let through is parsed: a pathological one is already an error.
  if (extension === '.mdx' && findLimitProblem(file.bytes.length, parsed.body) === null) {
    for (const p of findMdxProblems(parsed.body)) {
      const at = parsed.bodyLine + p.line - 1;
      found.push(
        p.severity === 'error'
          ? error(file.path, at, 'body', p.message)
          : warning(file.path, at, 'body', p.message),
      );
    }
  }
  const dateLine = parsed.keyLines.date;
  const fileDate = dateFromFileName(file.path, timeZone);
  if (meta && dateLine !== undefined && fileDate !== null) {
    const given = dayInZone(meta.date, timeZone);
    const named = dayInZone(fileDate, timeZone);
    const apart = Math.round(Math.abs(Date.parse(given) - Date.parse(named)) / DAY_MS);
    if (apart > 1)
      found.push(
        warning(
          file.path,
          dateLine,
          'date',
          `${given} is ${apart} days from the date in the file name (${named})`,
        ),
      );
  }
  if (meta && meta.categories.length > 2 && meta.categories.length <= MAX_CATEGORY_LEVELS) {
    const line = parsed.keyLines.categories ?? parsed.keyLines.category ?? 0;
    found.push(
      warning(
        file.path,
        line,
        'categories',
        `has ${meta.categories.length} levels (${clipList(meta.categories)}); Chirpy-style categories have at most two (category and subcategory)`,
      ),
    );
  }
  return [...found, ...checkNoteBody(note, urls, names)];
}

/** What the body of a post or knowledge note shows: unclosed fences, links to missing posts, `{% post_url %}`. */
function checkNoteBody(note: CheckedNote, urls: PostUrls, names: Set<string>): ContentProblem[] {
  const { file, parsed } = note;
  const meta = parsed.meta;
  const found: ContentProblem[] = [];
  const scan = scanBody(parsed.body);
  if (scan.unclosedFence !== null) {
    found.push(
      warning(
        file.path,
        parsed.bodyLine + scan.unclosedFence.line,
        'body',
        `this code fence is never closed, so the rest of the note would render as code (expected a closing ${scan.unclosedFence.marker} line)`,
      ),
    );
  }
  // In a vault, `../x/` is a relative link, not Jekyll's sibling post: lib/links/ checks notes' links.
  for (const link of note.kind === 'note' ? [] : scan.links) {
    const url = `/posts/${link.slug}/`;
    if (urls.exact.has(url)) continue;
    const moved = urls.byKey.get(urlLookupKey(url));
    // `/posts/x.png` is a file, unless a post has that title.
    if (moved === undefined && link.slug.includes('.')) continue;
    if (moved !== undefined) {
      found.push(
        warning(
          file.path,
          parsed.bodyLine + link.line,
          'body',
          `links to ${url}, which only redirects to ${moved} (expected the note's own URL, case and all)`,
        ),
      );
      continue;
    }
    found.push(
      error(
        file.path,
        parsed.bodyLine + link.line,
        'body',
        `links to ${url}, but no note lives there (expected /posts/<title>/ of an existing note, its file name without the date)`,
      ),
    );
  }
  if (meta?.renderWithLiquid !== false) {
    for (const ref of scan.postUrls) {
      if (names.has(ref.name)) continue;
      found.push(
        error(
          file.path,
          parsed.bodyLine + ref.line,
          'body',
          `{% post_url ${ref.name} %} names no note (expected a file posts/${ref.name}.md)`,
        ),
      );
    }
  }
  return found;
}

interface BodyScan {
  /** 0-based body line and marker of a code fence that never closes, else null. */
  unclosedFence: { line: number; marker: string } | null;
  links: { slug: string; line: number }[];
  postUrls: { name: string; line: number }[];
}

const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const INLINE_CODE = /(`+)(?!`)(.*?[^`])\1(?!`)/g;
const HIDDEN = /<!--[\s\S]*?-->|\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g;
// A target may start with Liquid such as `{{ site.baseurl }}`, which contains spaces.
const LINK_TARGETS = [
  /\]\(\s*<?((?:\{\{[^{}\n]*\}\})?[^)\s>]+)/g,
  /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?((?:\{\{[^{}\n]*\}\})?[^\s>]+)/gm,
  /\bhref\s*=\s*["']([^"'\n]+)["']/gi,
];
// `../slug/` is how Jekyll notes link a sibling: from `/posts/a/` it means `/posts/slug/`.
const POST_LINK = /^(?:(?:\{\{-?\s*site\.baseurl\s*-?\}\})?\/posts\/|\.\.\/)([^/?#\s]+)\/?(?:[?#].*)?$/;
const POST_URL_TAG = /\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}/g;

/** Finds unclosed fences, `/posts/<slug>` links and `{% post_url %}` tags outside code, comments and `{% raw %}`. */
function scanBody(body: string): BodyScan {
  const lines = body.split('\n');
  let fence: { marker: string; line: number } | null = null;
  for (const [index, line] of lines.entries()) {
    // Cheap tests first: most lines hold no backtick or tilde at all.
    const match = line.includes('```') || line.includes('~~~') ? FENCE.exec(line) : null;
    const marker = match?.[1] ?? '';
    const info = match?.[2] ?? '';
    if (fence) {
      if (
        match &&
        marker[0] === fence.marker[0] &&
        marker.length >= fence.marker.length &&
        info.trim() === ''
      ) {
        fence = null;
      }
      lines[index] = '';
    } else if (match && !(marker[0] === '`' && info.includes('`'))) {
      fence = { marker, line: index };
      lines[index] = '';
    } else if (line.includes('`')) lines[index] = line.replace(INLINE_CODE, blank);
  }
  const scan: BodyScan = { unclosedFence: fence, links: [], postUrls: [] };
  const text = lines.join('\n').replace(HIDDEN, blank);
  const lineOf = lineFinder(text);
  if (text.includes('/posts/') || text.includes('../')) {
    for (const pattern of LINK_TARGETS) {
      for (const match of text.matchAll(pattern)) {
        const slug = POST_LINK.exec(match[1] ?? '')?.[1];
        if (slug !== undefined) {
          scan.links.push({ slug: decode(slug), line: lineOf(match.index) });
        }
      }
    }
    scan.links.sort((a, b) => a.line - b.line);
  }
  if (text.includes('post_url')) {
    for (const match of text.matchAll(POST_URL_TAG)) {
      scan.postUrls.push({ name: match[1] ?? '', line: lineOf(match.index) });
    }
  }
  return scan;
}

/** Maps an offset in `text` to its 0-based line; the line index is built on first use. */
function lineFinder(text: string): (offset: number) => number {
  let starts: number[] | null = null;
  return (offset) => {
    starts ??= lineStarts(text);
    return lineIndexAt(starts, offset);
  };
}

/** Names a `{% post_url %}` may use for a note: its base name and its path under `posts/`, without extension. */
function noteNames(filePath: string): string[] {
  const withoutExt = filePath.replace(NOTE_FILE, '');
  const base = withoutExt.split('/').pop() ?? withoutExt;
  const under = `/${withoutExt}`.lastIndexOf('/posts/');
  return under === -1 ? [base] : [base, withoutExt.slice(under + 'posts/'.length)];
}

function clipList(items: string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(' / ')} / …` : items.join(' / ');
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? full : relative;
  return shown.split(path.sep).join('/');
}

function error(file: string, line: number, field: string, message: string): ContentProblem {
  return { file, line, field, message, severity: 'error' };
}

function warning(file: string, line: number, field: string, message: string): ContentProblem {
  return { file, line, field, message, severity: 'warning' };
}
