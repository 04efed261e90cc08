/**
 * Reading links as written: Obsidian's `[[…]]` and `![[…]]` inside a line of markdown source, and
 * markdown links whose target is a note file (`[t](other%20note.md#节)`). Pure string work; the
 * remark plugin (lib/markdown/note-links.ts) decides where in the tree these are looked for.
 */

/** One `[[…]]` or `![[…]]` split into its parts, as Obsidian reads them. */
export interface WikilinkParts {
  embed: boolean;
  /** The note or file named, without `#…` (may be '' for `[[#标题]]`, a link into the same note). */
  target: string;
  heading: string | null;
  /** A `#^block-id` part, without `^`. */
  block: string | null;
  /** Text after `|`: shown text for a link, a size (`300`, `300x200`) or caption for an embed. */
  alias: string | null;
}

/** One wikilink found in a string, with its position (`end` exclusive). */
export interface FoundWikilink extends WikilinkParts {
  start: number;
  end: number;
}

// `[[` … `]]` on one line, with no bracket inside (Obsidian's own reading), optionally after `!`.
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

/** Splits the text inside `[[…]]`: `target#heading|alias`, `target#^block`; `\|` (tables) is `|`. */
export function parseWikilinkInner(inner: string, embed: boolean): WikilinkParts {
  const text = inner.replace(/\\\|/g, '|');
  const bar = text.indexOf('|');
  const alias = bar < 0 ? null : text.slice(bar + 1).trim();
  const link = (bar < 0 ? text : text.slice(0, bar)).trim();
  const hash = link.indexOf('#');
  const target = (hash < 0 ? link : link.slice(0, hash)).trim();
  let heading: string | null = null;
  let block: string | null = null;
  if (hash >= 0) {
    // `[[笔记#一级#二级]]` names a heading under another: the last one is where the link goes.
    const parts = link
      .slice(hash + 1)
      .split('#')
      .map((part) => part.trim())
      .filter(Boolean);
    const last = parts.at(-1) ?? '';
    if (last.startsWith('^')) block = last.slice(1) || null;
    else heading = last || null;
  }
  return { embed, target, heading, block, alias: alias === '' ? null : alias };
}

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function isEscaped(source: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && source[i] === '\\'; i -= 1) count += 1;
  return count % 2 === 1;
}

/**
 * Every `[[…]]` / `![[…]]` in `source`, in order. `\[[x]]` is no link (kept as text); `\![[x]]` is
 * a link after a literal `!`.
 */
export function findWikilinks(source: string): FoundWikilink[] {
  const found: FoundWikilink[] = [];
  if (!source.includes('[[')) return found;
  for (const match of source.matchAll(WIKILINK)) {
    let start = match.index;
    let embed = match[1] === '!';
    if (embed && isEscaped(source, start)) {
      embed = false;
      start += 1;
    }
    const bracket = embed ? start + 1 : start;
    if (isEscaped(source, bracket)) continue;
    const parts = parseWikilinkInner(match[2] ?? '', embed);
    if (parts.target === '' && parts.heading === null && parts.block === null) continue;
    found.push({ ...parts, start, end: match.index + match[0].length });
  }
  return found;
}

/** A markdown link's target when it names a note file: the path as written (decoded) and its `#part`. */
export interface NoteHref {
  target: string;
  heading: string | null;
  block: string | null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `other%20note.md`, `../文件夹/笔记.md#标题`, `笔记.md#^块`: a relative (or site-absolute) path ending
 * in `.md`; null for anything else (URLs with a scheme, `//host`, bare `#fragments`, other files).
 */
export function parseNoteHref(href: string): NoteHref | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const hash = href.indexOf('#');
  const path = decode((hash < 0 ? href : href.slice(0, hash)).split('?')[0] ?? '');
  if (!/\.md$/i.test(path)) return null;
  const fragment = hash < 0 ? '' : decode(href.slice(hash + 1)).trim();
  if (fragment.startsWith('^')) return { target: path, heading: null, block: fragment.slice(1) || null };
  return { target: path, heading: fragment || null, block: null };
}

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|apng)$/i;
const AUDIO = /\.(?:mp3|wav|m4a|ogg|flac|3gp)$/i;
const VIDEO = /\.(?:mp4|webm|ogv|mov|mkv)$/i;

/** What an embed shows, from its target's extension: a note has none (or `.md`). */
export type EmbedType = 'note' | 'image' | 'pdf' | 'audio' | 'video' | 'file';

export function embedType(target: string): EmbedType {
  if (IMAGE.test(target)) return 'image';
  if (/\.pdf$/i.test(target)) return 'pdf';
  if (AUDIO.test(target)) return 'audio';
  if (VIDEO.test(target)) return 'video';
  const extension = /\.([^./]+)$/.exec(target)?.[1];
  // A note's name may hold a dot (`v1.2 发布说明`): only a short letters-only suffix is an extension.
  return extension === undefined || /^md$/i.test(extension) || !/^[a-z\d]{1,5}$/i.test(extension)
    ? 'note'
    : 'file';
}

/** `300` or `300x200` after `|` in an image embed: Obsidian's size; null when the alias is text. */
export function embedSize(alias: string | null): { width: number; height: number | null } | null {
  const match = alias === null ? null : /^(\d{1,5})(?:x(\d{1,5}))?$/.exec(alias.trim());
  if (!match) return null;
  return { width: Number(match[1]), height: match[2] === undefined ? null : Number(match[2]) };
}

// `^block-id` closing a paragraph or list item: letters, digits and `-` (Obsidian's own set).
const BLOCK_ID = /(?:^|\s+)\^([A-Za-z\d-]+)[ \t]*$/;

/** The `^id` ending a block's text, with where it (and the space before it) starts; null when none. */
export function findBlockId(text: string): { id: string; start: number } | null {
  const match = BLOCK_ID.exec(text);
  return match?.[1] === undefined ? null : { id: match[1], start: match.index };
}

// Where a sentence ends, in Chinese and in Latin text.
const SENTENCE_END = /[。！？!?；;…]|\.(?=\s|$)|\n/u;

/**
 * The sentence of `text` around the span `[start, end)`, whitespace collapsed and cut to about
 * `max` characters around the span.
 */
export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  if (end - start >= max) {
    from = start;
    to = end;
  } else if (to - from > max) {
    const room = max - (end - start);
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + max);
  }
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 && !SENTENCE_END.test(text[from - 1] ?? '') ? '…' : ''}${sentence}`;
}
