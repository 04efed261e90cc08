/**
 * remark plugin: kramdown's `markdown` attribute on HTML blocks (`<div class="box-info" markdown="1">`,
 * `<details markdown="1">`). kramdown parses the content of such a block as markdown; CommonMark keeps
 * it as raw HTML up to the next blank line, so `**`, lists and `{: .filepath}` showed as text. The block
 * becomes a real element node whose children are parsed by this same processor (GFM, math, attribute
 * lists, heading ids and TOC all apply inside), nested blocks included; the `markdown` attribute is
 * dropped from every tag. Values, as kramdown reads them: `"0"` raw, `"block"`, `"span"`, and `"1"` the
 * element's own content model (block for `div`, `details`, …; span for `p`, `summary`, …; raw for `pre`).
 * Only blocks that open at the start of a top-level line are parsed (not inside lists or quotes).
 */
import { decodeHTML } from 'entities';
import type { Properties } from 'hast';
import { h } from 'hastscript';
import type { Html, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { lineIndexAt, lineStarts } from '../line-index';

/** An HTML element whose content was parsed as markdown; remark-rehype makes it `data.hName`. */
export interface KramdownHtmlElement extends Parent {
  type: 'kramdownHtml';
  children: RootContent[];
  data: { hName: string; hProperties: Properties };
}

declare module 'mdast' {
  interface RootContentMap {
    kramdownHtml: KramdownHtmlElement;
  }
}

type ContentModel = 'raw' | 'block' | 'span';

// kramdown's content models (Kramdown::Parser::Html): elements read as blocks, as raw text; others are span.
const BLOCK_ELEMENTS = new Set(
  `address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form
  header hgroup iframe li main map menu nav noscript object section td`.split(/\s+/),
);
const RAW_ELEMENTS = new Set('script style math option textarea pre code kbd samp var'.split(' '));
// CommonMark's HTML block start names (type 6): one of these on a line of its own, opened and closed,
// is a whole element to kramdown, so the markdown on the next line must not be swallowed into it.
const BLOCK_TAGS = new Set(
  `address article aside base basefont blockquote body caption center col colgroup dd details dialog dir
  div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html
  iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary
  table tbody td tfoot th thead title tr track ul`.split(/\s+/),
);

const MARKDOWN_ATTRIBUTE = /\smarkdown\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const MARKDOWN_ATTRIBUTES = new RegExp(MARKDOWN_ATTRIBUTE.source, 'gi');
// An opening tag at the start of a line (up to three spaces in, as CommonMark allows).
const OPENING_TAG =
  /^ {0,3}<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ONE_LINE_ELEMENT = /^ {0,3}<([A-Za-z][\w-]*)\b[^>]*>.*<\/\1\s*>[ \t]*$/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The content model a `markdown` attribute value asks for on `tag`; null for values kramdown ignores. */
export function contentModel(tag: string, value: string): ContentModel | null {
  if (value === '0') return 'raw';
  if (value === 'block' || value === 'span') return value;
  if (value !== '1') return null;
  const name = tag.toLowerCase();
  if (RAW_ELEMENTS.has(name)) return 'raw';
  return BLOCK_ELEMENTS.has(name) ? 'block' : 'span';
}

/** Removes `markdown="…"` from every tag of raw HTML (kramdown never outputs it). */
export function dropMarkdownAttributes(html: string): string {
  return html.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(MARKDOWN_ATTRIBUTES, ''));
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === 'markdown' || name in attributes) continue;
    attributes[name] = decodeHTML(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Start and end of every fenced code block in `text` from `from` on (a tag in code is not a tag). */
function fencedCode(text: string, from: number): [number, number][] {
  const ranges: [number, number][] = [];
  let fence: string | null = null;
  let fenceStart = 0;
  for (let at = from; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next + 1;
    const line = text.slice(at, lineEnd).replace(/\r?\n$/, '');
    const mark = FENCE.exec(line)?.[1];
    if (fence === null && mark) {
      fence = mark;
      fenceStart = at;
    } else if (
      fence !== null &&
      mark &&
      mark[0] === fence[0] &&
      mark.length >= fence.length &&
      line.trim() === mark
    ) {
      ranges.push([fenceStart, lineEnd]);
      fence = null;
    }
    at = lineEnd;
  }
  if (fence !== null) ranges.push([fenceStart, text.length]);
  return ranges;
}

/** The `</tag>` that closes the element opened before `from` (same-name tags nest, code is skipped), or null. */
function findClosingTag(text: string, tag: string, from: number): { start: number; end: number } | null {
  const code = fencedCode(text, from);
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    if (code.some(([start, end]) => at >= start && at < end)) continue;
    if (match[1]) depth -= 1;
    else if (!match[0].endsWith('/>')) depth += 1;
    if (depth === 0) return { start: at, end: at + match[0].length };
  }
  return null;
}

interface Context {
  parse: (text: string) => Root;
  /** The whole document, for line and column of shifted positions. */
  source: string;
  lineStarts: number[];
}

function pointAt(context: Context, offset: number) {
  const line = lineIndexAt(context.lineStarts, offset);
  return { line: line + 1, column: offset - (context.lineStarts[line] ?? 0) + 1, offset };
}

/** Moves positions of nodes parsed from a slice to where the slice sits in the document. */
function shiftPositions(node: Nodes, base: number, context: Context): void {
  if (node.position) {
    node.position = {
      start: pointAt(context, (node.position.start.offset ?? 0) + base),
      end: pointAt(context, (node.position.end.offset ?? 0) + base),
    };
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, base, context);
}

