/**
 * remark plugin: Obsidian's `==highlight==` as `<mark>` (notes only: a Chirpy post keeps `==` as
 * text). The markers pair within one run of inline content and may enclose other markup
 * (`==a **b** c==`); an opening `==` is followed by a non-space, a closing one preceded by one, so
 * `a == b` in prose stays text; runs of three or more `=` are never markers; `\==` is two equals
 * signs, as in Obsidian (markdown's backslash escape, which the parser drops: the source tells).
 * Code, math and raw HTML are not text, so nothing changes there.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

declare module 'mdast' {
  /** `==text==` (lib/markdown/highlights.ts), rendered as `<mark>`. */
  interface Highlight extends Parent {
    type: 'highlight';
    children: PhrasingContent[];
  }
  interface PhrasingContentMap {
    highlight: Highlight;
  }
  interface RootContentMap {
    highlight: Highlight;
  }
}

interface Delimiter {
  /** Index of the text node among the parent's children, and of the `==` in its value. */
  child: number;
  offset: number;
  canOpen: boolean;
  canClose: boolean;
}

const MARKER = /(?<!=)==(?!=)/g;
// Characters that stand for "something" beside a marker when the neighbour is another node.
const NODE = 'x';

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/.test(character);
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * Offsets in `node.value` of the characters the source wrote with a backslash (`\=`): the value
 * is walked beside its source, skipping what the parser left out (a quote's `>`, indentation,
 * the rest of an entity). Empty when the node has no position or its source no `\=`.
 */
function findEscapedOffsets(node: Text, source: string | undefined): Set<number> {
  const escaped = new Set<number>();
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (source === undefined || from === undefined || to === undefined) return escaped;
  const written = source.slice(from, to);
  if (!written.includes('\\=')) return escaped;
  const { value } = node;
  for (let s = 0, v = 0; s < written.length && v < value.length; ) {
    const next = written[s + 1] ?? '';
    if (written[s] === '\\' && ASCII_PUNCTUATION.test(next) && value[v] === next) {
      escaped.add(v);
      s += 2;
      v += 1;
    } else if (written[s] === value[v]) {
      s += 1;
      v += 1;
    } else s += 1;
  }
  return escaped;
}

/**
 * The `==` markers among a parent's text children, with whether each can open or close; a `==`
 * whose first sign was escaped in `source` is text.
 */
function findDelimiters(children: readonly PhrasingContent[], source?: string): Delimiter[] {
  const delimiters: Delimiter[] = [];
  for (const [child, node] of children.entries()) {
    if (node.type !== 'text') continue;
    const previous = children[child - 1];
    const next = children[child + 1];
    const escaped = findEscapedOffsets(node, source);
    for (const match of node.value.matchAll(MARKER)) {
      const offset = match.index;
      if (escaped.has(offset) || escaped.has(offset + 1)) continue;
      const before =
        offset > 0
          ? node.value[offset - 1]
          : previous === undefined
            ? undefined
            : previous.type === 'text'
              ? previous.value.at(-1)
              : previous.type === 'break'
                ? '\n'
                : NODE;
      const afterIndex = offset + 2;
      const after =
        afterIndex < node.value.length
          ? node.value[afterIndex]
          : next === undefined
            ? undefined
            : next.type === 'text'
              ? next.value[0]
              : next.type === 'break'
                ? '\n'
                : NODE;
      delimiters.push({ child, offset, canOpen: !isSpace(after), canClose: !isSpace(before) });
    }
  }
  return delimiters;
}

/** Pairs each opener with the next marker that can close it. */
function pairDelimiters(delimiters: readonly Delimiter[]): [Delimiter, Delimiter][] {
  const pairs: [Delimiter, Delimiter][] = [];
  let open: Delimiter | null = null;
  for (const delimiter of delimiters) {
    if (open && delimiter.canClose) {
      pairs.push([open, delimiter]);
      open = null;
    } else if (!open && delimiter.canOpen) {
      open = delimiter;
    }
  }
  return pairs;
}

/** A node whose children are inline content (paragraph, heading, emphasis, link, …). */
interface InlineParent {
  type: string;
  children: PhrasingContent[];
}

const text = (value: string): Text[] => (value === '' ? [] : [{ type: 'text', value }]);

/** Wraps what lies between each pair of markers in a `highlight` node (pairs applied last first). */
function wrapPairs(parent: InlineParent, pairs: [Delimiter, Delimiter][]): void {
  for (const [open, close] of pairs.reverse()) {
    const first = parent.children[open.child] as Text;
    const last = parent.children[close.child] as Text;
    let inner: PhrasingContent[];
    if (open.child === close.child) {
      inner = text(first.value.slice(open.offset + 2, close.offset));
    } else {
      inner = [
        ...text(first.value.slice(open.offset + 2)),
        ...parent.children.slice(open.child + 1, close.child),
        ...text(last.value.slice(0, close.offset)),
      ];
    }
    parent.children.splice(
      open.child,
      close.child - open.child + 1,
      ...text(first.value.slice(0, open.offset)),
      { type: 'highlight', data: { hName: 'mark' }, children: inner },
      ...text(last.value.slice(close.offset + 2)),
    );
  }
}

function hasPhrasingChildren(node: { type: string }): node is InlineParent {
  return (
    node.type === 'paragraph' ||
    node.type === 'heading' ||
    node.type === 'tableCell' ||
    node.type === 'emphasis' ||
    node.type === 'strong' ||
    node.type === 'delete' ||
    node.type === 'link' ||
    node.type === 'linkReference'
  );
}

/**
 * Wraps what each pair of `==` markers in `tree` encloses in a `highlight` node. `source`: the text
 * `tree` was parsed from (its positions point into it), so an escaped `\==` stays text.
 */
export function markHighlights(tree: Node, source?: string): void {
  visit(tree, (node) => {
    if (!hasPhrasingChildren(node)) return;
    if (!node.children.some((child) => child.type === 'text' && child.value.includes('=='))) return;
    const pairs = pairDelimiters(findDelimiters(node.children, source));
    if (pairs.length > 0) wrapPairs(node, pairs);
  });
}

/** The remark plugin. */
export function remarkHighlights() {
  return (tree: Root, file: { value?: unknown }): void => {
    markHighlights(tree, typeof file.value === 'string' ? file.value : undefined);
  };
}
