/**
 * remark plugin: kramdown inline attribute lists (`{: .class #id key="value" }`), the way kramdown
 * attaches them: a block IAL on its own line to the block before it (or after it when there is none),
 * a span IAL right after an image, code span, link or emphasis to that element. Attribute list
 * definitions (`{:name: …}`) are resolved. What cannot be attached, or is not a safe attribute, is
 * dropped: no `{:` ever reaches the page. `* TOC` + `{:toc}` lists are removed (the page has its TOC).
 */
import type { Heading, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { VFile } from 'vfile';

/** What an attribute list says, before it is attached. */
export interface Attributes {
  id?: string;
  classes: string[];
  pairs: Record<string, string>;
  /** Bare words: references to attribute list definitions (and kramdown's `toc`). */
  refs: string[];
}

/** kramdown's own attributes for a code block, read by the code block plugin. */
export interface CodeAttributes {
  file?: string;
  nolineno?: boolean;
  classes: string[];
}

declare module 'mdast' {
  interface CodeData {
    kramdown?: CodeAttributes;
  }
}

// `{: …}` / `{:name: …}`, never `{::…}` (extensions are handled as text before parsing).
const IAL_SOURCE = String.raw`\{:(?!:)((?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*)\}`;
const IAL = new RegExp(IAL_SOURCE, 'g');
const ONLY_IALS = new RegExp(String.raw`^\s*(?:${IAL_SOURCE}\s*)+$`);
const LEADING_IAL = new RegExp(String.raw`^${IAL_SOURCE}(?:[ \t]*${IAL_SOURCE})*`);
const TRAILING_LINE_IALS = new RegExp(String.raw`\n[ \t]*(?:${IAL_SOURCE}[ \t]*)+\s*$`);
const LEADING_LINE_IALS = new RegExp(String.raw`^[ \t]*(?:${IAL_SOURCE}[ \t]*)+\n`);
const ALD = /^\{:([\w-]+):((?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*)\}$/;
// kramdown's header ids: `## Title {#id}`.
const HEADER_ID = /[ \t]+\{#([\w:.-]+)\}[ \t]*$/;
const ATTRIBUTE_TOKEN = /([.#])([^\s.#"'=]+)|([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|([\w-]+)/g;
// Attributes kept on elements; anything else (event handlers, `markdown="1"`, …) is dropped.
const SAFE_KEYS =
  /^(?:title|lang|dir|width|height|alt|style|target|rel|loading|align|data-[\w-]+|aria-[\w-]+)$/;
// Elements a span IAL can follow.
const SPAN_TARGETS = new Set([
  'image',
  'inlineCode',
  'link',
  'emphasis',
  'strong',
  'delete',
  'imageReference',
  'linkReference',
]);

/** Parses the inside of `{: … }`. */
export function parseAttributes(text: string): Attributes {
  const attributes: Attributes = { classes: [], pairs: {}, refs: [] };
  for (const m of text.matchAll(ATTRIBUTE_TOKEN)) {
    if (m[1] === '.') attributes.classes.push(m[2] ?? '');
    else if (m[1] === '#') attributes.id = m[2];
    else if (m[3]) {
      const key = m[3].toLowerCase();
      const value = m[4] ?? m[5] ?? m[6] ?? '';
      if (key === 'class') attributes.classes.push(...value.split(/\s+/).filter(Boolean));
      else if (key === 'id') attributes.id = value;
      else attributes.pairs[key] = value;
    } else if (m[7]) attributes.refs.push(m[7]);
  }
  return attributes;
}

function merge(into: Attributes, from: Attributes): Attributes {
  return {
    id: from.id ?? into.id,
    classes: [...into.classes, ...from.classes],
    pairs: { ...into.pairs, ...from.pairs },
    refs: [...into.refs, ...from.refs],
  };
}

interface State {
  definitions: Map<string, Attributes>;
  source: string;
  /** Lists marked `{:toc}`: kramdown replaces them with a generated TOC; removed after the walk. */
  generatedTocs: Set<Parent>;
}

/** The attributes of every IAL in `text`, definitions resolved. */
function collect(text: string, state: State): Attributes {
  let all: Attributes = { classes: [], pairs: {}, refs: [] };
  for (const m of text.matchAll(IAL)) {
    const own = parseAttributes(m[1] ?? '');
    for (const ref of own.refs) {
      const defined = state.definitions.get(ref);
      if (defined) all = merge(all, defined);
    }
    all = merge(all, own);
  }
  return all;
}

/** Attaches attributes to a node the way the element it becomes understands them. */
export function attach(node: Nodes, attributes: Attributes): void {
  if (node.type === 'code') {
    node.data = node.data ?? {};
    const own = node.data.kramdown ?? { classes: [] };
    node.data.kramdown = own;
    own.classes.push(...attributes.classes.filter((c) => c !== 'nolineno'));
    if (attributes.classes.includes('nolineno')) own.nolineno = true;
    if (attributes.pairs.file) own.file = attributes.pairs.file;
    return;
  }
  node.data = node.data ?? {};
  const properties: Record<string, unknown> = node.data.hProperties ?? {};
  node.data.hProperties = properties as NonNullable<typeof node.data.hProperties>;
  if (attributes.id && /^[^\s]+$/.test(attributes.id)) properties.id = attributes.id;
  const classes = attributes.classes.filter((c) => /^[\w-]+$/.test(c));
  if (classes.length > 0) {
    const existing = Array.isArray(properties.className) ? (properties.className as string[]) : [];
    properties.className = [...new Set([...existing, ...classes])];
  }
  for (const [key, value] of Object.entries(attributes.pairs)) {
    const name = key === 'w' ? 'width' : key === 'h' ? 'height' : key;
    if (name === 'lqip' && node.type === 'image') properties.dataLqip = value;
    else if (SAFE_KEYS.test(name)) properties[toPropertyName(name)] = value;
  }
  if (node.type === 'heading' && classes.includes('no_toc')) properties.dataTocSkip = '';
  if (node.type === 'link' && properties.target === '_blank') properties.rel = 'noopener noreferrer';
}

/** hast property names: `data-toc-skip` → `dataTocSkip`, `aria-label` → `ariaLabel`. */
function toPropertyName(attribute: string): string {
  return /^(?:data|aria)-/.test(attribute)
    ? attribute.replace(/-([a-z\d])/g, (_, c: string) => c.toUpperCase())
    : attribute;
}

const textOf = (node: Paragraph | Heading): string =>
  node.children.map((child) => (child.type === 'text' ? child.value : '\u0000')).join('');

/** Applies and removes IALs under `parent`; returns nothing, edits in place. */
function walk(parent: Parent, state: State, ancestors: Parent[]): void {
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (!node) continue;
    if (node.type === 'paragraph') {
      const whole = textOf(node);
      const ald = ALD.exec(whole.trim());
      if (ald) {
        state.definitions.set(ald[1] ?? '', parseAttributes(ald[2] ?? ''));
        children.splice(index--, 1);
        continue;
      }
      if (ONLY_IALS.test(whole)) {
        const attributes = collect(whole, state);
        children.splice(index, 1);
        const target = children[index - 1] ?? children[index];
        if (attributes.refs.includes('toc') && target?.type === 'list') state.generatedTocs.add(target);
        else if (target) attach(target, attributes);
        index -= 1;
        continue;
      }
      const trailing = takeTrailing(node, state);
      if (trailing) {
        if (trailing.refs.includes('toc')) {
          const list = ancestors.findLast((ancestor) => ancestor.type === 'list');
          if (list) state.generatedTocs.add(list);
          continue;
        }
        const quote = parent.type === 'blockquote' && children.at(-1) === node && !trailing.insideQuote;
        attach(quote ? (parent as Nodes) : node, trailing);
      }
      const leading = takeLeading(node, state);
      if (leading) attach(node, leading);
    } else if (node.type === 'heading') {
      takeHeadingAttributes(node, state);
    } else if (node.type === 'table') {
      takeTableRow(node, state);
    }
    if ('children' in node) {
      if (isInline(node)) spanAttributes(node as Parent, state);
      else walk(node as Parent, state, [...ancestors, parent]);
    }
  }
}

function isInline(node: Parent): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
}

interface Trailing extends Attributes {
  /** The IAL line itself starts with `>`: it belongs to the paragraph inside the quote. */
  insideQuote: boolean;
}

/** Removes IAL lines that end a paragraph (`text\n{: .x}`, also a lazy line after `> text`). */
function takeTrailing(paragraph: Paragraph, state: State): Trailing | null {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return null;
  const match = TRAILING_LINE_IALS.exec(last.value);
  if (!match) return null;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') paragraph.children.pop();
  const lineStart = last.position
    ? state.source.lastIndexOf('\n', (last.position.end.offset ?? 0) - 1) + 1
    : -1;
  const insideQuote = lineStart >= 0 && /^[ \t]*>/.test(state.source.slice(lineStart));
  return { ...collect(match[0], state), insideQuote };
}

/** Removes IAL lines that open a paragraph (`{: .x}\ntext`): kramdown's IAL before a block. */
function takeLeading(paragraph: Paragraph, state: State): Attributes | null {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return null;
  const match = LEADING_LINE_IALS.exec(first.value);
  if (!match) return null;
  first.value = first.value.slice(match[0].length);
  return collect(match[0], state);
}

function takeHeadingAttributes(heading: Heading, state: State): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const id = HEADER_ID.exec(last.value);
  if (id) {
    last.value = last.value.slice(0, id.index);
    attach(heading, { id: id[1], classes: [], pairs: {}, refs: [] });
  }
  const trailing = new RegExp(String.raw`[ \t]*(?:${IAL_SOURCE}[ \t]*)+$`).exec(last.value);
  if (trailing && trailing.index > 0) {
    last.value = last.value.slice(0, trailing.index);
    attach(heading, collect(trailing[0], state));
  }
}

/** GFM reads an IAL line under a table as one more row: take it back and attach it to the table. */
function takeTableRow(table: Table, state: State): void {
  const row = table.children.at(-1);
  if (!row || table.children.length < 2) return;
  const [first, ...rest] = row.children;
  const text = first?.children.map((c) => (c.type === 'text' ? c.value : '\u0000')).join('') ?? '';
  if (!ONLY_IALS.test(text) || rest.some((cell) => cell.children.length > 0)) return;
  table.children.pop();
  attach(table, collect(text, state));
}

/** `![a](b){: w="9"}`, `` `x`{: .filepath} ``: a span IAL right after an element goes onto it. */
function spanAttributes(parent: Parent, state: State): void {
  const children = parent.children as PhrasingContent[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (!node) continue;
    if (node.type !== 'text') {
      if ('children' in node && !isInline(node as Parent)) spanAttributes(node as Parent, state);
      continue;
    }
    const previous = children[index - 1];
    const leading = LEADING_IAL.exec(node.value);
    if (leading && previous && SPAN_TARGETS.has(previous.type)) {
      attach(previous, collect(leading[0], state));
      node.value = node.value.slice(leading[0].length);
    }
    // Anything left that looks like an attribute list cannot be attached: drop it, never print it.
    node.value = dropStray(node.value);
    if (node.value === '') children.splice(index--, 1);
  }
}

function dropStray(value: string): string {
  if (!value.includes('{:')) return value;
  return value.replace(new RegExp(String.raw`[ \t]*${IAL_SOURCE}`, 'g'), '');
}

/** Removes the lists that asked for kramdown's generated TOC. */
function removeGeneratedTocs(parent: Parent, lists: Set<Parent>): void {
  parent.children = (parent.children as RootContent[]).filter((child) => !lists.has(child as Parent));
  for (const child of parent.children) if ('children' in child) removeGeneratedTocs(child as Parent, lists);
}

/** The remark plugin. */
export function remarkAttributeLists() {
  return (tree: Root, file?: VFile): void => {
    // The source only tells a `> {: …}` line from a lazy one; callers that run without a file still work.
    const source = String(file?.value ?? '');
    const state: State = { definitions: new Map(), source, generatedTocs: new Set() };
    walk(tree, state, []);
    if (state.generatedTocs.size > 0) removeGeneratedTocs(tree, state.generatedTocs);
  };
}
