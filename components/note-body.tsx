import { compileMDX } from 'next-mdx-remote/rsc';
import { Suspense } from 'react';
import { resolvePageLinks } from '../lib/links/page';
import { getMdxOptions, type NoteFormat } from '../lib/markdown/pipeline';
import { createRenderReport } from '../lib/markdown/report';
import {
  type BodyMeta,
  pageBodyOptions,
  preparePageBody,
  readRenderedHtml,
  renderPageBodyHtml,
} from '../lib/page-body';
import { getSearchLandingLabels } from '../lib/search/labels';
import { t } from '../lib/site';
import { withBasePath } from '../lib/static-export';
import type { PrerenderedBody } from '../lib/types';
import { siteConfig } from '../site.config';
import { CodeCopy } from './islands/code-copy';
import { ImageZoom } from './islands/image-zoom';
import { MermaidDiagrams } from './islands/mermaid-diagrams';
import { SearchLanding } from './islands/search-landing';

const bodyClass = 'note-body prose max-w-none dark:prose-invert';

/**
 * A note's body. `.md`: HTML rendered by the content build (`rendered`), or now when there is none
 * (`npm run dev`); `.mdx`: compiled by next-mdx-remote, whose JSX needs MDX. Both run the one plugin
 * list after the same text passes. What the body turned out to contain decides what the page loads:
 * the KaTeX stylesheet, the copy-button island, the mermaid island, the image zoom island.
 */
export async function NoteBody({
  body,
  format,
  meta,
  pageUrl,
  rendered,
}: {
  body: string;
  format: NoteFormat;
  meta?: BodyMeta;
  /** Where the body is shown (`/posts/<slug>`, `/about`): relative links resolve against it. */
  pageUrl: string;
  /** The `.md` body rendered ahead of time by the content build; used when made for this `pageUrl`. */
  rendered?: PrerenderedBody | null;
}) {
  let html: string | null = null;
  let content: React.ReactNode = null;
  let report = createRenderReport();
  if (format === 'md') {
    const stored = rendered?.pageUrl === pageUrl ? readRenderedHtml(rendered) : null;
    if (rendered && stored !== null) {
      html = stored;
      report = rendered.report;
    } else ({ html, report } = await renderPageBodyHtml(body, meta, pageUrl));
    // Links between notes are resolved now, against the current notes (lib/links/markers.ts).
    const linked = await resolvePageLinks(html, pageUrl);
    html = linked.html;
    report = {
      math: report.math || linked.report.math === true,
      mermaid: report.mermaid || linked.report.mermaid === true,
      code: report.code || linked.report.code === true,
      zoom: report.zoom === true || linked.report.zoom === true,
    };
  } else {
    ({ content } = await compileMDX({
      source: preparePageBody(body, format, meta),
      options: { mdxOptions: getMdxOptions(format, { ...pageBodyOptions(meta, pageUrl), report }) },
    }));
  }
  return (
    <>
      {/* React hoists this into <head> and loads it once; only pages with math get it. */}
      {report.math && (
        <link rel="stylesheet" href={withBasePath('/katex/katex.min.css')} precedence="default" />
      )}
      {html === null ? (
        <div data-note-body className={bodyClass}>
          {content}
        </div>
      ) : (
        // The body's own HTML, rendered from the author's note by our pipeline (see lib/page-body.ts).
        <div data-note-body className={bodyClass} dangerouslySetInnerHTML={{ __html: html }} />
      )}
      {report.code && <CodeCopy copiedLabel={t('codeCopied')} />}
      {report.mermaid && <MermaidDiagrams failedLabel={t('diagramFailed')} />}
      {report.zoom && (
        <ImageZoom zoom={t('zoomImage')} zoomNamed={t('zoomImageNamed')} close={t('closeZoom')} />
      )}
      <Suspense fallback={null}>
        <SearchLanding labels={getSearchLandingLabels()} locale={siteConfig.locale} />
      </Suspense>
    </>
  );
}
