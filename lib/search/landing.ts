/**
 * Landing on a search result: the page body's text is matched as a snippet is (lib/search/snippet)
 * and each match wrapped in `<mark data-search-mark>`. Browser only; loaded only on pages opened
 * with `?highlight=` (components/islands/search-marks.tsx).
 */
import { foldText } from './fold';
import { findHighlights } from './snippet';
import type { QueryPiece } from './tokenize';

/** Elements whose text is not the note's prose, or would break if split (formulas, diagrams). */
const SKIPPED = 'script, style, svg, math, .katex, .mermaid, textarea, button, [aria-hidden="true"]';
/** Elements that end a run of text: a match never spans two of them (as in lib/search/sections). */
const BLOCK =
  'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, pre, blockquote, figcaption, summary, div, section, details, table, tr';

/** A text node and where its text starts in the joined text. */
interface Piece {
  node: Text;
  start: number;
}

/** The text nodes of `root` in order, joined (with a line break between blocks). */
function collectText(root: Element): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(BLOCK) ?? null;
    if (block !== lastBlock) text += '\n';
    lastBlock = block;
    pieces.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, pieces };
}

/** Wraps `[start, end)` of one text node in a mark. */
function wrap(node: Text, start: number, end: number): HTMLElement {
  const middle = node.splitText(start);
  middle.splitText(end - start);
  const mark = document.createElement('mark');
  mark.dataset.searchMark = '';
  middle.replaceWith(mark);
  mark.append(middle);
  return mark;
}

/**
 * Marks every match of `pieces` in `root`'s text and returns the marks in document order (a match
 * across inline elements, `<strong>知识</strong>蒸馏`, is one mark per text node).
 */
export function markMatches(root: Element, pieces: readonly QueryPiece[]): HTMLElement[] {
  if (pieces.length === 0) return [];
  const { text, pieces: nodes } = collectText(root);
  const marks: HTMLElement[] = [];
  // From the end backwards: splitting a node leaves the offsets before the split as they were.
  const ranges = findHighlights(text, pieces);
  let n = nodes.length - 1;
  for (let r = ranges.length - 1; r >= 0; r--) {
    const [start, end] = ranges[r] as [number, number];
    while (n > 0 && (nodes[n] as Piece).start >= end) n--;
    for (let i = n; i >= 0; i--) {
      const { node, start: at } = nodes[i] as Piece;
      if (at + node.data.length <= start) break;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      if (to > from) marks.push(wrap(node, from, to));
    }
  }
  return marks.reverse();
}

/** Removes the marks, leaving their text as it was. */
export function clearMarks(marks: readonly HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/**
 * Where to land: after `anchor` (the matched section's heading), the first mark of the query's
 * longest piece (`pieces` come longest first: the rarest word, not `the`), else the first mark
 * after `anchor`, else the first mark.
 */
export function pickLandingMark(
  marks: readonly HTMLElement[],
  anchor: Element | null,
  pieces: readonly QueryPiece[],
): HTMLElement | null {
  const after = anchor
    ? marks.filter((mark) => anchor.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)
    : marks;
  const longest = pieces[0]?.text;
  const best = longest
    ? after.find((mark) => foldText(mark.textContent ?? '').startsWith(longest))
    : undefined;
  return best ?? after[0] ?? marks[0] ?? null;
}
