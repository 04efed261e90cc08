/**
 * Chirpy/Jekyll front matter -> NoteMeta, with every problem located on its line.
 * YAML is read with the 1.2 core schema, so dates stay strings and `yes`/`no` are not booleans
 * (plain `yes`/`no`/`on`/`off` are accepted with a warning, since Jekyll's YAML 1.1 reads them so).
 */
import { isUtf8 } from 'node:buffer';
import { decodeHTML } from 'entities';
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { dateFromFileName, dayInZone, parseNoteDate } from './dates';
import { PERMALINK_PLACEHOLDERS, prettySlug } from './slug';
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
// YAML 1.1 (Jekyll's) booleans that YAML 1.2 reads as text.
const YAML11_BOOLEANS = new Map<string, boolean>([
  ...'yes Yes YES on On ON'.split(' ').map((word): [string, boolean] => [word, true]),
  ...'no No NO off Off OFF'.split(' ').map((word): [string, boolean] => [word, false]),
]);
const READ_KEYS = `title date last_modified_at categories category tags tag toc comments pin published draft
  hidden math mermaid render_with_liquid description slug permalink redirect_from image media_subpath img_path
  author authors aliases`.split(/\s+/);
// Obsidian's keys, read for knowledge notes (`kind: 'note'`) only.
const NOTE_KEYS = new Set(['created', 'updated', 'publish']);
// Jekyll/Chirpy keys that mean something elsewhere; we accept them silently.
const IGNORED_KEYS = `layout excerpt excerpt_separator lang locale sitemap redirect_to seo
  canonical_url license keywords share icon order tail_includes head_includes`.split(/\s+/);
const KNOWN_KEYS = new Set([...READ_KEYS, ...IGNORED_KEYS]);
const LIST_EXPECTED = 'expected a list of strings or a single string';
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

