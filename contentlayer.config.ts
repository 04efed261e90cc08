import { availableParallelism } from 'node:os';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { formatProblem } from './lib/check-content';
import { buildContentRecord } from './lib/content-build';
import { createRecordPool } from './lib/content-workers';
import type { NoteRecord } from './lib/types';
import { siteConfig } from './site.config';

// One worker thread per core builds the records (lib/content-workers.ts); on one core, this thread.
const pool = availableParallelism() > 1 ? createRecordPool(process.cwd()) : null;

// Front matter is validated by our own parser (lib/front-matter.ts) rather than by Contentlayer's
// field types: Chirpy accepts a list or a string for categories/tags, `category`/`tag` aliases and
// dates without offsets, and a broken note must stay visible (as an error) in dev instead of being
// skipped. So no fields are declared and everything comes from one computed `note` record.
async function computeNote(doc: { _raw: { sourceFilePath: string } }): Promise<NoteRecord> {
  const sourcePath = doc._raw.sourceFilePath;
  const record = await (pool ? pool.build(sourcePath) : buildContentRecord(sourcePath));
  // Liquid that was dropped or degraded is only found by the body passes: say so during the build
  // (front matter problems are printed by `check:content`, which runs first).
  for (const problem of record.problems) if (problem.field === 'liquid') console.warn(formatProblem(problem));
  return record;
}

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.{md,mdx}',
  // Both formats are read as "markdown": `.md` bodies are rendered by computeNote, `.mdx` bodies by
  // next-mdx-remote when their page renders; Contentlayer's own MDX bundling would be wasted work.
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
  // Contentlayer's HTML is never used (bodies render through lib/markdown/): skip the work.
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
