/**
 * `.md` bodies straight to an HTML string: the same plugin list as the MDX path (getMdxOptions), then
 * rehype-stringify instead of MDX's JavaScript compile, evaluation and React render: about 40 % less
 * work a note, and the page's RSC payload carries the body as one string, not an element tree.
 * `.mdx` bodies keep the MDX path (components/note-body.tsx): their JSX needs MDX to run.
 * render-html.test.ts checks that both paths give the same DOM.
 */
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { getHeadingPlugins, getMdxOptions, type PipelineOptions } from './pipeline';
import { createRenderReport, type RenderReport } from './report';

export interface RenderedBody {
  html: string;
  /** What the page must load for this body (KaTeX stylesheet, islands). */
  report: RenderReport;
}

/**
 * Table cells' `align` (obsolete in HTML5) as a `text-align` style, as MDX's JSX does
 * (hast-util-to-jsx-runtime's `tableCellAlignToStyle`), so both paths give the same markup.
 */
function rehypeTableAlign() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const align = node.properties.align;
      if ((node.tagName !== 'td' && node.tagName !== 'th') || typeof align !== 'string') return;
      delete node.properties.align;
      const style = typeof node.properties.style === 'string' ? node.properties.style.trim() : '';
      node.properties.style = `${style}${style && !style.endsWith(';') ? ';' : ''}text-align:${align}`;
    });
  };
}

/**
 * Looks at the trees on the way, so the record builder needs no parse of its own: `markdown` gets the
 * markdown tree as parsed (what `parseForToc` returns), `headings` the HTML tree right after the
 * heading plugins (what `tocFromTree` reads). Read them there: later plugins change both.
 */
export interface RenderTaps {
  markdown?: (tree: MdastRoot) => void;
  headings?: (tree: Root) => void;
}

/** Renders a prepared `.md` body (after prepareNoteBody) to HTML; throws what a plugin throws. */
export async function renderMarkdownHtml(
  text: string,
  options: PipelineOptions = {},
  taps: RenderTaps = {},
): Promise<RenderedBody> {
  const report = createRenderReport();
  const mdx = getMdxOptions('md', { ...options, report });
  const remarkPlugins = mdx.remarkPlugins ?? [];
  const rehypePlugins = mdx.rehypePlugins ?? [];
  // getMdxOptions lists the heading plugins first.
  const headingCount = getHeadingPlugins('md', options).rehypePlugins.length;
  const tap =
    <T>(look: ((tree: T) => void) | undefined) =>
    () =>
    (tree: T) => {
      look?.(tree);
    };
  const processor = unified()
    .use(remarkParse)
    .use(tap(taps.markdown))
    .use(remarkPlugins as PluggableList)
    // Raw HTML (<details>, <kbd>) reaches rehype-raw, as with MDX's `format: 'md'`.
    .use(remarkRehype, { ...mdx.remarkRehypeOptions, allowDangerousHtml: true })
    .use(rehypePlugins.slice(0, headingCount) as PluggableList)
    .use(tap(taps.headings))
    .use(rehypePlugins.slice(headingCount) as PluggableList)
    .use(rehypeTableAlign)
    .use(rehypeStringify);
  const html = String(await processor.process(text));
  return { html, report };
}
