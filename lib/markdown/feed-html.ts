/**
 * Note bodies as plain HTML for the feed: the same text passes and plugins as the page, minus what a
 * feed reader cannot use: no `#` heading anchors, no highlighting (readers style code), math as
 * MathML (no KaTeX stylesheet there), mermaid as its source, image URLs made absolute.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { type BodyKind, getFeedPlugins, type NoteFormat, type PipelineLabels } from './pipeline';
import { prepareNoteBody } from './prepare';

export interface FeedHtmlOptions extends PipelineLabels {
  /** `note`: Obsidian's comments, highlights, inline tags and callouts (default `post`). */
  kind?: BodyKind;
  /** Chirpy `render_with_liquid` (default true). */
  renderWithLiquid?: boolean;
  math?: boolean;
  /** The site's TeX macros (`siteConfig.math.macros`). */
  mathMacros?: Record<string, string>;
  mediaSubpath?: string | null;
  /** Site origin for absolute image URLs, e.g. `https://example.com`. */
  origin?: string;
  /** The note's URL (`/posts/<slug>`): relative links in the body resolve against it. */
  pageUrl?: string;
  /** Keep the `#` links beside headings (default false: they mean nothing in a reader). */
  anchors?: boolean;
}

// Built once per distinct configuration: freezing a processor is the costly part, running it is cheap.
const processors = new Map<string, Processor>();

function getProcessor(format: NoteFormat, options: FeedHtmlOptions): Processor {
  const key = JSON.stringify([format, options]);
  let processor = processors.get(key);
  if (!processor) {
    const { remarkPlugins, rehypePlugins, remarkRehypeOptions } = getFeedPlugins(format, options);
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      // `.mdx` JSX is not HTML: it is dropped from the feed rather than shown as source.
      .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: format === 'md' })
      .use(rehypePlugins)
      .use(rehypeStringify)
      .freeze() as unknown as Processor; // the chained generics only describe the last plugin
    processors.set(key, processor);
  }
  return processor;
}

/** Renders a note body to an HTML string for feed readers; never throws (falls back to escaped text). */
export function renderFeedHtml(markdown: string, format: NoteFormat, options: FeedHtmlOptions = {}): string {
  const text = prepareNoteBody(markdown, {
    format,
    kind: options.kind,
    renderWithLiquid: options.renderWithLiquid,
    math: options.math,
    mediaSubpath: options.mediaSubpath,
  }).text;
  try {
    // pageUrl travels in the file's data, so one processor serves every note.
    const { pageUrl, ...shared } = options;
    return String(
      getProcessor(format, shared).processSync({ value: text, data: { pageUrl: pageUrl ?? '/' } }),
    );
  } catch {
    return `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
  }
}
