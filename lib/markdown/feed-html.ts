/** Note bodies as plain HTML for the feed: the same heading plugins, no highlighting (readers style code). */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { getHeadingPlugins, type NoteFormat } from './pipeline';

const processors = new Map<NoteFormat, Processor>();

function getProcessor(format: NoteFormat): Processor {
  let processor = processors.get(format);
  if (!processor) {
    const { remarkPlugins, rehypePlugins } = getHeadingPlugins(format);
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      // `.mdx` JSX is not HTML: it is dropped from the feed rather than shown as source.
      .use(remarkRehype, { allowDangerousHtml: format === 'md' })
      .use(rehypePlugins)
      .use(rehypeStringify)
      .freeze() as unknown as Processor; // the chained generics only describe the last plugin
    processors.set(format, processor);
  }
  return processor;
}

/** Renders a note body to an HTML string for feed readers; never throws (falls back to escaped text). */
export function renderFeedHtml(markdown: string, format: NoteFormat): string {
  try {
    return String(getProcessor(format).processSync(markdown));
  } catch {
    return `<pre>${markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
  }
}
