import { compileMDX } from 'next-mdx-remote/rsc';
import { getMdxOptions, type NoteFormat } from '../lib/markdown/pipeline';
import { prepareNoteBody } from '../lib/markdown/prepare';
import { createRenderReport } from '../lib/markdown/report';
import { publicAssetExists } from '../lib/public-assets';
import { t } from '../lib/site';
import type { NoteMeta } from '../lib/types';
import { CodeCopy } from './islands/code-copy';
import { MermaidDiagrams } from './islands/mermaid-diagrams';

/** The front matter a body's rendering depends on. */
export type BodyMeta = Pick<NoteMeta, 'math' | 'mediaSubpath' | 'renderWithLiquid'>;

/**
 * Renders a note's markdown/MDX body at build time through the one plugin list, after the same text
 * passes the record builder ran (Liquid, math delimiters). What the body turned out to contain decides
 * what the page loads: the KaTeX stylesheet, the copy-button island, the mermaid island.
 */
export async function NoteBody({
  body,
  format,
  meta,
  pageUrl,
}: {
  body: string;
  format: NoteFormat;
  meta?: BodyMeta;
  /** Where the body is shown (`/posts/<slug>`, `/about`): relative links resolve against it. */
  pageUrl: string;
}) {
  const { text } = prepareNoteBody(body, {
    format,
    renderWithLiquid: meta?.renderWithLiquid,
    math: meta?.math,
    mediaSubpath: meta?.mediaSubpath,
  });
  const report = createRenderReport();
  const { content } = await compileMDX({
    source: text,
    options: {
      mdxOptions: getMdxOptions(format, {
        math: meta?.math,
        mediaSubpath: meta?.mediaSubpath,
        assetExists: publicAssetExists,
        pageUrl,
        report,
        anchorLabel: t('anchorLabel'),
        callouts: {
          tip: t('promptTip'),
          info: t('promptInfo'),
          warning: t('promptWarning'),
          danger: t('promptDanger'),
          important: t('promptImportant'),
        },
        footnotes: t('footnotes'),
        footnoteBack: t('footnoteBack'),
        copyCode: t('copyCode'),
        missingImage: t('missingImage'),
        missingMedia: t('missingMedia'),
      }),
    },
  });
  return (
    <>
      {/* React hoists this into <head> and loads it once; only pages with math get it. */}
      {report.math && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
      <div data-note-body className="note-body prose max-w-none dark:prose-invert">
        {content}
      </div>
      {report.code && <CodeCopy copiedLabel={t('codeCopied')} />}
      {report.mermaid && <MermaidDiagrams failedLabel={t('diagramFailed')} />}
    </>
  );
}
