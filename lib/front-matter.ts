/**
 * Front matter -> NoteMeta, with every problem located on its line: Chirpy/Jekyll keys for posts and
 * pages, Obsidian's as well for notes. The file is cut here, its YAML read into entries by
 * lib/front-matter/yaml-entries.ts, each key's value read by the table in
 * lib/front-matter/schema.ts; what joins several keys (a post's date from its file name, `draft`
 * and `published`, the cover image under `media_subpath`, page counts) is decided here.
 */
import { isUtf8 } from 'node:buffer';
import * as v from 'valibot';
import { dateFromFileName } from './dates';
import {
  type CoverImage,
  clip,
  type Field,
  type FrontMatterValues,
  frontMatterFields,
  NOTE_ONLY_KEYS,
  READ_KEYS,
  Scalar,
} from './front-matter/schema';
import { type Entry, type Report, readYamlEntries } from './front-matter/yaml-entries';
import { taxonomySlug } from './taxonomy';
import type { ContentProblem, NoteMeta } from './types';

/** A note's text cut at its front matter fences; line numbers are 1-based in the original file. */
export interface FrontMatterSplit {
  /** The YAML between the fences (LF line endings), or null when there is none. */
  yaml: string | null;
  /** Line of the first YAML line (2), or 0 when there is no front matter. */
  yamlLine: number;
  body: string;
  bodyLine: number;
  /** True when the file opens a `---` fence that never closes (then `yaml` is null). */
  unclosed: boolean;
}

/** What `parseFrontMatter` found: `meta` is null when any problem is an error. */
export interface FrontMatterResult {
  meta: NoteMeta | null;
  problems: ContentProblem[];
  body: string;
  bodyLine: number;
  /** Line of each top-level key present, e.g. `{ date: 3 }`, for callers that report on a key. */
  keyLines: Record<string, number>;
}

/** Text of a note file and what decoding noticed. */
export interface DecodedNote {
  /** UTF-8 text without the BOM; invalid bytes become U+FFFD. */
  text: string;
  bom: boolean;
  invalidUtf8: boolean;
}

const OPEN_FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
// Jekyll/Chirpy keys that mean something elsewhere; we accept them silently.
const IGNORED_KEYS = `layout excerpt excerpt_separator lang locale sitemap redirect_to seo
  canonical_url keywords share icon order tail_includes head_includes`.split(/\s+/);
/** The keys a note of each kind may have without a warning. */
const KNOWN_KEYS = {
  note: new Set<string>([...READ_KEYS, ...IGNORED_KEYS]),
  other: new Set<string>([...READ_KEYS.filter((key) => !NOTE_ONLY_KEYS.has(key)), ...IGNORED_KEYS]),
};
/** Longest title, in characters. */
export const MAX_TITLE_CHARACTERS = 300;
/** Most tags a note may have, and most category levels: each becomes a page of the build. */
export const MAX_TAGS = 100;
export const MAX_CATEGORY_LEVELS = 10;
/** Longest URL segment (tag, category or slug) in UTF-8 bytes: it is a file name of the build too. */
export const MAX_SEGMENT_BYTES = 150;
const DATE_FORMAT = 'YYYY-MM-DD HH:MM:SS +ZZZZ';

/** Decodes note bytes as UTF-8 without throwing, reporting a leading BOM and any invalid byte sequence. */
export function decodeNote(bytes: Uint8Array): DecodedNote {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bytes), bom, invalidUtf8: !isUtf8(bytes) };
}

