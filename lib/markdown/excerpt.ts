/** Plain-text excerpt: the first real paragraph of a note body. */
import type { Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { markHighlights } from './highlights';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
// kramdown attribute lists (`{: .prompt-tip }`) and Liquid tags (`{% include … %}`) render as nothing.
const JEKYLL_MARKUP = /\{:[^}\n]*\}|\{%[\s\S]*?%\}/g;
const ALERT_MARKER = /^\s*\[![a-z]+\][+-]?\s*/i;
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
// A line break between two CJK characters is no space in the sentence, unlike one between words.
const CJK_LINE_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(JEKYLL_MARKUP, '');
  if (node.type === 'inlineCode') return node.value;
  // Only in notes with `math: true` (the TOC's parse, shared by buildNoteRecord): shown as written.
  if (node.type === 'inlineMath') return `$${node.value}$`;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'html' || !('children' in node)) return '';
  return node.children.map(textOf).join('');
}

/** Nothing to read: only markup and whitespace, or images with at most an emphasised Chirpy caption. */
function isSkippable(paragraph: Paragraph): boolean {
  const hasImage = paragraph.children.some((child) => child.type === 'image');
  const rest = paragraph.children.filter((child) => child.type !== 'image' && textOf(child).trim() !== '');
  return rest.length === 0 || (hasImage && rest.every((child) => child.type === 'emphasis'));
}

const graphemes = new Intl.Segmenter();

function truncate(text: string, maxLength: number): string {
  // Segment only a prefix: a grapheme is rarely over 8 code units, and a 100 KB paragraph must stay cheap.
  const head = text.slice(0, maxLength * 8 + 8);
  const characters = [...graphemes.segment(head)].map((part) => part.segment);
  if (characters.length <= maxLength && head.length === text.length) return text;
  return `${characters
    .slice(0, Math.max(0, maxLength - 1))
    .join('')
    .replace(/[\s\p{P}]+$/u, '')}…`;
}

/** First paragraph as plain text, whitespace collapsed, cut to maxLength characters (grapheme-safe) ending in `…`; '' if none. */
export function extractExcerpt(markdown: string, maxLength = 160): string {
  return excerptFromTree(parser.parse(markdown), maxLength);
}

/**
 * The same from a tree already parsed (GFM, and math where the note turned it on), before any
 * transform ran on it: buildNoteRecord parses each note once for both the TOC and the excerpt.
 * `highlights`: a note's `==highlight==` markers are markup, not text (`source`, the text parsed,
 * tells an escaped `\==` apart).
 */
export function excerptFromTree(
  tree: Root,
  maxLength = 160,
  options: { highlights?: boolean; source?: string } = {},
): string {
  let excerpt = '';
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') return SKIP;
    if (node.type !== 'paragraph' || isSkippable(node)) return;
    // A GitHub alert's `[!NOTE]` marker is markup, not text.
    let paragraph: Paragraph = node;
    if (options.highlights) {
      // On a copy: the tree goes on to other readers (TOC, links) that expect it unchanged.
      paragraph = structuredClone(node);
      markHighlights(paragraph, options.source);
    }
    excerpt = textOf(paragraph)
      .replace(ALERT_MARKER, '')
      .replace(CJK_LINE_BREAK, '')
      .replace(/\s+/g, ' ')
      .trim();
    return EXIT;
  });
  return truncate(excerpt, maxLength);
}
