/**
 * One note's build record as `contentlayer2 build` stores it: the record (front matter, TOC,
 * excerpt, problems) and, for `.md` notes without errors, the page body's HTML (in a file of its
 * own, see lib/page-body.ts), from one parse; for every note without errors, its search data
 * (lib/search/prepared.ts).
 * Runs in the worker threads of lib/content-workers.ts, or in Contentlayer's own thread.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site.config';
import { buildRenderedNoteRecord } from './note-record';
import { renderPreparedPageBody, storeRenderedHtml } from './page-body';
import { prepareNoteSearch, storePreparedSearch } from './search/prepared';
import type { NoteRecord } from './types';

/**
 * Builds the record of the note at `sourcePath` (relative to the content folder). Never throws: a
 * body the pipeline cannot render is left for its page, whose build then fails naming it.
 */
export async function buildContentRecord(sourcePath: string): Promise<NoteRecord> {
  const text = readFileSync(path.join(siteConfig.contentDir, sourcePath), 'utf8');
  // Standalone pages (about) are undated and shown at `/<slug>`; posts need a date.
  const isPage = sourcePath.startsWith('pages/');
  return buildRenderedNoteRecord(
    sourcePath,
    text,
    {
      contentDir: siteConfig.contentDir,
      timeZone: siteConfig.timeZone,
      tocMaxDepth: siteConfig.tocMaxDepth,
      requireDate: !isPage,
      defaults: siteConfig.frontMatterDefaults,
    },
    (record) => (isPage ? `/${record.slug}/` : record.url),
    // `.md` bodies are rendered here, once, so static generation only inserts the HTML (`.mdx`
    // bodies are compiled by next-mdx-remote when their page renders).
    renderPreparedPageBody,
    storeRenderedHtml,
    // Search data (sections, terms) here too, from the renderer's parse: static generation builds
    // the index in one process and would otherwise parse and tokenize every note again.
    (record, meta, body, parsed) => {
      try {
        const prepared = prepareNoteSearch(record.format, meta, body, parsed, siteConfig.locale, record.kind);
        return { search: storePreparedSearch(prepared) };
      } catch {
        // The index route makes it again from the body, and fails there naming the note.
        return {};
      }
    },
  );
}
