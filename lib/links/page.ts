/**
 * A page body's link markers resolved against the current content (lib/links/markers.ts), with the
 * site's labels and base path; embedded notes come from their stored HTML, or are rendered now
 * (`npm run dev`, where the content build stores no HTML).
 */
import { getLinkableNote, getLinkIndex, linkTargetOf, pageUrlOf } from '../content';
import type { RenderReport } from '../markdown/report';
import { readRenderedHtml, renderPageBodyHtml } from '../page-body';
import { t } from '../site';
import { withBasePath } from '../static-export';
import { type MarkerLabels, resolveMarkers, resolveMarkersWithoutEmbeds } from './markers';
import type { LinkTarget } from './resolve';

/** The body HTML with its links resolved, and what embedded notes need the page to load. */
export async function resolvePageLinks(
  html: string,
  pageUrl: string,
): Promise<{ html: string; report: Partial<RenderReport> }> {
  const report: Partial<RenderReport> = {};
  if (!html.includes('<xj-')) return { html, report };
  const page = pageTarget(pageUrl);
  const resolved = await resolveMarkers(html, {
    index: getLinkIndex(),
    from: page,
    page,
    labels: labels(),
    sitePath: (path) => withBasePath(path),
    bodyHtml: async (target) => {
      const embedded = getLinkableNote(target.url);
      if (embedded?.format !== 'md') return null;
      const url = pageUrlOf(embedded);
      const stored = embedded.rendered?.pageUrl === url ? readRenderedHtml(embedded.rendered) : null;
      if (embedded.rendered && stored !== null) {
        mergeReport(report, embedded.rendered.report);
        return stored;
      }
      const fresh = await renderPageBodyHtml(embedded.body, { ...embedded.meta, kind: embedded.kind }, url);
      mergeReport(report, fresh.report);
      return fresh.html;
    },
  });
  // An embedded image opens large like the body's own (`data-zoom`, written by markers.ts).
  if (resolved.includes(' data-zoom')) report.zoom = true;
  return { html: resolved, report };
}

function labels(): MarkerLabels {
  return {
    missingLink: t('linkMissing', { target: '{target}' }),
    missingFile: t('missingMedia'),
    embedCycle: t('embedCycle', { target: '{target}' }),
    openPdf: t('openPdf'),
  };
}

/** The note at a page URL as a link target (an empty one when no note has that page). */
function pageTarget(pageUrl: string): LinkTarget {
  const note = getLinkableNote(pageUrl);
  return note
    ? linkTargetOf(note)
    : { url: pageUrl, sourcePath: '', kind: 'post', title: '', aliases: [], headings: [], blockIds: [] };
}

/** A feed entry's HTML with its links resolved to absolute URLs (`origin`: site URL and base path). */
export function resolveFeedLinks(html: string, pageUrl: string, origin: string): string {
  if (!html.includes('<xj-')) return html;
  // No `page`: a feed reader shows the entry alone, so links to its own headings stay absolute too.
  return resolveMarkersWithoutEmbeds(html, {
    index: getLinkIndex(),
    from: pageTarget(pageUrl),
    labels: labels(),
    sitePath: (path) => `${origin.replace(/\/$/, '')}${path}`,
  });
}

function mergeReport(into: Partial<RenderReport>, from: RenderReport): void {
  into.math ||= from.math;
  into.mermaid ||= from.mermaid;
  into.code ||= from.code;
  into.zoom ||= from.zoom;
}
