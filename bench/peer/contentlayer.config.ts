import { mkdirSync, writeFileSync } from 'node:fs';
import { type ComputedFields, defineDocumentType, makeSource } from 'contentlayer2/source-files';
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypePrismPlus from 'rehype-prism-plus';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  value: string;
  url: string;
  depth: number;
}

/** The headings of a post's raw body, with the ids rehype-slug gives them. */
function extractToc(markdown: string): TocEntry[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const value = mdastToString(node);
    toc.push({ value, url: `#${slugger.slug(value)}`, depth: node.depth });
  });
  return toc;
}

const computedFields: ComputedFields = {
  readingTime: { type: 'json', resolve: (doc) => readingTime(doc.body.raw) },
  slug: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.replace(/^blog\//, '') },
  path: { type: 'string', resolve: (doc) => doc._raw.flattenedPath },
  toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
};

export const Blog = defineDocumentType(() => ({
  name: 'Blog',
  filePathPattern: 'blog/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean' },
    summary: { type: 'string' },
  },
  computedFields,
}));

interface PostData {
  title: string;
  date: string;
  tags: string[];
  summary?: string;
  slug: string;
  path: string;
  draft?: boolean;
}

/** Posts per tag (by the tag's slug), read by /tags and /tags/[tag]. */
function writeTagCount(posts: PostData[]): void {
  const count: Record<string, number> = {};
  for (const post of posts) {
    if (post.draft) continue;
    for (const tag of post.tags) count[slug(tag)] = (count[slug(tag)] ?? 0) + 1;
  }
  writeFileSync('./app/tag-data.json', JSON.stringify(count));
}

/** Title, date, tags, summary and path of every post, newest first, for a client-side search. */
function writeSearchIndex(posts: PostData[]): void {
  const entries = posts
    .filter((p) => !p.draft)
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map(({ title, date, tags, summary, slug: s, path }) => ({ title, date, tags, summary, slug: s, path }));
  mkdirSync('./public', { recursive: true });
  writeFileSync('./public/search.json', JSON.stringify(entries));
}

export default makeSource({
  contentDirPath: 'data',
  documentTypes: [Blog],
  mdx: {
    cwd: process.cwd(),
    remarkPlugins: [remarkGfm, remarkMath],
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'prepend', properties: { className: ['anchor'] } }],
      rehypeKatex,
      [rehypePrismPlus, { defaultLanguage: 'js', ignoreMissing: true }],
    ],
  },
  onSuccess: async (importData) => {
    const { allBlogs } = (await importData()) as unknown as { allBlogs: PostData[] };
    writeTagCount(allBlogs);
    writeSearchIndex(allBlogs);
  },
});
