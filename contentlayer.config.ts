import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { formatProblem } from './lib/check-content';
import { buildNoteRecord } from './lib/note-record';
import type { NoteRecord } from './lib/types';
import { siteConfig } from './site.config';

const noteOptions = {
  contentDir: siteConfig.contentDir,
  timeZone: siteConfig.timeZone,
  tocMaxDepth: siteConfig.tocMaxDepth,
};

// Front matter is validated by our own parser (lib/front-matter.ts) rather than by Contentlayer's
// field types: Chirpy accepts a list or a string for categories/tags, `category`/`tag` aliases and
// dates without offsets, and a broken note must stay visible (as an error) in dev instead of being
// skipped. So no fields are declared and everything comes from one computed `note` record.
function computeNote(doc: { _raw: { sourceFilePath: string } }): NoteRecord {
  const text = readFileSync(path.join(siteConfig.contentDir, doc._raw.sourceFilePath), 'utf8');
  // Standalone pages (about) are undated; posts need a date.
  const requireDate = !doc._raw.sourceFilePath.startsWith('pages/');
  const record = buildNoteRecord(doc._raw.sourceFilePath, text, { ...noteOptions, requireDate });
  // Liquid that was dropped or degraded is only found by the body passes: say so during the build
  // (front matter problems are printed by `check:content`, which runs first).
  for (const problem of record.problems) if (problem.field === 'liquid') console.warn(formatProblem(problem));
  return record;
}

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.{md,mdx}',
  // Both formats are read as "markdown": the body is compiled later by next-mdx-remote with the
  // right format; Contentlayer's own MDX bundling would be wasted work.
  contentType: 'markdown',
  fields: {},
  computedFields: {
    note: { type: 'json', resolve: computeNote },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.{md,mdx}',
  contentType: 'markdown',
  fields: {},
  computedFields: {
    note: { type: 'json', resolve: computeNote },
  },
}));

export default makeSource({
  contentDirPath: siteConfig.contentDir,
  documentTypes: [Post, Page],
  // Contentlayer's HTML is never used (bodies render through next-mdx-remote): skip the work.
  markdown: (builder) => {
    builder.use(function skipContentlayerMarkdown(this: { parser: unknown; compiler: unknown }) {
      this.parser = () => ({ type: 'root', children: [] });
      this.compiler = () => '';
    });
  },
  disableImportAliasWarning: true,
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'ignore',
  // A `type:` key in front matter must not be read as a Contentlayer document type.
  fieldOptions: { typeFieldName: '_contentlayerType' },
});
