/** Table of contents from markdown, with the ids the rendered page gives its headings. */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import type { TocEntry } from '../types';
import { getHeadingText, visitHeadings } from './heading-ids';
import { type BodyKind, getHeadingPlugins, type NoteFormat } from './pipeline';

export interface TocOptions {
  format: NoteFormat;
  /** Deepest heading level listed, e.g. 3 for h2–h3. */
  maxDepth: number;
  /** Front matter `math: true`: read `$…$` as math, as the page does. */
  math?: boolean;
  /** `note`: Obsidian's `==highlight==` read as the page reads it (default `post`). */
  kind?: BodyKind;
}

// Built once per format: freezing a processor is the costly part, running it is cheap.
const processors = new Map<string, Processor>();

function getProcessor(format: NoteFormat, math: boolean, kind: BodyKind): Processor {
  const key = `${format}:${math}:${kind}`;
  let processor = processors.get(key);
  if (!processor) {
    const { remarkPlugins, rehypePlugins } = getHeadingPlugins(format, { math, kind });
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      // Raw HTML reaches rehype-raw in `.md`, as MDX does; in `.mdx` JSX is read as HTML and dropped.
      .use(remarkRehype, { allowDangerousHtml: format === 'md' })
      .use(rehypePlugins)
      .freeze() as unknown as Processor; // the chained generics only describe the last plugin
    processors.set(key, processor);
  }
  return processor;
}

/** Lists h2..maxDepth headings (text trimmed) with their rendered ids; `.mdx` is read as plain markdown; [] on any failure. */
export function extractToc(markdown: string, options: TocOptions): TocEntry[] {
  const tree = parseForToc(markdown, options);
  return tree ? tocFromTree(tree, markdown, options) : [];
}

/**
 * The markdown tree the TOC is read from (GFM, and math where the note turned it on), or null when
 * it cannot be parsed. Read it (the excerpt does) before `tocFromTree`, which transforms it in place.
 */
export function parseForToc(
  markdown: string,
  options: Pick<TocOptions, 'format' | 'math' | 'kind'>,
): MdastRoot | null {
  try {
    return getProcessor(options.format, options.math === true, options.kind ?? 'post').parse(
      markdown,
    ) as MdastRoot;
  } catch {
    return null;
  }
}

/** The TOC of a tree from `parseForToc` (of the same markdown and options); [] on any failure. */
export function tocFromTree(tree: MdastRoot, markdown: string, options: TocOptions): TocEntry[] {
  try {
    const processor = getProcessor(options.format, options.math === true, options.kind ?? 'post');
    return tocFromHast(processor.runSync(tree, markdown) as Root, options.maxDepth);
  } catch {
    return [];
  }
}

/**
 * The TOC of an HTML tree right after the heading plugins (getHeadingPlugins) ran on it: what
 * `tocFromTree` reads, and what the page renderer passes on (lib/markdown/render-html.ts).
 */
export function tocFromHast(hast: Root, maxDepth: number): TocEntry[] {
  const entries: TocEntry[] = [];
  visitHeadings(hast, (heading, depth) => {
    // Chirpy's opt-out, honoured when a raw HTML heading carries it.
    if (heading.properties.dataTocSkip !== undefined) return;
    const text = getHeadingText(heading).replace(/\s+/g, ' ').trim();
    const id = heading.properties.id;
    if (depth >= 2 && depth <= maxDepth && text !== '' && typeof id === 'string') {
      entries.push({ depth, text, id });
    }
  });
  return entries;
}