/** Cuts a note into YAML and body: drops a leading BOM, turns CRLF into LF, fences are `---` then `---` or `...`. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const normalised = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n/g, '\n');
  const none = { yaml: null, yamlLine: 0, body: normalised, bodyLine: 1, unclosed: false };
  const firstEnd = normalised.indexOf('\n');
  if (!OPEN_FENCE.test(firstEnd === -1 ? normalised : normalised.slice(0, firstEnd))) return none;
  if (firstEnd === -1) return { ...none, unclosed: true };
  let start = firstEnd + 1;
  for (let line = 2; start <= normalised.length; line += 1) {
    const end = normalised.indexOf('\n', start);
    const lineEnd = end === -1 ? normalised.length : end;
    if (CLOSE_FENCE.test(normalised.slice(start, lineEnd))) {
      return {
        yaml: normalised.slice(firstEnd + 1, start),
        yamlLine: 2,
        body: end === -1 ? '' : normalised.slice(end + 1),
        bodyLine: line + 1,
        unclosed: false,
      };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { ...none, unclosed: true };
}

/** How a note's front matter is read. */
export interface FrontMatterOptions {
  timeZone: string;
  /** A post needs a date (its own or its file name's); a standalone page (about) does not. Default: `kind !== 'page'`. */
  requireDate?: boolean;
  /** Front-matter defaults scoping this note (lib/settings/front-matter-defaults.ts): fill absent keys only. */
  defaults?: Readonly<Record<string, unknown>>;
  /**
   * `note` (an Obsidian vault note) reads Obsidian's keys too (`created`, `updated`, `publish`), needs
   * no title (`fallbackTitle`, the file name, stands in) and no date (undated is `''`). Default `post`.
   */
  kind?: 'post' | 'page' | 'note';
  /** The title of a note that gives none: its file name without `.md`. */
  fallbackTitle?: string;
}

