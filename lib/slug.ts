/** Note slugs, made the way Jekyll's default `slugify` makes them, but keeping Chinese characters. */

const NOTE_EXTENSION = /\.(?:md|mdx|markdown)$/i;
const DATE_PREFIX = /^(\d{4}-\d{1,2}-\d{1,2})-/;
// Anything that is not a Unicode letter, combining mark or digit separates words.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** Slugifies a `slug:` override: NFC, lowercase, each run of non letters/marks/digits becomes one `-`, no `-` at the ends; may return ''. */
export function normalizeSlug(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a note file: base name without `.md`/`.mdx`/`.markdown` and `YYYY-MM-DD-`, slugified; falls back to the date, then `note`. */
export function slugFromFileName(sourcePath: string): string {
  const base = (sourcePath.split(/[\\/]/).pop() ?? '').replace(NOTE_EXTENSION, '');
  const date = DATE_PREFIX.exec(base);
  const slug = normalizeSlug(date ? base.slice(date[0].length) : base);
  return slug || date?.[1] || 'note';
}
