/**
 * remark plugin: links between notes. `[[…]]`, `![[…]]` and markdown links to `.md` files become
 * marker elements (`<xj-link>`, `<xj-embed>`) carrying the link as written; the page resolves them
 * against every note when it renders (lib/links/markers.ts), so a renamed or added note updates
 * every page that links to it without rendering those bodies again. In vault notes (`kind: 'note'`)
 * a `^block-id` ending a paragraph or list item becomes that block's id (`^block-id`).
 * The same walk lists the links with their line and sentence for the note's record.
 */
import { decodeHTML } from 'entities';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import {
  embedType,
  findBlockId,
  findWikilinks,
  parseNoteHref,
  sentenceAround,
  type WikilinkParts,
} from '../links/parse';
import type { NoteKind, WrittenLink } from '../types';

/** The marker elements' names: custom elements, so no other plugin takes them for links or images. */
export const LINK_MARKER = 'xj-link';
export const EMBED_MARKER = 'xj-embed';

export interface NoteLinksOptions {
  /** Block ids are read in vault notes only (Obsidian syntax a Chirpy post never meant). */
  kind?: NoteKind;
}

export interface CollectedLinks {
  links: WrittenLink[];
  blockIds: string[];
}

interface MarkerNode {
  type: 'noteLink';
  data: { hName: string; hProperties: Record<string, string> };
  children: PhrasingContent[];
}

// Where no link is looked for: code, math, raw HTML, and text already inside a link.
const OPAQUE = new Set([
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'html',
  'yaml',
  'definition',
  'noteLink',
]);
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** What Obsidian shows for a link without `|text`: `笔记 > 标题`, or the heading alone for `[[#标题]]`. */
export function defaultLinkText(parts: Pick<WikilinkParts, 'target' | 'heading' | 'block'>): string {
  const part = parts.heading ?? (parts.block === null ? null : `^${parts.block}`);
  if (part === null) return parts.target;
  return parts.target === '' ? part : `${parts.target} > ${part}`;
}

function markerProperties(
  kind: WrittenLink['kind'],
  parts: Omit<WikilinkParts, 'embed'>,
): Record<string, string> {
  const properties: Record<string, string> = { dataKind: kind, dataTarget: parts.target };
  if (parts.heading !== null) properties.dataHeading = parts.heading;
  if (parts.block !== null) properties.dataBlock = parts.block;
  if (parts.alias !== null) properties.dataAlias = parts.alias;
  return properties;
}

// Markdown's backslash escapes (ASCII punctuation), as the parser removed them from a text's value.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

function unescapeSource(text: string): string {
  return decodeHTML(text.replace(ESCAPE, '$1'));
}

/** Walks one note body, rewriting links into markers and listing them. */
class LinkWalk {
  readonly links: WrittenLink[] = [];
  readonly blockIds: string[] = [];
  /** The plain text of the block being read, and the links found in it with their spans. */
  private plain = '';
  private pending: { link: WrittenLink; start: number; end: number }[] = [];

  constructor(
    private readonly source: string,
    private readonly bodyLine: number,
    private readonly kind: NoteKind | undefined,
  ) {}