/** Reads a note's front matter into NoteMeta (defaults applied); never throws, every problem found is returned. */
export function parseFrontMatter(text: string, file: string, options: FrontMatterOptions): FrontMatterResult {
  const problems: ContentProblem[] = [];
  const report: Report = (severity, field, line, message) => {
    problems.push({ file, line, field, message, severity });
  };
  const split = splitFrontMatter(text);
  const result = (meta: NoteMeta | null, keyLines: Record<string, number> = {}): FrontMatterResult => ({
    meta: problems.some((p) => p.severity === 'error') ? null : meta,
    problems: withoutRepeats(problems).sort((a, b) => a.line - b.line), // stable: same-line problems keep their order
    body: split.body,
    bodyLine: split.bodyLine,
    keyLines,
  });
  const isNote = options.kind === 'note';
  // A vault note may be only a body: Obsidian needs no front matter.
  if (isNote && split.yaml === null && !split.unclosed) split.yaml = '';
  if (split.body.trim() === '' && split.yaml === null && !split.unclosed) {
    report('error', 'file', 0, 'the file is empty (expected front matter with at least a title)');
    return result(null);
  }
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    const line = lineAt(text, bad);
    report(
      'error',
      'file',
      line,
      `contains bytes that are not valid UTF-8 (first on line ${line}); save the file as UTF-8`,
    );
  }
  if (split.unclosed) {
    report(
      'error',
      'yaml',
      1,
      'the front matter opened by --- on line 1 is never closed (expected a line with ---)',
    );
    return result(null);
  }
  if (split.yaml !== null && split.yamlLine > 0 && lineText(text, split.bodyLine - 1).trim() === '...') {
    // Jekyll accepts `...`, but Contentlayer's reader (gray-matter) only ends front matter at `---`.
    report(
      'error',
      'yaml',
      split.bodyLine - 1,
      'the front matter ends with ... (expected ---: the build reads only --- as the end of front matter)',
    );
  }
  if (split.yaml === null) {
    report(
      'error',
      'file',
      1,
      'has no front matter (expected the first line to be --- followed by title: and date:)',
    );
    return result(null);
  }
  const firstLine = split.yamlLine || 1;
  try {
    const read = readYamlEntries(
      split.yaml,
      firstLine,
      KNOWN_KEYS[isNote ? 'note' : 'other'],
      options.defaults ?? {},
      report,
    );
    if (read === null) return result(null);
    const values = readValues(read.entries, isNote, options.timeZone, report);
    const meta = assembleMeta(values, read.entries, file, options, report);
    checkPageCounts(meta, read.entries, firstLine, report);
    return result(meta, read.keyLines);
  } catch (error) {
    // Input such as thousands of nested lists can exhaust the stack inside the YAML parser.
    report(
      'error',
      'yaml',
      firstLine,
      `could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
    return result(null);
  }
}

// The table depends only on the time zone, and a site has one.
const tables = new Map<string, ReturnType<typeof frontMatterFields>>();

/** Each key's value through its table row: errors are reported and give the fallback, as absent keys do. */
function readValues(
  entries: Map<string, Entry>,
  isNote: boolean,
  timeZone: string,
  report: Report,
): FrontMatterValues {
  const table = tables.get(timeZone) ?? frontMatterFields(timeZone);
  tables.set(timeZone, table);
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table) as [string, Field<unknown>][]) {
    const entry = isNote || !NOTE_ONLY_KEYS.has(key) ? entries.get(key) : undefined;
    values[key] = entry ? readValue(key, spec, entry, report) : spec.fallback;
  }
  return values as FrontMatterValues;
}

function readValue<T>(key: string, spec: Field<T>, entry: Entry, report: Report): T {
  const parsed = v.safeParse(spec.schema, entry.value);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = [key, ...(issue.path ?? []).map((item) => String(item.key))].join('.');
      report('error', field, entry.line, issue.message);
    }
    return spec.fallback;
  }
  for (const message of spec.warn?.(entry.value) ?? []) report('warning', key, entry.line, message);
  return parsed.output;
}

/** NoteMeta from the values of the keys: the rules that join several keys. */
function assembleMeta(
  values: FrontMatterValues,
  entries: Map<string, Entry>,
  file: string,
  options: FrontMatterOptions,
  report: Report,
): NoteMeta {
  const isNote = options.kind === 'note';
  const mediaSubpath = values.media_subpath ?? values.img_path;
  return {
    title: readTitle(values.title, entries.get('title'), isNote ? options.fallbackTitle : undefined, report),
    date: isNote
      ? (values.date ?? values.created ?? '')
      : readPostDate(values.date, entries, file, options, report),
    updated: (isNote ? values.updated : null) ?? values.last_modified_at,
    categories: unique([...values.categories, ...values.category], (c) => c),
    tags: unique([...values.tags, ...values.tag], (t) => t.toLowerCase()),
    toc: values.toc,
    comments: values.comments,
    description: values.description,
    pin: values.pin,
    // All three are read, so each gets checked; `publish` is read for notes only.
    draft: values.draft || !values.published || !values.publish,
    hidden: values.hidden,
    slug: values.slug,
    permalink: values.permalink,
    redirectFrom: values.redirect_from,
    math: values.math,
    mermaid: values.mermaid,
    image: coverImage(values.image, mediaSubpath),
    mediaSubpath,
    renderWithLiquid: values.render_with_liquid,
    authors: unique([...values.author, ...values.authors], (a) => a),
    aliases: unique(values.aliases, (a) => a),
    series: values.series,
    seriesOrder: readSeriesOrder(values.series, values.series_order, entries.get('series_order'), report),
    license: values.license,
  };
}

/** `series_order:` without `series:` orders nothing: said, and dropped. */
function readSeriesOrder(
  series: string | null,
  order: number | null,
  entry: Entry | undefined,
  report: Report,
): number | null {
  if (order === null || series !== null) return order;
  report(
    'warning',
    'series_order',
    entry?.line ?? 1,
    'is set but the note has no series (expected series: 名称 beside it)',
  );
  return null;
}

/** The title; an empty or missing one is an error, except for a note, which falls back to its file name. */
function readTitle(
  title: string | null,
  entry: Entry | undefined,
  fallbackTitle: string | undefined,
  report: Report,
): string {
  const line = entry?.line ?? 1;
  const value = entry?.value;
  const isText =
    value === undefined || value === null || typeof value === 'string' || value instanceof Scalar;
  if (title === null && fallbackTitle) return fallbackTitle;
  // A list or map is reported by the table already.
  if (title === null && isText) {
    report(
      'error',
      'title',
      line,
      entry ? 'is empty (expected the note title)' : 'is missing (every note needs title: ...)',
    );
  }
  if (title !== null && [...title].length > MAX_TITLE_CHARACTERS) {
    report(
      'error',
      'title',
      line,
      `is ${[...title].length} characters long (expected at most ${MAX_TITLE_CHARACTERS}: the title is the page's h1, its <title> and a line in every list)`,
    );
  }
  return title ?? '';
}

