/**
 * A note's search data made by the content build, in its worker threads: sections and terms cost
 * CPU per note, and static generation builds the index in one process, so it is done in parallel. Stored beside the
 * rendered body (lib/page-body.ts), named by the record's `search` field; read by site-index.ts.
 */
import type { Root as MdastRoot } from 'mdast';
import type { BodyKind, NoteFormat } from '../markdown/pipeline';
import { readRenderedFile, storeRenderedFile } from '../page-body';
import type { NoteMeta } from '../types';
import { type PreparedSearch, prepareSearch } from './build-index';
import { SEARCH_FIELDS, SEARCH_INDEX_VERSION } from './schema';
import { sectionsFromMarkdownTree, splitSections } from './sections';

const EXTENSION = 'search.json';

/**
 * The search data of a note: from `parsed` (a copy of the renderer's parse of `body`) where that is
 * the parse splitSections would make, else from a parse of its own. The renderer reads math syntax
 * in notes with `math: true`, which search does not (their `$…$` stays text, as in dev), so those
 * are parsed again.
 */
export function prepareNoteSearch(
  format: NoteFormat,
  meta: Pick<NoteMeta, 'title' | 'tags' | 'categories' | 'series' | 'math'>,
  body: string,
  parsed: MdastRoot | null,
  locale: string,
  kind: BodyKind = 'post',
): PreparedSearch {
  const sections =
    parsed && format === 'md' && !meta.math
      ? sectionsFromMarkdownTree(parsed, format, kind)
      : splitSections(body, format, kind);
  return prepareSearch(meta, sections, locale);
}

/** Stores the search data and returns its file name. */
export function storePreparedSearch(prepared: PreparedSearch): string {
  return storeRenderedFile(JSON.stringify(prepared), EXTENSION);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The stored search data, or null when the file is gone, of another version or malformed: the caller
 * then makes it again from the body (a kept Contentlayer cache can outlive `.contentlayer/rendered`).
 */
export function readPreparedSearch(file: string): PreparedSearch | null {
  if (!file.endsWith(`.${EXTENSION}`)) return null;
  const text = readRenderedFile(file);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Partial<Record<keyof PreparedSearch, unknown>>;
  const terms = data.terms as Partial<Record<string, unknown>> | undefined;
  const valid =
    data.version === SEARCH_INDEX_VERSION &&
    typeof data.locale === 'string' &&
    Array.isArray(data.sections) &&
    data.sections.every((section) => isStringList(section) && section.length === 3) &&
    typeof terms === 'object' &&
    terms !== null &&
    SEARCH_FIELDS.every((field) => isStringList(terms[field]));
  return valid ? (value as PreparedSearch) : null;
}
