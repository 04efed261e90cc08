import { availableParallelism } from 'node:os';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { formatProblem } from './lib/check-content';
import { buildContentRecord } from './lib/content-build';
import { createRecordPool, listDocumentSources } from './lib/content-workers';
import type { NoteRecord } from './lib/types';
import { siteConfig } from './site.config';

/**
 * The front-matter fields a note may have (Chirpy's, plus `draft`), so Contentlayer's generated types
 * name them. Every one is optional and declared as `json`: Contentlayer drops a note whose value does
 * not fit a stricter type (a number for a `string`, `yes` for a `boolean`, `明天` for a `date`)
 * before any code of ours sees it, while Chirpy accepts a string or a list for categories and tags,
 * dates without offsets and the YAML 1.1 booleans. So the values are read and checked by
 * lib/front-matter.ts (its table of keys: lib/front-matter/schema.ts), which reports what is wrong
 * in our own format (`path:line: field: what is wrong (what was expected)`), and the page gets them
 * from the computed `note` record.
 */
const field = (description: string) => ({ type: 'json' as const, required: false, description });

const noteFields = {
  title: field('text: the title (required for a post)'),
  date: field('date and time, `2025-01-02 10:00:00 +0800`; without an offset, in the site time zone'),
  last_modified_at: field('date and time of the last change, as `date`'),
  categories: field('a category path, top level first: a list of strings or one string'),
  category: field('another spelling of `categories`'),
  tags: field('a list of strings or one string'),
  tag: field('another spelling of `tags`'),
  description: field('text: the summary shown in lists and meta tags (default: the excerpt)'),
  toc: field('true/false: show the table of contents (default true)'),
  comments: field('true/false: show comments (default true)'),
  pin: field('true/false: pinned to the top of the home page'),
  hidden: field('true/false: built but left out of lists'),
  draft: field('true/false: a draft, shown only when drafts are shown'),
  published: field('true/false: `false` is the same as `draft: true`'),
  math: field('true/false: render $…$ formulas with KaTeX'),
  mermaid: field('true/false: draw ```mermaid blocks'),
  render_with_liquid: field('true/false: read `{% … %}` tags (default true)'),
  slug: field("text: the last part of the post's URL"),
  permalink: field('text: the site path of the post, may hold `:title`'),
  redirect_from: field('site paths that redirect to the post: a list or one path'),
  image: field('cover image: a path, or `{ path, alt, lqip }`'),
  media_subpath: field('text: folder that relative image paths are resolved against'),
  img_path: field('older spelling of `media_subpath`'),
  author: field('an author, or a list of them'),
  authors: field('a list of authors, or one'),
  aliases: field('other names the note is linked by (`[[别名]]`): a list or one string'),
  series: field('text: the series the post belongs to (lib/series/)'),
  series_order: field('a number: the place of the post in its series (default: by date)'),
  // Obsidian's keys, read for vault notes only (lib/front-matter/schema.ts, NOTE_ONLY_KEYS).
  created: field('a note: date and time it was written, used when it has no `date`'),
  updated: field('a note: date and time of the last change, as `last_modified_at`'),
  publish: field('a note: true/false, `false` is the same as `draft: true`'),
};

/** A knowledge note's front matter (Obsidian's forms): all optional, most vault notes have none. */
const vaultFields = {
  ...noteFields,
  title: field('text: the title (default: the file name without .md)'),
  date: field('date and time, as for a post (default: `created`, else the note is undated)'),
};

// One worker thread per core builds the records (lib/content-workers.ts); on one core, this thread.
const pool = availableParallelism() > 1 ? createRecordPool(process.cwd()) : null;

// With no cache of its own, Contentlayer will ask for every note's record: `npm run build` says so
// (scripts/build.ts), and the workers start on all of them at the first one asked.
let prefetched = process.env.XIAOJI_CONTENT_PREFETCH !== '1';

/** The record of a note (lib/note-record.ts): the same code in `contentlayer2 build` and `dev`. */
async function computeNote(doc: { _raw: { sourceFilePath: string } }): Promise<NoteRecord> {
  const sourcePath = doc._raw.sourceFilePath;
  if (pool && !prefetched) {
    prefetched = true;
    pool.prefetch(listDocumentSources(siteConfig.contentDir));
  }
  const record = await (pool ? pool.build(sourcePath) : buildContentRecord(sourcePath));
  // `npm run build` stops at the content check before a note with errors gets here; in
  // `npm run dev` this is where the terminal hears of them. Liquid that was dropped or degraded is
  // only found by the body passes: say so in both.
  for (const problem of record.problems)
    if (problem.severity === 'error' || problem.field === 'liquid') console.warn(formatProblem(problem));
  return record;
}

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.{md,mdx}',
  // Both formats are read as "markdown": `.md` bodies are rendered by computeNote, `.mdx` bodies by
  // next-mdx-remote when their page renders; Contentlayer's own MDX bundling would be wasted work.
  contentType: 'markdown',
  fields: noteFields,
  computedFields: {
    note: { type: 'json', resolve: computeNote },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.{md,mdx}',
  contentType: 'markdown',
  fields: noteFields,
  computedFields: {
    note: { type: 'json', resolve: computeNote },
  },
}));

/**
 * A knowledge note: `content/notes/` is an Obsidian vault copied as it is. Only `.md` files are
 * documents (attachments are copied by lib/attachments.ts); Contentlayer's glob skips dot-folders
 * (`.obsidian/`, `.trash/`) since fast-glob and micromatch match no dot entry by default.
 */
export const Note = defineDocumentType(() => ({
  name: 'Note',
  filePathPattern: 'notes/**/*.md',
  contentType: 'markdown',
  fields: vaultFields,
  computedFields: {
    note: { type: 'json', resolve: computeNote },
  },
}));

export default makeSource({
  contentDirPath: siteConfig.contentDir,
  documentTypes: [Post, Page, Note],
  // Contentlayer's HTML is never used (bodies render through lib/markdown/): skip the work.
  markdown: (builder) => {
    builder.use(function skipContentlayerMarkdown(this: { parser: unknown; compiler: unknown }) {
      this.parser = () => ({ type: 'root', children: [] });
      this.compiler = () => '';
    });
  },
  disableImportAliasWarning: true,
  // A note Contentlayer cannot read at all (front matter that is not YAML) is left out quietly: the
  // content checker names it in our format, before the build and on every page in dev.
  onMissingOrIncompatibleData: 'skip-ignore',
  onUnknownDocuments: 'skip-ignore',
  // Keys not declared above: lib/front-matter.ts warns of them, with the key it likely meant.
  onExtraFieldData: 'ignore',
  // A `type:` key in front matter must not be read as a Contentlayer document type.
  fieldOptions: { typeFieldName: '_contentlayerType' },
});
