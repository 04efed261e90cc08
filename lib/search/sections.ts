/**
 * A note body as plain text, cut into sections at its headings. The body goes through the same
 * heading plugins as the page (lib/markdown/pipeline), so a section's id is the id its rendered
 * heading gets and a result can link to `/posts/slug#id`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { getHeadingText } from '../markdown/heading-ids';
import { type BodyKind, getHeadingPlugins, type NoteFormat } from '../markdown/pipeline';

/** A run of body text under one heading; the text before the first heading has id and heading ''. */
export interface NoteSection {
  /** Id of the rendered heading, '' for the opening text. */
  id: string;
  /** Heading text as shown ('' for the opening text). */
  heading: string;
  /** Plain text, whitespace collapsed. */
  text: string;
}

const HEADING = /^h[1-6]$/;
// Elements whose boundaries separate words: without a space, the last character of one paragraph
// and the first of the next would form a Chinese bigram found nowhere on the page.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const HIDDEN = new Set(['script', 'style', 'template', 'svg', 'math', 'img', 'input', 'button']);
// kramdown attribute lists (`{: .prompt-tip }`) and Liquid tags render as nothing.
const JEKYLL_MARKUP = /\{:[^}\n]*\}|\{%[^%]*%\}|\{\{[^}]*\}\}/g;
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
// A soft line break between two CJK characters is no space in the sentence (as in lib/markdown/excerpt).
const CJK_LINE_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');

const processors = new Map<string, Processor>();

// A note's kind decides which syntax is read (a knowledge note's `==highlight==` is no text).
function getProcessor(format: NoteFormat, kind: BodyKind): Processor {
  const key = `${format}:${kind}`;
  let processor = processors.get(key);
  if (!processor) {
    const { remarkPlugins, rehypePlugins } = getHeadingPlugins(format, { kind });
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      .use(remarkRehype, { allowDangerousHtml: format === 'md' })
      .use(rehypePlugins)
      .freeze() as unknown as Processor; // the chained generics only describe the last plugin
    processors.set(key, processor);
  }
  return processor;
}

/** Footnote references (`[1]`) and back links (`↩`) are navigation, not text. */
function isFootnoteLink(node: Element): boolean {
  return node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
}

/** Splits a note body into sections at every heading (h1–h6); `.mdx` is read as plain markdown. */
export function splitSections(markdown: string, format: NoteFormat, kind: BodyKind = 'post'): NoteSection[] {
  return sectionsFromMarkdownTree(getProcessor(format, kind).parse(markdown) as MdastRoot, format, kind);
}

/**
 * splitSections from a markdown tree already parsed with the same syntax (GFM and the heading
 * plugins' own; no math syntax), e.g. the one the content build's renderer parsed: the parse is
 * ~85 % of the work. The tree is changed in place: pass a copy.
 */
export function sectionsFromMarkdownTree(
  markdownTree: MdastRoot,
  format: NoteFormat,
  kind: BodyKind = 'post',
): NoteSection[] {
  const tree = getProcessor(format, kind).runSync(markdownTree) as Root;
  const sections: { id: string; heading: string; parts: string[] }[] = [{ id: '', heading: '', parts: [] }];
  let current = sections[0] as (typeof sections)[number];
  let inFootnotes = false;

  const walk = (node: RootContent | ElementContent): void => {
    if (node.type === 'text') {
      current.parts.push(node.value.replace(JEKYLL_MARKUP, '').replace(CJK_LINE_BREAK, ''));
      return;
    }
    if (node.type !== 'element') {
      // `.mdx` wraps content in JSX nodes; comments, doctypes and raw leftovers have no children.
      if ('children' in node) for (const child of node.children) walk(child);
      return;
    }
    if (HIDDEN.has(node.tagName) || isFootnoteLink(node)) return;
    if (HEADING.test(node.tagName)) {
      // The footnotes' own "Footnotes" label is no section of the note.
      if (inFootnotes) return;
      const id = node.properties.id;
      // getHeadingText leaves out the `#` anchor link the pipeline appends.
      current = { id: typeof id === 'string' ? id : '', heading: clean(getHeadingText(node)), parts: [] };
      sections.push(current);
      return;
    }
    const footnotes = node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
    if (footnotes) inFootnotes = true;
    const block = BLOCK.has(node.tagName);
    if (block) current.parts.push('\n');
    for (const child of node.children) walk(child);
    if (block) current.parts.push('\n');
    if (footnotes) inFootnotes = false;
  };
  for (const child of tree.children) walk(child);

  return sections
    .map(({ id, heading, parts }) => ({ id, heading, text: clean(parts.join('')) }))
    .filter((s, i) => i > 0 || s.text !== '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