/** Reads a note's front matter into NoteMeta (defaults applied); never throws, every problem found is returned. */
export function parseFrontMatter(
  text: string,
  file: string,
  // Standalone pages (about) need no date; posts do.
  options: {
    timeZone: string;
    requireDate?: boolean;
    /** What the file is: a knowledge note (`content/notes/`) may have no front matter, title or date. */
    kind?: 'post' | 'page' | 'note';
    /** A note's title when it sets none: its file name without `.md`. */
    fallbackTitle?: string;
    /** Front-matter defaults scoping this note (lib/settings/front-matter-defaults.ts): fill absent keys only. */
    defaults?: Readonly<Record<string, unknown>>;
  },
): FrontMatterResult {
  const problems: ContentProblem[] = [];
  const report = (
    severity: ContentProblem['severity'],
    field: string,
    line: number,
    message: string,
  ): void => {
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
  const note = options.kind === 'note' ? { fallbackTitle: options.fallbackTitle ?? '' } : null;
  if (split.body.trim() === '' && split.yaml === null && !split.unclosed && !note) {
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
  if (split.yaml !== null && lineText(text, split.bodyLine - 1).trim() === '...') {
    // Jekyll accepts `...`, but Contentlayer's reader (gray-matter) only ends front matter at `---`.
    report(
      'error',
      'yaml',
      split.bodyLine - 1,
      'the front matter ends with ... (expected ---: the build reads only --- as the end of front matter)',
    );
  }
  if (split.yaml === null && !note) {
    report(
      'error',
      'file',
      1,
      'has no front matter (expected the first line to be --- followed by title: and date:)',
    );
    return result(null);
  }
  try {
    // Most vault notes have no front matter: they read as an empty one, every key defaulted.
    const reader = new FieldReader(
      split.yaml ?? '',
      split.yaml === null ? 1 : split.yamlLine,
      file,
      options.timeZone,
      report,
      options.requireDate,
      options.defaults,
      note,
    );
    const meta = reader.read();
    return result(meta, reader.keyLines);
  } catch (error) {
    // Input such as thousands of nested lists can exhaust the stack inside the YAML parser.
    report(
      'error',
      'yaml',
      split.yamlLine,
      `could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
    return result(null);
  }
}

type Report = (severity: ContentProblem['severity'], field: string, line: number, message: string) => void;

/** A YAML value reduced to what the fields care about. */
type Value =
  | { kind: 'none' }
  | { kind: 'text'; text: string; raw: unknown; plain: boolean }
  | { kind: 'list'; items: unknown[] }
  | { kind: 'map'; map: YAMLMap };

interface Entry {
  line: number;
  value: Value;
}

/** Walks the top-level YAML map once and reads each NoteMeta field from it. */
class FieldReader {
  readonly keyLines: Record<string, number> = {};
  private readonly entries = new Map<string, Entry>();
  private readonly lines = new LineCounter();
  private readonly doc: Document.Parsed;

  constructor(
    yaml: string,
    private readonly firstLine: number,
    private readonly file: string,
    private readonly timeZone: string,
    private readonly report: Report,
    private readonly requireDate = true,
    private readonly defaults: Readonly<Record<string, unknown>> = {},
    /** Set for a knowledge note: Obsidian's keys are read and title and date are optional. */
    private readonly note: { fallbackTitle: string } | null = null,
  ) {
    this.doc = parseDocument(yaml, {
      lineCounter: this.lines,
      schema: 'core',
      version: '1.2',
      uniqueKeys: false, // Jekyll keeps the last of two equal keys; we warn instead of failing.
      prettyErrors: false,
      logLevel: 'silent',
    });
  }

  /** NoteMeta from the YAML, or null when the YAML itself is broken. */
  read(): NoteMeta | null {
    for (const error of this.doc.errors)
      this.report('error', 'yaml', this.lineOf(error.pos[0]), yamlMessage(error));
    for (const warning of this.doc.warnings)
      this.report('warning', 'yaml', this.lineOf(warning.pos[0]), yamlMessage(warning));
    // After a syntax error the document is a guess; field problems would only add noise.
    if (this.doc.errors.length > 0) return null;
    this.checkAliasExpansion();
    this.checkNestedKeys(this.doc.contents, 0);
    const contents = this.doc.contents;
    if (contents !== null && !isMap(contents)) {
      const what = isSeq(contents) ? 'a list' : 'a single value';
      this.report(
        'error',
        'yaml',
        this.firstLine,
        `the front matter is ${what} (expected key: value lines such as title: ...)`,
      );
      return null;
    }
    if (contents) this.collect(contents);
    this.collectDefaults();
    const meta = this.meta();
    this.checkPageCounts(meta);
    return meta;
  }

  /**
   * Contentlayer reads the same YAML with yaml.parse(), which refuses aliases that expand to more than
   * 100 nodes (a "billion laughs" guard); such a note would fail the build, so it is an error here.
   */
  private checkAliasExpansion(): void {
    try {
      this.doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      this.report(
        'error',
        'yaml',
        this.firstLine,
        `cannot be read: ${reason} (expected at most 100 uses of aliases such as *name)`,
      );
    }
  }

  /** Repeated keys inside nested maps (such as `image:`): Contentlayer's reader refuses them as well. */
  private checkNestedKeys(node: unknown, depth: number): void {
    if (depth > 32) return; // deeper YAML is already refused by the parser's own limits
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (depth > 0 && isScalar(pair.key)) {
          if (seen.has(pair.key.value)) {
            this.report(
              'error',
              'yaml',
              this.lineOfNode(pair.key),
              `${JSON.stringify(clip(String(pair.key.value)))} is given twice in the same map (expected each key once: the build cannot read a repeated key)`,
            );
          }
          seen.add(pair.key.value);
        }
        this.checkNestedKeys(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) this.checkNestedKeys(item, depth + 1);
    }
  }

  /** Keys the note does not set, from its front-matter defaults; they are read at the first YAML line. */
  private collectDefaults(): void {
    for (const [key, value] of Object.entries(this.defaults)) {
      if (this.entries.has(key) || !this.isKnownKey(key)) continue;
      this.entries.set(key, { line: this.firstLine, value: this.value(this.doc.createNode(value)) });
    }
  }

  private collect(map: YAMLMap): void {
    for (const pair of map.items) {
      const key = this.value(pair.key);
      const line = this.lineOfNode(pair.key) || this.lineOfNode(pair.value) || this.firstLine;
      if (key.kind !== 'text') {
        this.report(
          'warning',
          'yaml',
          line,
          'a key that is not plain text is ignored (expected a plain key such as title)',
        );
        continue;
      }
      const previous = this.entries.get(key.text);
      // Jekyll keeps the last value, but Contentlayer's YAML reader refuses the whole note.
      if (previous)
        this.report(
          'error',
          key.text,
          line,
          `is also given on line ${previous.line} (expected each key once: the build cannot read a repeated key)`,
        );
      if (!this.isKnownKey(key.text)) {
        const guess = suggestKey(key.text);
        const hint = guess
          ? ` (did you mean \`${guess}\`?)`
          : ' (expected a key such as title, date, categories, tags or description)';
        this.report(
          'warning',
          key.text,
          line,
          `is not a front matter key xiaoji reads, so it is ignored${hint}`,
        );
      }
      if (key.text === '_contentlayerType') {
        this.report(
          'error',
          key.text,
          line,
          'is the key Contentlayer reads the document type from, so this post would not be a post (expected no _contentlayerType key)',
        );
      }
      if (hasControlCharacters(pair.value))
        this.report(
          'warning',
          key.text,
          line,
          'holds control characters (such as NUL or ESC), which are removed (expected printable text)',
        );
      if (hasLoneSurrogate(pair.value))
        this.report(
          'warning',
          key.text,
          line,
          'holds an escape for half a character (such as \\ud800), shown as � (expected a whole character)',
        );
      this.entries.set(key.text, { line, value: this.value(pair.value) });
      this.keyLines[key.text] = line;
    }
  }

  private isKnownKey(key: string): boolean {
    return KNOWN_KEYS.has(key) || (this.note !== null && NOTE_KEYS.has(key));
  }

  private meta(): NoteMeta {
    const mediaSubpath = this.readText('media_subpath') ?? this.readText('img_path');
    return {
      title: this.readTitle(),
      date: this.note ? (this.readDate('date') ?? this.readDate('created') ?? '') : this.readNoteDate(),
      updated: (this.note ? this.readDate('updated') : null) ?? this.readDate('last_modified_at'),
      categories: unique(
        [...this.readList('categories', true), ...this.readList('category', false)],
        (c) => c,
      ),
      tags: unique([...this.readList('tags', true), ...this.readList('tag', false)], (t) => t.toLowerCase()),
      toc: this.readBoolean('toc', true),
      comments: this.readBoolean('comments', true),
      description: this.readHtmlText('description'),
      pin: this.readBoolean('pin', false),
      draft: this.readDraft(),
      hidden: this.readBoolean('hidden', false),
      slug: this.readSlug(),
      permalink: this.readPermalink(),
      redirectFrom: this.readRedirectFrom(),
      math: this.readBoolean('math', false),
      mermaid: this.readBoolean('mermaid', false),
      image: this.readImage(mediaSubpath),
      mediaSubpath,
      renderWithLiquid: this.readBoolean('render_with_liquid', true),
      authors: unique([...this.readList('author', false), ...this.readList('authors', false)], (a) => a),
      aliases: unique(this.readList('aliases', false), (a) => a),
    };
  }

  /**
   * Every tag and category level gets its own page, and its URL segment becomes a file name of the
   * build (at most 255 bytes): a note with 10,000 tags would make the build write 10,000 pages.
   */
  private checkPageCounts(meta: NoteMeta): void {
    const lists: [string, string[], number, string][] = [
      ['tags', meta.tags, MAX_TAGS, 'tags'],
      ['categories', meta.categories, MAX_CATEGORY_LEVELS, 'category levels'],
    ];
    for (const [field, names, max, what] of lists) {
      const key =
        field === 'tags'
          ? this.entries.has('tags')
            ? 'tags'
            : 'tag'
          : this.entries.has('categories')
            ? 'categories'
            : 'category';
      const line = this.entries.get(key)?.line ?? this.firstLine;
      if (names.length > max) {
        this.report(
          'error',
          key,
          line,
          `has ${names.length} ${what} (expected at most ${max}: each one gets its own page)`,
        );
      }
      const long = names.find((name) => urlSegmentBytes(taxonomySlug(name)) > MAX_SEGMENT_BYTES);
      if (long !== undefined) {
        this.report(
          'error',
          key,
          line,
          `${JSON.stringify(clip(long))} is too long for a URL (expected at most ${MAX_SEGMENT_BYTES} bytes, about 50 Chinese characters or 150 letters)`,
        );
      }
    }
    if (meta.slug !== null && urlSegmentBytes(meta.slug) > MAX_SEGMENT_BYTES) {
      this.report(
        'error',
        'slug',
        this.entries.get('slug')?.line ?? this.firstLine,
        `${JSON.stringify(clip(meta.slug))} is too long for a URL (expected at most ${MAX_SEGMENT_BYTES} bytes, about 50 Chinese characters or 150 letters)`,
      );
    }
  }

  /** `draft: true` or `published: false`; both are read so both get checked. */
  private readDraft(): boolean {
    const draft = this.readBoolean('draft', false);
    const published = this.readBoolean('published', true);
    // Obsidian Publish's `publish: false`.
    const publish = this.note ? this.readBoolean('publish', true) : true;
    return draft || !published || !publish;
  }

  private readTitle(): string {
    const entry = this.entries.get('title');
    const title = this.readHtmlText('title') ?? (this.note?.fallbackTitle || null);
    if (title === null && (!entry || entry.value.kind === 'none' || entry.value.kind === 'text')) {
      this.report(
        'error',
        'title',
        entry?.line ?? 1,
        entry ? 'is empty (expected the note title)' : 'is missing (every note needs title: ...)',
      );
    }
    if (title !== null && [...title].length > MAX_TITLE_CHARACTERS) {
      this.report(
        'error',
        'title',
        entry?.line ?? 1,
        `is ${[...title].length} characters long (expected at most ${MAX_TITLE_CHARACTERS}: the title is the page's h1, its <title> and a line in every list)`,
      );
    }
    return title ?? '';
  }

  private readNoteDate(): string {
    const own = this.readDate('date');
    const given = this.entries.get('date');
    // An empty `date:` falls back to the file name; a wrong one is already reported.
    if (given && given.value.kind !== 'none') return own ?? '';
    const fromName = dateFromFileName(this.file, this.timeZone);
    if (fromName === null && this.requireDate) {
      this.report(
        'error',
        'date',
        this.entries.get('date')?.line ?? 1,
        `is missing and the file name has no YYYY-MM-DD- prefix (expected date: ${DATE_FORMAT})`,
      );
    }
    return fromName ?? '';
  }

  /** A date field as an ISO instant; null when absent, empty or wrong (wrong is reported). */
  private readDate(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry || entry.value.kind === 'none') return null;
    const raw = entry.value.kind === 'text' ? entry.value.raw : null;
    const parsed = parseNoteDate(typeof raw === 'string' ? raw : null, this.timeZone);
    // Archives, URLs and the feed need a four-digit year, in UTC and in the site's zone alike.
    if (parsed.ok && !/^(?!0000)\d{4}-/.test(parsed.iso)) {
      this.report(
        'error',
        name,
        entry.line,
        `${describe(entry.value)} is in the year ${new Date(parsed.iso).getUTCFullYear()} in UTC (expected a year from 0001 to 9999)`,
      );
      return null;
    }
    if (parsed.ok && !/^(?!0000)\d{4}-/.test(dayInZone(parsed.iso, this.timeZone))) {
      this.report(
        'error',
        name,
        entry.line,
        `${describe(entry.value)} falls outside the years 0001 to 9999 in ${this.timeZone} (expected a year from 0001 to 9999)`,
      );
      return null;
    }
    if (parsed.ok) return parsed.iso;
    this.report(
      'error',
      name,
      entry.line,
      `${describe(entry.value)} is not a date (expected ${parsed.expected})`,
    );
    return null;
  }

  private readBoolean(name: string, fallback: boolean): boolean {
    const entry = this.entries.get(name);
    if (!entry) return fallback;
    const value = entry.value;
    if (value.kind === 'text' && typeof value.raw === 'boolean') return value.raw;
    const yaml11 = value.kind === 'text' && value.plain ? YAML11_BOOLEANS.get(value.text) : undefined;
    if (yaml11 !== undefined) {
      this.report(
        'warning',
        name,
        entry.line,
        `${describe(value)} is read as ${yaml11}; write ${yaml11} (YAML 1.2 has no yes/no/on/off)`,
      );
      return yaml11;
    }
    if (value.kind === 'none') {
      this.report(
        'warning',
        name,
        entry.line,
        `is empty, so the default ${fallback} is used (expected true or false)`,
      );
      return fallback;
    }
    this.report('error', name, entry.line, `${describe(value)} is not a boolean (expected true or false)`);
    return fallback;
  }

  /** A text field, trimmed; null when absent or empty; a list or map is reported. */
  private readText(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    return this.textOf(entry.value, name, entry.line);
  }

  /**
   * A text field Jekyll prints into HTML unescaped (title, description): its entities (`&sect;`,
   * `&amp;`, `&#39;`) are decoded here, once, as a browser reads them on a Chirpy page, so every place
   * that shows it (h1, <title>, lists, feed, search, JSON-LD) escapes the plain text once.
   */
  private readHtmlText(name: string): string | null {
    const text = this.readText(name);
    return text?.includes('&') ? decodeHTML(text).trim() || null : text;
  }

  private textOf(value: Value, field: string, line: number): string | null {
    if (value.kind === 'text') return value.text.trim() || null;
    if (value.kind !== 'none')
      this.report('error', field, line, `${describe(value)} is not text (expected a single string)`);
    return null;
  }

  /** A list field: a YAML list, or one string (split on whitespace when `split`, as Jekyll does for plurals). */
  private readList(name: string, split: boolean): string[] {
    const entry = this.entries.get(name);
    if (!entry || entry.value.kind === 'none') return [];
    const value = entry.value;
    let items: string[] = [];
    if (value.kind === 'text' && typeof value.raw === 'string')
      items = split ? value.text.split(/\s+/) : [value.text];
    else if (value.kind === 'list') {
      for (const item of value.items) {
        const element = this.value(item);
        if (element.kind === 'text') items.push(element.text);
        else if (element.kind !== 'none') {
          this.report('error', name, entry.line, `has ${describe(element)} as an item (${LIST_EXPECTED})`);
          return [];
        }
      }
    } else {
      this.report('error', name, entry.line, `${describe(value)} is not a list (${LIST_EXPECTED})`);
      return [];
    }
    return items.map((item) => item.trim()).filter((item) => item !== '');
  }

  /** `slug:` as Jekyll reads it for `:title`: its pretty slug, case kept (lib/slug.ts). */
  private readSlug(): string | null {
    const text = this.readText('slug');
    if (text === null) return null;
    const slug = prettySlug(text);
    if (slug === '') {
      this.report(
        'error',
        'slug',
        this.entries.get('slug')?.line ?? 1,
        `${JSON.stringify(clip(text))} has no letters or digits to make a URL from (expected a slug such as my-note)`,
      );
      return null;
    }
    return slug;
  }

  /** `permalink:` a whole site path such as `/2021/hello/` (Jekyll placeholders such as `:title` are filled in). */
  private readPermalink(): string | null {
    const text = this.readText('permalink');
    if (text === null) return null;
    const line = this.entries.get('permalink')?.line ?? 1;
    if (!text.startsWith('/') || /[?#\s]/.test(text) || text.split('/').includes('..')) {
      this.report(
        'error',
        'permalink',
        line,
        `${JSON.stringify(clip(text))} is not a site path (expected one starting with / such as /2021/hello/, without spaces, ? or #)`,
      );
      return null;
    }
    for (const match of text.matchAll(/:([a-z_]+)/g)) {
      if (!PERMALINK_PLACEHOLDERS.includes(match[1] ?? '')) {
        this.report(
          'warning',
          'permalink',
          line,
          `the placeholder ":${match[1]}" is kept as written (xiaoji fills in ${PERMALINK_PLACEHOLDERS.map((p) => `:${p}`).join(', ')})`,
        );
      }
    }
    return text;
  }

  /** jekyll-redirect-from's `redirect_from:`: one site path or a list of them. */
  private readRedirectFrom(): string[] {
    const paths = this.readList('redirect_from', false);
    const line = this.entries.get('redirect_from')?.line ?? 1;
    return paths.filter((path) => {
      if (path.startsWith('/') && !/[?#\s]/.test(path)) return true;
      this.report(
        'error',
        'redirect_from',
        line,
        `${JSON.stringify(clip(path))} is not a site path (expected one starting with /, such as /old-name/)`,
      );
      return false;
    });
  }

  /** `image: path` or `image: { path, alt, lqip }`, paths resolved against `media_subpath`. */
  private readImage(mediaSubpath: string | null): NoteMeta['image'] {
    const entry = this.entries.get('image');
    if (!entry || entry.value.kind === 'none') return null;
    const value = entry.value;
    if (value.kind !== 'map') {
      const path = this.textOf(value, 'image', entry.line);
      return path === null ? null : { src: resolveMedia(path, mediaSubpath), alt: '', lqip: null };
    }
    const fields = new Map<string, Value>();
    for (const pair of value.map.items) {
      const key = this.value(pair.key);
      if (key.kind === 'text') fields.set(key.text, this.value(pair.value));
    }
    const none: Value = { kind: 'none' };
    const path = this.textOf(fields.get('path') ?? fields.get('src') ?? none, 'image.path', entry.line);
    const alt = this.textOf(fields.get('alt') ?? none, 'image.alt', entry.line);
    const lqip = this.textOf(fields.get('lqip') ?? none, 'image.lqip', entry.line);
    if (path === null) {
      this.report(
        'error',
        'image.path',
        entry.line,
        'is missing (expected image: { path: ..., alt: ... } or image: <path>)',
      );
      return null;
    }
    return {
      src: resolveMedia(path, mediaSubpath),
      alt: alt ?? '',
      lqip: lqip === null ? null : resolveMedia(lqip, mediaSubpath),
    };
  }

  /** Reduces a YAML node (aliases followed) to a Value; numbers and booleans keep their source text. */
  private value(node: unknown): Value {
    const resolved = isAlias(node) ? node.resolve(this.doc) : node;
    if (isMap(resolved)) return { kind: 'map', map: resolved };
    if (isSeq(resolved)) return { kind: 'list', items: resolved.items };
    if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined)
      return { kind: 'none' };
    const raw = resolved.value;
    // A YAML escape such as "\ud800" makes half a character, which no JSON reader downstream accepts.
    const text = (typeof raw === 'string' ? raw : (resolved.source ?? String(raw)))
      .toWellFormed()
      // NUL, ESC and the like are not text: HTML and XML cannot carry them and a terminal would run them.
      .replace(CONTROL_CHARACTERS, '');
    return { kind: 'text', text, raw, plain: resolved.type === 'PLAIN' };
  }

  private lineOfNode(node: unknown): number {
    const range = isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range : null;
    return range ? this.lineOf(range[0]) : 0;
  }

  private lineOf(offset: number): number {
    return this.firstLine - 1 + Math.max(1, this.lines.linePos(offset).line);
  }
}

/** How a value looks in a message: quoted text, `a list`, `a map` or `nothing`. */
function describe(value: Value): string {
  if (value.kind === 'list') return 'a list';
  if (value.kind === 'map') return 'a map';
  if (value.kind === 'none') return 'nothing';
  return JSON.stringify(clip(value.text));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// The YAML mistakes people make in front matter, and the fix in their words.
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be put in quotes',
  BAD_SCALAR_START: 'put the value in quotes',
  MULTILINE_IMPLICIT_KEY: 'a key and its value start on the same line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'expected the closing quote or bracket on this line',
  BAD_INDENT: 'expected the items of one list or map to start in the same column',
  BAD_DQ_ESCAPE: 'expected \\\\ for a backslash inside double quotes, or single quotes',
  TAG_RESOLVE_FAILED: 'expected no `!tag`; the value is read as plain text',
  RESOURCE_EXHAUSTION: 'expected plain values and lists a few levels deep',
  MULTIPLE_DOCS: 'expected one front matter block between two --- lines',
  DUPLICATE_KEY: 'expected each key once',
};
/** For every other YAML mistake: what a front matter line looks like. */
const YAML_EXPECTED =
  'expected `key: value` lines; quote values that contain `: `, ` #`, `[`, `{` or start with `*`, `&`, `!`, `@`, `%`';

/** The first line of a YAML library message, with a hint for common mistakes. */
function yamlMessage(error: YAMLError): string {
  // "Maximum call stack size exceeded" says nothing to a writer: the value is nested too deeply.
  const first =
    error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)
      ? 'is nested too deeply to read'
      : (error.message.split('\n')[0]?.trim() ?? '');
  return `${first} (${YAML_HINTS[error.code] ?? YAML_EXPECTED})`;
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

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** True when a YAML node holds a string with a control character other than tab and line breaks. */
function hasControlCharacters(node: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (isScalar(node))
    return typeof node.value === 'string' && new RegExp(CONTROL_CHARACTERS.source).test(node.value);
  if (isSeq(node)) return node.items.some((item) => hasControlCharacters(item, depth + 1));
  if (isMap(node)) return node.items.some((pair) => hasControlCharacters(pair.value, depth + 1));
  return false;
}

/** True when a YAML node holds a string with an unpaired UTF-16 surrogate (only escapes can make one). */
function hasLoneSurrogate(node: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (isScalar(node)) return typeof node.value === 'string' && !node.value.isWellFormed();
  if (isSeq(node)) return node.items.some((item) => hasLoneSurrogate(item, depth + 1));
  if (isMap(node)) return node.items.some((pair) => hasLoneSurrogate(pair.value, depth + 1));
  return false;
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

/** The known key closest to `key` (optimal string alignment distance at most 2, and under half its length). */
function suggestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_KEYS) {
    const distance = editDistance(key, known);
    if (distance < bestDistance && distance * 2 < known.length) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance where swapping two neighbouring characters costs 1 (`tgas` -> `tags`); 3 means "3 or more". */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const width = b.length + 1;
  const d: number[] = Array.from({ length: (a.length + 1) * width }, (_, k) =>
    k < width ? k : k % width === 0 ? k / width : 0,
  );
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