/** A post's `date:`, else the `YYYY-MM-DD-` prefix of its file name (Jekyll's rule); an empty `date:` falls back too. */
function readPostDate(
  date: string | null,
  entries: Map<string, Entry>,
  file: string,
  options: FrontMatterOptions,
  report: Report,
): string {
  const given = entries.get('date');
  // A wrong date is already reported.
  if (given && given.value !== null) return date ?? '';
  const fromName = dateFromFileName(file, options.timeZone);
  if (fromName === null && (options.requireDate ?? options.kind !== 'page')) {
    report(
      'error',
      'date',
      given?.line ?? 1,
      `is missing and the file name has no YYYY-MM-DD- prefix (expected date: ${DATE_FORMAT})`,
    );
  }
  return fromName ?? '';
}

/** The cover image with its paths resolved against `media_subpath`. */
function coverImage(image: CoverImage | null, mediaSubpath: string | null): NoteMeta['image'] {
  if (image === null) return null;
  return {
    src: resolveMedia(image.path, mediaSubpath),
    alt: image.alt,
    lqip: image.lqip === null ? null : resolveMedia(image.lqip, mediaSubpath),
  };
}

/**
 * Every tag and category level gets its own page, and its URL segment becomes a file name of the
 * build (at most 255 bytes): a note with 10,000 tags would make the build write 10,000 pages.
 */
function checkPageCounts(
  meta: NoteMeta,
  entries: Map<string, Entry>,
  firstLine: number,
  report: Report,
): void {
  const lists: [string, string, string[], number, string][] = [
    ['tags', 'tag', meta.tags, MAX_TAGS, 'tags'],
    ['categories', 'category', meta.categories, MAX_CATEGORY_LEVELS, 'category levels'],
  ];
  for (const [plural, singular, names, max, what] of lists) {
    const key = entries.has(plural) ? plural : singular;
    const line = entries.get(key)?.line ?? firstLine;
    if (names.length > max) {
      report(
        'error',
        key,
        line,
        `has ${names.length} ${what} (expected at most ${max}: each one gets its own page)`,
      );
    }
    const long = names.find((name) => urlSegmentBytes(taxonomySlug(name)) > MAX_SEGMENT_BYTES);
    if (long !== undefined) report('error', key, line, tooLong(long));
  }
  if (meta.series !== null && urlSegmentBytes(taxonomySlug(meta.series)) > MAX_SEGMENT_BYTES)
    report('error', 'series', entries.get('series')?.line ?? firstLine, tooLong(meta.series));
  if (meta.slug !== null && urlSegmentBytes(meta.slug) > MAX_SEGMENT_BYTES)
    report('error', 'slug', entries.get('slug')?.line ?? firstLine, tooLong(meta.slug));
}

function tooLong(segment: string): string {
  return `${JSON.stringify(clip(segment))} is too long for a URL (expected at most ${MAX_SEGMENT_BYTES} bytes, about 50 Chinese characters or 150 letters)`;
}

/** Prefixes a relative media path with `media_subpath`; URLs, `data:` and `/`-rooted paths are kept. */
function resolveMedia(path: string, mediaSubpath: string | null): string {
  if (!mediaSubpath || path.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  return `${mediaSubpath.replace(/\/+$/, '')}/${path.replace(/^(?:\.\/)+/, '')}`;
}

/** Line `line` (1-based) of `text`, without its line ending; a leading BOM does not count. */
function lineText(text: string, line: number): string {
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** Bytes of a URL segment as a file name (UTF-8). */
export function urlSegmentBytes(segment: string): number {
  return Buffer.byteLength(segment, 'utf8');
}

/** Drops a problem identical to an earlier one (the YAML library repeats some errors once per node). */
function withoutRepeats(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}\u0000${p.field}\u0000${p.severity}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(values: string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
