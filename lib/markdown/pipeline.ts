/** The one ordered remark/rehype plugin list for note bodies (rendering and TOC extraction). */
import type { Parents, Root } from 'hast';
import type { MDXRemoteProps } from 'next-mdx-remote/rsc';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { rehypeHeadingIds } from './heading-ids';
import { remarkTitleHeading } from './title-heading';

export type NoteFormat = 'md' | 'mdx';

export interface PipelineOptions {
  /** Accessible name of the `#` link beside each heading, in the UI language. */
  anchorLabel?: string;
}

/** What next-mdx-remote/rsc takes as `options.mdxOptions`. */
export type MdxOptions = NonNullable<NonNullable<MDXRemoteProps['options']>['mdxOptions']>;

/**
 * rehype-raw, skipped when the tree holds no raw HTML (re-parsing every note doubles `extractToc`'s time).
 * No `passThrough` needed: with `format: 'md'` MDX makes no mdx* nodes, and `.mdx` never runs this.
 */
function rehypeRawWhenPresent() {
  const reparse = rehypeRaw();
  return (tree: Root, file: Parameters<typeof reparse>[1]): Root =>
    hasRaw(tree) ? reparse(tree, file) : tree;
}

function hasRaw(parent: Parents): boolean {
  return parent.children.some((node) => node.type === 'raw' || ('children' in node && hasRaw(node)));
}

const PRETTY_CODE: PrettyCodeOptions = {
  // Both themes become --shiki-light / --shiki-dark variables on each token; CSS picks one, no JS.
  theme: { light: 'github-light', dark: 'github-dark' },
  // Our stylesheet owns the block background, so shiki's inline background is dropped.
  keepBackground: false,
  // A fence without a language still gets the same figure/pre markup, as plain text.
  defaultLang: { block: 'plaintext' },
  // Inline `code` stays plain: no highlighting and no `{:lang}` suffix stripping.
  bypassInlineCode: true,
};

/** The plugins that decide heading text and ids; `extractToc` runs exactly these so ids always agree. */
export function getHeadingPlugins(
  format: NoteFormat,
  options: PipelineOptions = {},
): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [
      // GFM: tables, task lists, footnotes, strikethrough and autolinks, which Chirpy notes use.
      remarkGfm,
      // One h1 per page: drop the body's repeated title, demote any other h1.
      remarkTitleHeading,
    ],
    rehypePlugins: [
      // `.md` only: raw HTML (<details>, <kbd>) becomes real elements; MDX parses its own JSX.
      ...(format === 'md' ? [rehypeRawWhenPresent] : []),
      // Heading ids from one slugger per document plus `#` anchors; after rehype-raw so raw headings count.
      [rehypeHeadingIds, { anchorLabel: options.anchorLabel }],
    ],
  };
}

/** `options.mdxOptions` for next-mdx-remote/rsc: the heading plugins, then build-time highlighting. */
export function getMdxOptions(format: NoteFormat, options: PipelineOptions = {}): MdxOptions {
  const { remarkPlugins, rehypePlugins } = getHeadingPlugins(format, options);
  return {
    format,
    remarkPlugins,
    rehypePlugins: [
      ...rehypePlugins,
      // Shiki at build time; unknown languages fall back to plaintext inside the plugin, never throw.
      [rehypePrettyCode, PRETTY_CODE],
    ],
  };
}