  walkFlow(parent: Parents): void {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i += 1) {
      const node = children[i];
      if (node === undefined || OPAQUE.has(node.type)) continue;
      if (PHRASING_BLOCKS.has(node.type) && 'children' in node) {
        this.readBlock(node as Parents);
        if (node.type === 'paragraph') {
          const removed = this.placeBlockId(node as Parents, parent, i);
          if (removed) {
            children.splice(i, 1);
            i -= 1;
            continue;
          }
          const embed = soleEmbed(node as Parents);
          if (embed) {
            embed.data.hProperties.dataDisplay = 'block';
            children[i] = embed as unknown as RootContent;
          }
        }
      } else if ('children' in node) this.walkFlow(node as Parents);
    }
  }

  /** Reads a paragraph, heading or table cell: its links, then their sentences. */
  private readBlock(block: Parents): void {
    this.plain = '';
    this.pending = [];
    this.walkPhrasing(block, this.lineOf(block));
    const blockId = this.kind === 'note' ? findBlockId(this.plain) : null;
    if (blockId) this.plain = this.plain.slice(0, blockId.start);
    for (const { link, start, end } of this.pending) link.context = sentenceAround(this.plain, start, end);
  }

  private lineOf(node: Nodes): number {
    return this.bodyLine + (node.position?.start.line ?? 1) - 1;
  }

  private note(link: Omit<WrittenLink, 'context'>, shown: string): void {
    const full: WrittenLink = { ...link, context: '' };
    this.links.push(full);
    const start = this.plain.length;
    this.plain += shown;
    this.pending.push({ link: full, start, end: this.plain.length });
  }

  private walkPhrasing(parent: Parents, line: number): void {
    const out: PhrasingContent[] = [];
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text') {
        out.push(...this.splitText(child, line));
        continue;
      }
      if (child.type === 'inlineCode' || child.type === 'inlineMath') this.plain += child.value;
      else if (child.type === 'link' || child.type === 'linkReference') {
        const brackets = this.bracketsOf(child);
        const linksBefore = this.links.length;
        const pendingBefore = this.pending.length;
        const opening = this.plain.length;
        this.walkPhrasing(child, this.lineOf(child));
        if (this.links.slice(linksBefore).some((link) => link.kind === 'wikilink')) {
          // A wikilink in a link's text wins and the outer link is text, as in Obsidian (and
          // CommonMark: a link holds no link): `[见 [[甲]]](url)` shows `[见 甲](url)`.
          const [open, close] = brackets;
          this.plain = `${this.plain.slice(0, opening)}${open}${this.plain.slice(opening)}${close}`;
          for (const found of this.pending.slice(pendingBefore)) {
            found.start += open.length;
            found.end += open.length;
          }
          out.push({ type: 'text', value: open }, ...child.children, { type: 'text', value: close });
          continue;
        }
        const href = child.type === 'link' ? parseNoteHref(child.url) : null;
        if (href) {
          const shown = this.plain.slice(opening);
          this.plain = this.plain.slice(0, opening);
          this.note({ kind: 'markdown', ...href, line: this.lineOf(child) }, shown);
          const marker: MarkerNode = {
            type: 'noteLink',
            data: { hName: LINK_MARKER, hProperties: markerProperties('markdown', { ...href, alias: null }) },
            children: child.children,
          };
          out.push(marker as unknown as PhrasingContent);
          continue;
        }
      } else if (!OPAQUE.has(child.type) && 'children' in child) this.walkPhrasing(child, this.lineOf(child));
      else if (child.type === 'break') this.plain += '\n';
      out.push(child);
    }
    parent.children = out as typeof parent.children;
  }

  /** A link's source around its text (`[` and `](url)`), read before its children change. */
  private bracketsOf(link: PhrasingContent & Parents): [string, string] {
    const start = link.position?.start.offset;
    const end = link.position?.end.offset;
    const first = link.children[0]?.position?.start.offset;
    const last = link.children.at(-1)?.position?.end.offset;
    if (start === undefined || end === undefined || first === undefined || last === undefined)
      return ['[', link.type === 'link' ? `](${link.url})` : ']'];
    return [this.source.slice(start, first), this.source.slice(last, end)];
  }

  /** A text node split around its wikilinks; read from the source so `\[[x]]` stays text. */
  private splitText(node: Text, blockLine: number): PhrasingContent[] {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const raw = start === undefined || end === undefined ? node.value : this.source.slice(start, end);
    if (!raw.includes('[[')) {
      this.plain += node.value;
      return [node];
    }
    const verbatim = raw === node.value;
    const plainText = (text: string) => (verbatim ? text : unescapeSource(text));
    const firstLine = node.position ? this.lineOf(node) : blockLine;
    const out: PhrasingContent[] = [];
    let at = 0;
    for (const found of findWikilinks(raw)) {
      if (found.start > at) {
        const value = plainText(raw.slice(at, found.start));
        out.push({ type: 'text', value });
        this.plain += value;
      }
      const line = firstLine + countNewlines(raw, found.start);
      const kind = found.embed ? 'embed' : 'wikilink';
      const shown = found.embed ? '' : (found.alias ?? defaultLinkText(found));
      this.note({ kind, target: found.target, heading: found.heading, block: found.block, line }, shown);
      const properties = markerProperties(kind, found);
      if (found.embed) properties.dataType = embedType(found.target);
      const marker: MarkerNode = {
        type: 'noteLink',
        data: { hName: found.embed ? EMBED_MARKER : LINK_MARKER, hProperties: properties },
        children: found.embed ? [] : [{ type: 'text', value: shown }],
      };
      out.push(marker as unknown as PhrasingContent);
      at = found.end;
    }
    if (at === 0) {
      this.plain += node.value;
      return [node];
    }
    if (at < raw.length) {
      const value = plainText(raw.slice(at));
      out.push({ type: 'text', value });
      this.plain += value;
    }
    return out;
  }

  /**
   * A `^id` ending the paragraph: removed from its text, the paragraph (or its list item) gets the id.
   * A paragraph of only `^id` names the block before it and is dropped (returns true).
   */
  private placeBlockId(paragraph: Parents, parent: Parents, index: number): boolean {
    if (this.kind !== 'note') return false;
    const last = paragraph.children.at(-1);
    if (last?.type !== 'text') return false;
    const found = findBlockId(last.value);
    if (!found) return false;
    const id = `^${found.id}`;
    last.value = last.value.slice(0, found.start);
    if (last.value === '') paragraph.children.pop();
    const alone = paragraph.children.every((c) => c.type === 'text' && c.value.trim() === '');
    const previous = parent.children[index - 1];
    const holder = alone && previous ? previous : parent.type === 'listItem' ? parent : paragraph;
    if (alone && !previous) return false;
    holder.data = { ...holder.data, hProperties: { ...holder.data?.hProperties, id } };
    this.blockIds.push(found.id);
    return alone;
  }
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** The note embed a paragraph holds and nothing else (whitespace aside): it is shown as a block. */
function soleEmbed(paragraph: Parents): MarkerNode | null {
  let embed: MarkerNode | null = null;
  for (const child of paragraph.children as unknown as (PhrasingContent | MarkerNode)[]) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'noteLink' || embed !== null) return null;
    const marker = child as MarkerNode;
    if (marker.data.hName !== EMBED_MARKER || marker.data.hProperties.dataType !== 'note') return null;
    embed = marker;
  }
  return embed;
}

/**
 * Rewrites the links of a parsed body (in place) into markers and returns them as written.
 * `source` is the text the tree was parsed from; `bodyLine` the file line the body starts on.
 * Running it again on a rewritten tree finds nothing new.
 */
export function rewriteNoteLinks(
  tree: Root,
  source: string,
  options: NoteLinksOptions & { bodyLine?: number } = {},
): CollectedLinks {
  const walk = new LinkWalk(source, options.bodyLine ?? 1, options.kind);
  walk.walkFlow(tree);
  return { links: walk.links, blockIds: walk.blockIds };
}

/** The plugin for the pipeline (lib/markdown/pipeline.ts), `.md` bodies only. */
export function remarkNoteLinks(options: NoteLinksOptions = {}) {
  return (tree: Root, file: VFile): void => {
    rewriteNoteLinks(tree, String(file.value), options);
  };
}
