/** Turns one note file into the NoteRecord every page reads: computed once, at content-build time. */
import type { Root as MdastRoot } from 'mdast';
import { dayInZone } from './dates';
import { parseFrontMatter } from './front-matter';
import { excerptFromTree } from './markdown/excerpt';
import { findInlineTags } from './markdown/inline-tags';
import { rewriteNoteLinks } from './markdown/note-links';
import { prepareNoteBody } from './markdown/prepare';
import type { RenderTaps } from './markdown/render-html';
import { parseForToc, type TocOptions, tocFromHast, tocFromTree } from './markdown/toc';
import { findLimitProblem } from './note-limits';
import { attachmentFolderUrl } from './notes/attachments';
import { defaultsFor } from './settings/front-matter-defaults';
import type { FrontMatterDefault } from './settings/site-settings';
import {
  NOTES_DIR,
  noteFileTitle,
  noteFolders,
  noteSegment,
  noteUrl,
  postUrl,
  slugFromFileName,
} from './slug';
import { countWordsByScript, readingMinutes } from './text-stats';
import type { HeadingAnchor, NoteKind, NoteMeta, NoteRecord, PrerenderedBody, TocEntry } from './types';

export interface NoteRecordOptions {
  /** The content folder as written in problems, e.g. `content`. */
  contentDir: string;
  timeZone: string;
  tocMaxDepth: number;
  /** Posts need a date (front matter or file name); standalone pages do not. */
  requireDate?: boolean;
  /** Front-matter defaults (site settings); the ones scoping this note fill the keys it leaves out. */
  defaults?: readonly FrontMatterDefault[];
}

/**
 * What a file under the content folder is, by its top folder: `notes/` holds knowledge notes (an
 * Obsidian vault), `pages/` standalone pages, everything else blog posts.
 */
export function contentKind(sourcePath: string): NoteRecord['kind'] {
  if (sourcePath.startsWith(`${NOTES_DIR}/`)) return 'note';
  return sourcePath.startsWith('pages/') ? 'page' : 'post';
}

