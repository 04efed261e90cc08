/**
 * What `npm run check:content` says about links between notes: every link that matches no note,
 * several notes, or no heading or block, and every embed of a missing file, as warnings naming file
 * and line, resolved as the site resolves them (lib/links/graph.ts).
 * The checker reads the files itself and must stay fast, so links are found by a scan of the text
 * with code blanked (not the renderer's parse), and a target's headings are read only when a link
 * names one.
 */

import { lineIndexAt, lineStarts } from '../line-index';
import { blankCode } from '../markdown/outside-code';
import { prepareNoteBody } from '../markdown/prepare';
import { extractToc } from '../markdown/toc';
import type { ContentProblem, NoteKind, NoteMeta, WrittenLink } from '../types';
import { listVaultAttachments } from './attachments';
import { buildLinkState, type LinkedRecord } from './graph';
import { findBlockId, findWikilinks, parseNoteHref } from './parse';
import type { LinkTarget } from './resolve';

/** One note as the checker read it. */
export interface LinkCheckNote {
  /** Relative to the content folder: `notes/链接/甲.md`. */
  sourcePath: string;
  kind: NoteKind;
  url: string;
  meta: NoteMeta;
  /** The body after the front matter, and the file line it starts on. */
  body: string;
  bodyLine: number;
}

// `[text](target)` with a target ending in `.md` (and maybe `#part`); `<…>` targets too.
const MARKDOWN_LINK = /\]\(\s*<?([^()\s<>]+\.md(?:#[^()\s<>]*)?)>?(?:\s+"[^"]*")?\s*\)/gi;

/** Where the text of a link whose `]` is at `close` starts (its `[`), brackets balanced; -1 if none. */
function findLinkTextStart(text: string, close: number): number {
  let depth = 0;
  for (let i = close - 1; i >= 0; i -= 1) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return -1; // a link's text never crosses a blank line
    if (c === ']') depth += 1;
    else if (c === '[' && depth-- === 0) return i;
  }
  return -1;
}

/** The links a body writes, found in its text with code blanked (no sentences: the checker needs none). */
export function scanWrittenLinks(body: string, bodyLine: number): WrittenLink[] {
  if (!body.includes('[[') && !/\.md\b/i.test(body)) return [];
  const text = blankCode(body);
  const starts = lineStarts(text);
  const found: { at: number; link: WrittenLink }[] = [];
  const line = (at: number) => bodyLine + lineIndexAt(starts, at);
  const wikilinks = findWikilinks(text);
  for (const link of wikilinks) {
    const kind = link.embed ? 'embed' : 'wikilink';
    found.push({
      at: link.start,
      link: {
        kind,
        target: link.target,
        heading: link.heading,
        block: link.block,
        line: line(link.start),
        context: '',
      },
    });
  }
  for (const match of text.matchAll(MARKDOWN_LINK)) {
    const href = parseNoteHref(match[1] ?? '');
    // A wikilink in the link's text wins and the link is text (lib/markdown/note-links.ts).
    const open = findLinkTextStart(text, match.index);
    if (wikilinks.some((w) => !w.embed && w.start >= open && w.end <= match.index)) continue;
    if (href)
      found.push({
        at: match.index,
        link: { kind: 'markdown', ...href, line: line(match.index), context: '' },
      });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.link);
}

/** `^block-id`s ending a line of a vault note (code blanked). */
function scanBlockIds(body: string): string[] {
  if (!body.includes('^')) return [];
  return blankCode(body)
    .split('\n')
    .flatMap((line) => {
      const found = findBlockId(line);
      return found ? [found.id] : [];
    });
}

/** A note as a target; its headings and block ids are read the first time a link asks. */
function lazyTarget(note: LinkCheckNote): LinkTarget {
  let headings: LinkTarget['headings'] | null = null;
  let blockIds: string[] | null = null;
  return {
    url: note.url,
    sourcePath: note.sourcePath,
    kind: note.kind,
    title: note.meta.title,
    aliases: note.meta.aliases,
    get headings() {
      if (headings) return headings;
      // After the same text passes as the page (Liquid, kramdown, math), so the ids agree.
      const { meta } = note;
      const text = prepareNoteBody(note.body, {
        format: 'md',
        renderWithLiquid: meta.renderWithLiquid,
        math: meta.math,
        mediaSubpath: meta.mediaSubpath,
      }).text;
      headings = extractToc(text, { format: 'md', maxDepth: 6, math: meta.math });
      return headings;
    },
    get blockIds() {
      blockIds ??= note.kind === 'note' ? scanBlockIds(note.body) : [];
      return blockIds;
    },
  };
}

/** Link warnings for these notes (posts and vault notes under `contentDir`). */
export function checkLinks(notes: readonly LinkCheckNote[], contentDir: string): ContentProblem[] {
  const records: LinkedRecord[] = notes.map((note) => ({
    target: lazyTarget(note),
    // `.mdx` bodies read no wikilinks (lib/note-record.ts).
    links: note.sourcePath.endsWith('.md') ? scanWrittenLinks(note.body, note.bodyLine) : [],
    tags: note.meta.tags,
    categories: note.meta.categories,
    date: note.meta.date,
  }));
  return buildLinkState(records, listVaultAttachments(contentDir), contentDir).problems;
}
