/** Turns one note file into the NoteRecord every page reads: computed once, at content-build time. */
import { dayInZone } from './dates';
import { parseFrontMatter } from './front-matter';
import { excerptFromTree } from './markdown/excerpt';
import { prepareNoteBody } from './markdown/prepare';
import { parseForToc, type TocOptions, tocFromTree } from './markdown/toc';
import { findLimitProblem } from './note-limits';
import { slugFromFileName } from './slug';
import { countWordsByScript, readingMinutes } from './text-stats';
import type { NoteRecord } from './types';

export interface NoteRecordOptions {
  /** The content folder as written in problems, e.g. `content`. */
  contentDir: string;
  timeZone: string;
  tocMaxDepth: number;
  /** Posts need a date (front matter or file name); standalone pages do not. */
  requireDate?: boolean;
}

/** Builds a note's record; never throws: a broken note gets `meta: null` and its problems. */
export function buildNoteRecord(sourcePath: string, text: string, options: NoteRecordOptions): NoteRecord {
  const format = sourcePath.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const file = `${options.contentDir}/${sourcePath}`;
  const parsed = parseFrontMatter(text, file, {
    timeZone: options.timeZone,
    requireDate: options.requireDate,
  });
  const slug = parsed.meta?.slug || slugFromFileName(sourcePath);
  // A note past the size or nesting limits is not parsed any further: that is what would hang.
  const limit = findLimitProblem(Buffer.byteLength(text), parsed.body);
  if (limit) {
    return {
      sourcePath,
      format,
      slug: slug,
      url: `/posts/${slug}`,
      meta: null,
      day: '',
      wordCount: 0,
      readingMinutes: 0,
      toc: [],
      excerpt: '',
      problems: [
        ...parsed.problems,
        {
          file,
          line: limit.bodyLine < 0 ? 0 : parsed.bodyLine + limit.bodyLine,
          field: limit.field,
          message: limit.message,
          severity: 'error',
        },
      ],
    };
  }
  const { meta } = parsed;
  // The same text passes the renderer runs (components/note-body.tsx), so TOC, excerpt and counts match the page.
  const prepared = prepareNoteBody(parsed.body, {
    format,
    renderWithLiquid: meta?.renderWithLiquid,
    math: meta?.math,
    mediaSubpath: meta?.mediaSubpath,
    file,
    bodyLine: parsed.bodyLine,
  });
  const body = prepared.text;
  const problems = [...parsed.problems, ...prepared.problems];
  const counts = countWordsByScript(body);
  // One parse for both: the excerpt reads the tree before the TOC's transforms change it.
  const description = meta?.description?.trim() ?? '';
  const tocOptions: TocOptions = { format, maxDepth: options.tocMaxDepth, math: meta?.math };
  const wantToc = meta?.toc !== false;
  const tree = wantToc || description === '' ? parseForToc(body, tocOptions) : null;
  const excerpt = description || (tree ? excerptFromTree(tree) : '');
  const toc = wantToc && tree ? tocFromTree(tree, body, tocOptions) : [];
  return {
    sourcePath,
    format,
    slug,
    url: `/posts/${slug}`,
    meta,
    day: meta?.date ? dayInZone(meta.date, options.timeZone) : '',
    wordCount: counts.cjk + counts.latin,
    readingMinutes: readingMinutes(counts),
    toc,
    excerpt,
    problems,
  };
}
