/** Turns one note file into the NoteRecord every page reads: computed once, at content-build time. */
import { dayInZone } from './dates';
import { parseFrontMatter } from './front-matter';
import { extractExcerpt } from './markdown/excerpt';
import { extractToc } from './markdown/toc';
import { slugFromFileName } from './slug';
import { countWordsByScript, readingMinutes } from './text-stats';
import type { NoteRecord } from './types';

export interface NoteRecordOptions {
  /** The content folder as written in problems, e.g. `content`. */
  contentDir: string;
  timeZone: string;
  tocMaxDepth: number;
}

/** Builds a note's record; never throws: a broken note gets `meta: null` and its problems. */
export function buildNoteRecord(sourcePath: string, text: string, options: NoteRecordOptions): NoteRecord {
  const format = sourcePath.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const { meta, problems, body } = parseFrontMatter(text, `${options.contentDir}/${sourcePath}`, {
    timeZone: options.timeZone,
  });
  const slug = meta?.slug || slugFromFileName(sourcePath);
  const counts = countWordsByScript(body);
  return {
    sourcePath,
    format,
    slug,
    url: `/posts/${slug}`,
    meta,
    day: meta ? dayInZone(meta.date, options.timeZone) : '',
    wordCount: counts.cjk + counts.latin,
    readingMinutes: readingMinutes(counts),
    toc: meta?.toc === false ? [] : extractToc(body, { format, maxDepth: options.tocMaxDepth }),
    excerpt: meta?.description?.trim() || extractExcerpt(body),
    problems,
  };
}