/** Markdown text at `base` in the document: parsed, positions moved, `markdown` attributes handled. */
function parseMarkdown(text: string, base: number, context: Context): RootContent[] {
  if (text.trim() === '') return [];
  const root = context.parse(text);
  shiftPositions(root, base, context);
  cleanRawHtml(root);
  return root.children;
}

function rawHtml(value: string, start: number, end: number, context: Context): Html {
  return {
    type: 'html',
    value: dropMarkdownAttributes(value),
    position: { start: pointAt(context, start), end: pointAt(context, end) },
  };
}

/**
 * Flow content of `text` (at `base` in the document): blocks with a `markdown` attribute become
 * elements with parsed children, a whole element on a line of its own stays raw HTML by itself, and
 * the markdown between is parsed. Fenced code is never looked into.
 */
function parseFlow(text: string, base: number, context: Context): RootContent[] {
  const out: RootContent[] = [];
  let segmentStart = 0;
  let fence: string | null = null;
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
    const line = text.slice(at, lineEnd).replace(/\r?\n$/, '');
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (
        fenceMark &&
        fenceMark[0] === fence[0] &&
        fenceMark.length >= fence.length &&
        line.trim() === fenceMark
      )
        fence = null;
      at = lineEnd;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      at = lineEnd;
      continue;
    }
    const opening = OPENING_TAG.exec(line);
    const tag = opening?.[1];
    const value = opening ? MARKDOWN_ATTRIBUTE.exec(opening[2] ?? '') : null;
    const model = tag && value ? contentModel(tag, value[1] ?? value[2] ?? value[3] ?? '') : null;
    const openEnd = at + (opening?.[0].length ?? 0);
    const closing = tag && model && model !== 'raw' ? findClosingTag(text, tag, openEnd) : null;
    if (opening && tag && model && closing) {
      out.push(...parseMarkdown(text.slice(segmentStart, at), base + segmentStart, context));
      const inner = text.slice(openEnd, closing.start);
      const element = h(tag, parseAttributes(opening[2] ?? ''));
      const node: KramdownHtmlElement = {
        type: 'kramdownHtml',
        children: [],
        data: { hName: element.tagName, hProperties: element.properties },
        position: { start: pointAt(context, base + at), end: pointAt(context, base + closing.end) },
      };
      if (model === 'span') {
        const blocks = parseMarkdown(
          inner.trim(),
          base + openEnd + (inner.length - inner.trimStart().length),
          context,
        );
        const only = blocks.length === 1 && blocks[0]?.type === 'paragraph' ? blocks[0] : null;
        // A span element holds phrasing content: a paragraph named after the element, no <p> inside it.
        const span: Paragraph = {
          type: 'paragraph',
          children: only
            ? only.children
            : (blocks.filter((b) => b.type === 'paragraph').flatMap((b) => b.children) as PhrasingContent[]),
          data: node.data,
          position: node.position,
        };
        out.push(span);
      } else {
        node.children = parseFlow(inner, base + openEnd, context);
        out.push(node);
      }
      at = closing.end;
      segmentStart = at;
      continue;
    }
    if (
      ONE_LINE_ELEMENT.test(line) &&
      BLOCK_TAGS.has((/<([A-Za-z][\w-]*)/.exec(line)?.[1] ?? '').toLowerCase())
    ) {
      out.push(...parseMarkdown(text.slice(segmentStart, at), base + segmentStart, context));
      out.push(rawHtml(line, base + at, base + at + line.length, context));
      segmentStart = lineEnd;
    }
    at = lineEnd;
  }
  out.push(...parseMarkdown(text.slice(segmentStart), base + segmentStart, context));
  return out;
}

/** Drops `markdown` attributes left in raw HTML (inline tags, raw or unclosed blocks). */
function cleanRawHtml(parent: Parent): void {
  for (const node of parent.children) {
    if (node.type === 'html' && MARKDOWN_ATTRIBUTE.test(node.value))
      node.value = dropMarkdownAttributes(node.value);
    else if ('children' in node) cleanRawHtml(node);
  }
}

/** The top-level HTML blocks that open a `markdown` block, re-read with the siblings they cover. */
function expandRoot(tree: Root, context: Context): void {
  const children = tree.children;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    const start = node?.position?.start.offset;
    if (node?.type !== 'html' || start === undefined || node.position?.start.column !== 1) continue;
    const opening = OPENING_TAG.exec(node.value);
    const tag = opening?.[1];
    const value = opening ? MARKDOWN_ATTRIBUTE.exec(opening[2] ?? '') : null;
    const model = tag && value ? contentModel(tag, value[1] ?? value[2] ?? value[3] ?? '') : null;
    if (!tag || !opening || !model || model === 'raw') continue;
    const closing = findClosingTag(context.source, tag, start + opening[0].length);
    if (!closing) continue;
    // Every sibling that starts before the closing tag ends is inside the block (or shares its last line).
    let last = index;
    while ((children[last + 1]?.position?.start.offset ?? Number.POSITIVE_INFINITY) < closing.end) last += 1;
    const end = Math.max(closing.end, children[last]?.position?.end.offset ?? closing.end);
    const replacement = parseFlow(context.source.slice(start, end), start, context);
    children.splice(index, last - index + 1, ...replacement);
    index += replacement.length - 1;
  }
}

/** `.md` only (in `.mdx` these are JSX); a no-op for notes without `markdown=`. */
export function remarkKramdownHtml(this: Processor) {
  return (tree: Root, file?: VFile): void => {
    const source = String(file?.value ?? '');
    if (!/\smarkdown\s*=/i.test(source)) return;
    const context: Context = {
      parse: (text) => this.parse(text) as Root,
      source,
      lineStarts: lineStarts(source),
    };
    expandRoot(tree, context);
    cleanRawHtml(tree);
  };
}