/** What the record builder knows before it reads the markdown tree. */
interface RecordStart {
  /** The record, complete but for `toc` and `excerpt`. */
  record: NoteRecord;
  /** The body after the text passes (what the page renders). */
  body: string;
  tocOptions: TocOptions;
  wantToc: boolean;
  description: string;
  /** Where the note comes from: decides which Obsidian syntax is read. */
  kind: NoteKind;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** Front matter, limits, text passes and counts: everything but the markdown tree's parts. */
function startRecord(sourcePath: string, text: string, options: NoteRecordOptions): RecordStart | NoteRecord {
  const format = sourcePath.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const file = `${options.contentDir}/${sourcePath}`;
  const kind = contentKind(sourcePath);
  const parsed = parseFrontMatter(text, file, {
    timeZone: options.timeZone,
    // A knowledge note is undated unless its front matter says otherwise.
    requireDate: kind === 'note' ? false : options.requireDate,
    defaults: options.defaults ? defaultsFor(sourcePath, options.defaults) : undefined,
    kind,
    fallbackTitle: kind === 'note' ? noteFileTitle(sourcePath) : undefined,
  });
  // Relative media paths in a note (`![](attachments/a.png)`) resolve against its folder's
  // attachments (lib/notes/attachments.ts), unless it sets `media_subpath:` itself.
  if (kind === 'note' && parsed.meta && parsed.meta.mediaSubpath === null)
    parsed.meta.mediaSubpath = attachmentFolderUrl(noteFolders(sourcePath));
  // A note's URL is its path in the vault (`slug:` and `permalink:` are the blog's).
  const slug =
    kind === 'note'
      ? noteSegment(noteFileTitle(sourcePath))
      : slugFromFileName(sourcePath, parsed.meta?.slug);
  const url =
    kind === 'note'
      ? noteUrl(sourcePath)
      : postUrl({
          title: slug,
          permalink: parsed.meta?.permalink,
          day: parsed.meta?.date ? dayInZone(parsed.meta.date, options.timeZone) : '',
        });
  // A note past the size or nesting limits is not parsed any further: that is what would hang.
  const limit = findLimitProblem(Buffer.byteLength(text), parsed.body);
  if (limit) {
    return {
      sourcePath,
      kind,
      format,
      slug,
      url,
      meta: null,
      day: '',
      wordCount: 0,
      readingMinutes: 0,
      toc: [],
      excerpt: '',
      links: [],
      blockIds: [],
      headings: [],
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
  // The same text passes the renderer runs (lib/page-body.ts), so TOC, excerpt and counts match the page.
  const prepared = prepareNoteBody(parsed.body, {
    format,
    kind,
    renderWithLiquid: meta?.renderWithLiquid,
    math: meta?.math,
    mediaSubpath: meta?.mediaSubpath,
    file,
    bodyLine: parsed.bodyLine,
  });
  const body = prepared.text;
  const counts = countWordsByScript(body);
  return {
    record: {
      sourcePath,
      kind,
      format,
      slug,
      url,
      meta,
      day: meta?.date ? dayInZone(meta.date, options.timeZone) : '',
      wordCount: counts.cjk + counts.latin,
      readingMinutes: readingMinutes(counts),
      toc: [],
      excerpt: '',
      links: [],
      blockIds: [],
      headings: [],
      problems: [...parsed.problems, ...prepared.problems],
    },
    body,
    tocOptions: { format, maxDepth: options.tocMaxDepth, math: meta?.math, kind },
    wantToc: meta?.toc !== false,
    description: meta?.description?.trim() ?? '',
    kind,
    bodyLine: parsed.bodyLine,
  };
}

/** Every heading level a link may name (`[[note#heading]]`), not only the TOC's. */
const ALL_HEADINGS = 6;

/** A note's excerpt from its parsed body: Obsidian's `==` markers are markup in a note. */
function excerptOf(record: NoteRecord, tree: MdastRoot, body: string): string {
  return excerptFromTree(tree, undefined, { highlights: record.kind === 'note', source: body });
}

/** A knowledge note's inline `#tags` (lib/markdown/inline-tags.ts), read from its parsed body. */
function inlineTagsOf(record: NoteRecord, tree: MdastRoot): string[] {
  return record.kind === 'note' ? findInlineTags(tree) : [];
}

/** Inline tags join the front-matter ones, after them, each tag once (case-insensitive). */
function addInlineTags(record: NoteRecord, inline: readonly string[]): void {
  const tags = record.meta?.tags;
  if (!tags) return;
  const known = new Set(tags.map((tag) => tag.toLowerCase()));
  for (const tag of inline) {
    if (!known.has(tag.toLowerCase())) tags.push(tag);
    known.add(tag.toLowerCase());
  }
}

/** The links and block ids of a parsed body (the tree is rewritten: read the excerpt first). */
function addLinks(record: NoteRecord, tree: MdastRoot | null, start: RecordStart): void {
  // `.mdx` bodies are MDX's own format: their brackets are not read as links (docs/publishing-a-vault.md).
  const found =
    tree && record.format === 'md'
      ? rewriteNoteLinks(tree, start.body, { kind: start.kind, bodyLine: start.bodyLine })
      : null;
  record.links = found?.links ?? [];
  record.blockIds = found?.blockIds ?? [];
}

/** The TOC, excerpt, inline tags, links and headings from a parse of their own. */
function finishRecord(start: RecordStart): NoteRecord {
  const { record, body, tocOptions, wantToc, description } = start;
  // One parse for all: excerpt and tags read the tree before the links' and TOC's transforms change it.
  const tree = parseForToc(body, tocOptions);
  if (tree) addInlineTags(record, inlineTagsOf(record, tree));
  record.excerpt = description || (tree ? excerptOf(record, tree, body) : '');
  addLinks(record, tree, start);
  const headings: HeadingAnchor[] = tree
    ? tocFromTree(tree, body, { ...tocOptions, maxDepth: ALL_HEADINGS })
    : [];
  record.headings = headings;
  record.toc = wantToc ? headings.filter((h) => h.depth <= tocOptions.maxDepth) : [];
  return record;
}

/** Builds a note's record; never throws: a broken note gets `meta: null` and its problems. */
export function buildNoteRecord(sourcePath: string, text: string, options: NoteRecordOptions): NoteRecord {
  const start = startRecord(sourcePath, text, options);
  return 'body' in start ? finishRecord(start) : start;
}

/** Renders a prepared body for its page, calling the taps on the way (lib/markdown/render-html.ts). */
export type BodyRenderer = (
  body: string,
  meta: NoteMeta & { kind: NoteRecord['kind'] },
  taps: RenderTaps,
  pageUrl: string,
) => Promise<{ html: string; report: PrerenderedBody['report'] }>;

/** Keeps a rendered body somewhere and returns the name to find it by (lib/page-body.ts). */
export type BodyStore = (html: string) => string;

/**
 * What else the content build adds to the record of a note without errors (its search data), from
 * the finished record, its `meta`, the body after the text passes and a copy of the markdown tree the
 * renderer parsed (null when the body was not rendered here: `.mdx`, or a body the renderer failed
 * on). Must not throw.
 */
export type RecordFinisher = (
  record: Readonly<NoteRecord>,
  meta: NoteMeta,
  body: string,
  parsed: MdastRoot | null,
) => Pick<NoteRecord, 'search'>;

/**
 * The record of a `.md` note plus its page body, from one parse: the excerpt and the TOC are read
 * from the renderer's own trees (render-html.test.ts checks they equal `buildNoteRecord`'s). Notes
 * with errors and `.mdx` notes get `buildNoteRecord`'s record and no body. A body that fails to
 * render is left for its page (whose build then fails naming it); its record is built as usual.
 * `finish` adds to the record of every note without errors (lib/search/prepared.test.ts checks that its
 * copy of the parse is the one search would make).
 */
export async function buildRenderedNoteRecord(
  sourcePath: string,
  text: string,
  options: NoteRecordOptions,
  pageUrl: (record: NoteRecord) => string,
  render: BodyRenderer,
  store: BodyStore,
  finish?: RecordFinisher,
): Promise<NoteRecord> {
  const start = startRecord(sourcePath, text, options);
  if (!('body' in start)) return start;
  const { record, body, tocOptions, wantToc, description } = start;
  const meta = record.meta;
  if (!meta || record.problems.some((p) => p.severity === 'error')) return finishRecord(start);
  const unrendered = (): NoteRecord => {
    const done = finishRecord(start);
    return finish ? Object.assign(done, finish(done, meta, body, null)) : done;
  };
  if (record.format !== 'md') return unrendered();
  let excerpt = '';
  let toc: TocEntry[] = [];
  let headings: HeadingAnchor[] = [];
  let tags: string[] = [];
  let parsed: MdastRoot | null = null;
  try {
    const url = pageUrl(record);
    const { html, report } = await render(
      body,
      { ...meta, kind: record.kind },
      {
        markdown: (tree) => {
          // Copied before any plugin changes it.
          if (finish) parsed = structuredClone(tree);
          if (description === '') excerpt = excerptOf(record, tree, body);
          tags = inlineTagsOf(record, tree);
          // After the excerpt and tags: this rewrites the links into the markers the renderer goes on with.
          addLinks(record, tree, start);
        },
        headings: (tree) => {
          headings = tocFromHast(tree, ALL_HEADINGS);
          if (wantToc) toc = headings.filter((h) => h.depth <= tocOptions.maxDepth);
        },
      },
      url,
    );
    record.rendered = { pageUrl: url, file: store(html), report };
  } catch {
    // The taps only set the locals above: the record is as `startRecord` left it.
    return unrendered();
  }
  record.excerpt = description || excerpt;
  record.toc = toc;
  record.headings = headings;
  addInlineTags(record, tags);
  return finish ? Object.assign(record, finish(record, meta, body, parsed)) : record;
}
