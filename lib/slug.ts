/**
 * Post URLs exactly as Jekyll (and so Chirpy) makes them: `/posts/:title/`, where `:title` is
 * `Utils.slugify(slug, mode: "pretty", cased: true)` of the front matter `slug:` or of the file
 * name without its date, and the whole path goes through Jekyll's `URL#sanitize_url`.
 * Category and tag segments are Jekyll's default-mode slugify (Chirpy links them with `| slugify`).
 */

// Jekyll's Document::DATE_FILENAME_MATCHER: the date, then everything up to the last extension.
const DATE_FILE_NAME = /^\d{2,4}-\d{1,2}-\d{1,2}-(.*)\.[^.]+$/s;
// Utils::SLUGIFY_PRETTY_REGEXP: letters, marks, decimal digits and `._~!$&'()+,;=@` are kept.
const PRETTY_SEPARATORS = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
// Utils::SLUGIFY_DEFAULT_REGEXP: only letters, marks and decimal digits are kept.
const DEFAULT_SEPARATORS = /[^\p{M}\p{L}\p{Nd}]+/gu;

/** Jekyll's `slugify(value, mode: "pretty", cased: true)`: case kept; may return ''. */
export function prettySlug(value: string): string {
  return value.replace(PRETTY_SEPARATORS, '-').replace(/^-|-$/g, '');
}

/** Jekyll's `slugify(value)` (default mode): lowercased; may return ''. Chirpy's category and tag segments. */
export function defaultSlug(value: string): string {
  return value.replace(DEFAULT_SEPARATORS, '-').replace(/^-|-$/g, '').toLowerCase();
}

/**
 * The part of a post's file name Jekyll calls its slug: the base name without the date and the
 * last extension, trailing periods dropped (`Document#populate_title`); not yet slugified.
 */
export function fileNameSlug(sourcePath: string): string {
  const base = sourcePath.split(/[\\/]/).pop() ?? '';
  const dated = DATE_FILE_NAME.exec(base);
  // Without a date, Jekyll's basename_without_ext.
  const name = dated ? (dated[1] ?? '') : base.replace(/\.[^.]*$/, '');
  return name.replace(/\.+$/, '');
}

/** `:title` of a post file: the pretty slug of `slug:` when set, else of its file name; may be ''. */
export function slugFromFileName(sourcePath: string, frontMatterSlug?: string | null): string {
  return prettySlug(frontMatterSlug ?? fileNameSlug(sourcePath));
}

/**
 * Jekyll's `URL#sanitize_url`: a leading `/`, every `..` turned into `/`, every `./` removed,
 * runs of `/` squeezed. So `/posts/a..b/` is `/posts/a/b/` and an empty title gives `/posts/`.
 */
export function sanitizeJekyllPath(path: string): string {
  return `/${path}`
    .replaceAll('..', '/')
    .replaceAll('./', '')
    .replace(/\/{2,}/g, '/');
}

/** Fields of a post that decide its URL. */
export interface UrlFields {
  /** `:title` (slugFromFileName). */
  title: string;
  /** Front matter `permalink:` as written, or null. */
  permalink?: string | null;
  /** Site-zone day `YYYY-MM-DD` for `:year`, `:month`, `:day` in a permalink. */
  day?: string;
}

/** Permalink placeholders xiaoji fills in (the ones Chirpy sites use); others are left as written. */
export const PERMALINK_PLACEHOLDERS = [
  'title',
  'slug',
  'year',
  'month',
  'day',
  'i_month',
  'i_day',
  'short_year',
];

/** A post's site path, decoded (`/posts/Attention-Is-All-You-Need/`, `/posts/中文/`). */
export function postUrl({ title, permalink, day = '' }: UrlFields): string {
  if (!permalink) return withFolderSlash(sanitizeJekyllPath(`posts/${title}/`));
  const [year = '', month = '', date = ''] = day.split('-');
  const values: Record<string, string> = {
    title,
    slug: title,
    year,
    month,
    day: date,
    i_month: String(Number(month)),
    i_day: String(Number(date)),
    short_year: year.slice(2),
  };
  const path = permalink.replace(/:([a-z_]+)/g, (whole, key: string) => values[key] ?? whole);
  return withFolderSlash(sanitizeJekyllPath(path));
}

/**
 * A path without a file extension is a folder: it gets the trailing slash the site serves it with.
 * (Jekyll's sanitize_url can drop it: the title `x.` of `slug: x.` gives `/posts/x`.)
 */
function withFolderSlash(path: string): string {
  return path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`;
}

/** Key for matching another spelling of a site path: NFC, lowercased, decoded, one trailing slash. */
export function urlLookupKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed `%` stays as written
  }
  const clean = decoded.split(/[?#]/)[0] ?? '';
  return `${clean.normalize('NFC').toLowerCase().replace(/\/+$/, '')}/`;
}

/** Where knowledge notes live (`content/notes/`, served under `/notes/`). */
export const NOTES_DIR = 'notes';

/**
 * One folder or file name of a note path as a URL segment: the posts' pretty slug (case, Chinese,
 * digits and `._~!$&'()+,;=@` kept; spaces, `?`, `#`, `%`, `/` and full-width punctuation become
 * `-`), so a vault's names read as a migrated blog's do and never need escaping in a file name of
 * the build. A name with nothing to keep (`🎉`) becomes `_`; two such names collide, and the
 * content check names both files.
 */
export function noteSegment(name: string): string {
  return prettySlug(name.normalize('NFC')) || '_';
}

/** The folders of a note (`notes/学习/01 基础.md` -> `['学习']`), as written. */
export function noteFolders(sourcePath: string): string[] {
  const parts = sourcePath.split('/');
  if (parts[0] === NOTES_DIR) parts.shift();
  parts.pop();
  return parts;
}

/** The site path of a folder of notes, decoded: `['学习', 'Python 入门']` -> `/notes/学习/Python-入门/`. */
export function noteFolderUrl(folders: readonly string[]): string {
  return `/${[NOTES_DIR, ...folders.map(noteSegment)].join('/')}/`;
}

/**
 * A knowledge note's site path, decoded, from its path under the content folder:
 * `notes/学习/01 基础功能汇总.md` -> `/notes/学习/01-基础功能汇总/`.
 */
export function noteUrl(sourcePath: string): string {
  const base = sourcePath.split('/').pop() ?? '';
  return `${noteFolderUrl(noteFolders(sourcePath))}${noteSegment(base.replace(/\.md$/i, ''))}/`;
}

/** A note's title when its front matter gives none: the file name without `.md`, as Obsidian shows it. */
export function noteFileTitle(sourcePath: string): string {
  return (sourcePath.split('/').pop() ?? '').replace(/\.md$/i, '').normalize('NFC');
}
