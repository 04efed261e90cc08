/** The Atom feed: the newest listed posts and dated knowledge notes, with their full content. */
import { siteConfig } from '../site.config';
import { getFeedNotes } from './content';
import { resolveFeedLinks } from './links/page';
import { renderFeedHtml } from './markdown/feed-html';
import { absoluteUrl, t } from './site';
import { basePath } from './static-export';
import { escapeXml } from './xml';

/** Builds the Atom XML for the `limit` newest listed posts and dated notes. */
export function buildFeed(limit = 20): string {
  const notes = getFeedNotes().slice(0, limit);
  const updated = notes[0]?.meta.updated ?? notes[0]?.meta.date ?? new Date(0).toISOString();
  const entries = notes.map((note) => {
    const url = absoluteUrl(note.url);
    const categories = [...note.meta.categories, ...note.meta.tags]
      .map((term) => `<category term="${escapeXml(term)}"/>`)
      .join('');
    return `<entry><title>${escapeXml(note.meta.title)}</title><link href="${escapeXml(url)}"/><id>${escapeXml(url)}</id><published>${note.meta.date}</published><updated>${note.meta.updated ?? note.meta.date}</updated><summary>${escapeXml(note.excerpt)}</summary><content type="html">${escapeXml(
      resolveFeedLinks(
        renderFeedHtml(note.body, note.format, {
          renderWithLiquid: note.meta.renderWithLiquid,
          math: note.meta.math,
          mathMacros: siteConfig.math.macros,
          mediaSubpath: note.meta.mediaSubpath,
          // Under a static export's base path, site paths are absolute below it.
          origin: `${siteConfig.url}${basePath}`,
          pageUrl: note.url,
          footnotes: t('footnotes'),
          footnoteBack: t('footnoteBack'),
        }),
        note.url,
        `${siteConfig.url}${basePath}`,
      ),
    )}</content>${categories}</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${siteConfig.locale}"><title>${escapeXml(siteConfig.title)}</title><subtitle>${escapeXml(siteConfig.description)}</subtitle><link href="${escapeXml(absoluteUrl('/feed.xml'))}" rel="self"/><link href="${escapeXml(absoluteUrl('/'))}"/><id>${escapeXml(absoluteUrl('/'))}</id><updated>${updated}</updated><author><name>${escapeXml(siteConfig.author)}</name></author>${entries.join('')}</feed>
`;
}
