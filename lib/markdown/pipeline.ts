/** The one ordered remark/rehype plugin list for note bodies (rendering, TOC extraction, feed). */
import type { Parents, Root } from 'hast';
import type { MDXRemoteProps } from 'next-mdx-remote/rsc';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { taxonomySlug } from '../taxonomy';
import type { NoteKind } from '../types';
import { remarkAttributeLists } from './attribute-lists';
import rehypeBasePath from './base-path';
import { type CalloutLabels, type CalloutTitles, remarkCallouts } from './callouts';
import { rehypeCodeFold, rehypeCodeHeader, remarkCodeBlocks } from './code-blocks';
import { rehypeCodeTokenClasses } from './code-palette';
import { CODE_THEMES, getCodeHighlighter, MERGED_CODE_THEME, mergedThemeWhitespace } from './code-themes';
import { remarkDefinitionLists } from './definition-lists';
import { rehypeHeadingIds } from './heading-ids';
import { remarkHighlights } from './highlights';
import { remarkImageCaptions } from './image-captions';
import { rehypeImageZoom } from './image-zoom';
import { type ImageOptions, rehypeImages } from './images';
import { remarkInlineTags } from './inline-tags';
import { remarkKramdownHtml } from './kramdown-html';
import { rehypeLinks } from './links';
import { rehypeMath, remarkDisplayMath } from './math';
import { remarkNoteLinks } from './note-links';
import type { RenderReport } from './report';
import { rehypeSafeAttributes } from './safe-attributes';
import { rehypeTaskLists } from './task-lists';
import { remarkTitleHeading } from './title-heading';

export type NoteFormat = 'md' | 'mdx';

/** What a body belongs to: Obsidian's inline syntax is read in notes only (posts render as on Chirpy). */
export type BodyKind = NoteKind;

/** Words the rendered body shows or announces, in the UI language. */
export interface PipelineLabels {
  /** Accessible name of the `#` link beside each heading. */
  anchorLabel?: string;
  /** Hidden name of each callout type, e.g. `{ tip: '提示：', … }`. */
  callouts?: CalloutLabels;
  /** Default title of each Obsidian callout family, e.g. `{ tip: '提示', … }`. */
  calloutTitles?: CalloutTitles;
  /** Hidden prefix naming the family before a custom callout title, `{type}` replaced: `{type}：`. */
  calloutTypeLabel?: string;
  /** Heading of the footnotes section (visually hidden). */
  footnotes?: string;
  /** Accessible name of a footnote's back link; `{n}` is the reference number. */
  footnoteBack?: string;
  /** The copy button of code blocks; without it no button is rendered. */
  copyCode?: string;
  /** The control of a folded code block, `{n}` its lines: "展开全部 ({n} 行)"; and the one that folds it again. */
  codeFoldExpand?: string;
  codeFoldCollapse?: string;
  /** Shown for a missing image that has no alt text. */
  missingImage?: string;
  /** Appended to a video/audio embed whose file is missing. */
  missingMedia?: string;
}

export interface PipelineOptions extends PipelineLabels {
  /**
   * Where the body comes from (default `post`). `note`: `==highlight==`, inline `#tags`, `^block-id`
   * anchors and Obsidian's look for every callout.
   */
  kind?: BodyKind;
  /** Front matter `math: true`: `$…$` and `$$…$$` are math (KaTeX), as Chirpy reads them only then. */
  math?: boolean;
  /** The site's TeX macros (`siteConfig.math.macros`), for KaTeX. */
  mathMacros?: Record<string, string>;
  /** Chirpy `media_subpath`, for relative image paths. */
  mediaSubpath?: string | null;
  /** Whether a site path exists (missing images become their alt text). */
  assetExists?: ImageOptions['assetExists'];
  /** The page's URL (`/posts/<slug>`): relative links resolve against it as Jekyll would (see links.ts). */
  pageUrl?: string;
  /** A static export's base path (`/repo`): the body's site paths get it (base-path.ts); pages only. */
  basePath?: string;
  /** Code blocks longer than this many lines show folded (site `codeFoldLines`); 0 or unset: none. */
  codeFoldLines?: number;
  /** Filled in during the compile: what the page must load (KaTeX CSS, islands). */
  report?: RenderReport;
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
  // GitHub's default themes with every token colour raised to AA contrast on our block background.
  // Both are given to each token (palette classes, code-palette.ts; CSS picks one, no JS). One merged
  // theme stands for the two so shiki tokenizes each block once, not once per theme (code-themes.ts).
  ...(MERGED_CODE_THEME
    ? { theme: MERGED_CODE_THEME.theme, transformers: [mergedThemeWhitespace] }
    : { theme: CODE_THEMES }),
  // Tokenized without shiki's wall-clock limit, so a busy machine cannot change the colours.
  getHighlighter: getCodeHighlighter,
  // Our stylesheet owns the block background, so shiki's inline background is dropped.
  keepBackground: false,
  // A fence without a language still gets the same figure/pre markup, as plain text.
  defaultLang: { block: 'plaintext' },
  // Inline `code` stays plain: no highlighting and no `{:lang}` suffix stripping.
  bypassInlineCode: true,
};

/** The plugins that decide heading text and ids; `extractToc` and search run exactly these so ids always agree. */
export function getHeadingPlugins(
  format: NoteFormat,
  options: PipelineOptions = {},
): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [
      // GFM: tables, task lists, footnotes, strikethrough and autolinks, which Chirpy notes use.
      remarkGfm,
      // `**` and `~~` next to CJK punctuation or code (`用**工具（Tool）**让`) bold as kramdown does;
      // CommonMark's flanking rules leave them as text (docs/migrating-from-chirpy.md).
      remarkCjkFriendly,
      remarkCjkFriendlyGfmStrikethrough,
      // `.md` only: kramdown's `<div markdown="1">` content parsed as markdown by this same processor.
      ...(format === 'md' ? [remarkKramdownHtml] : []),
      // `$…$` / `$$…$$` only where the note turned math on, so "$5 and $10" stays text elsewhere.
      ...(options.math ? [remarkMath, remarkDisplayMath] : []),
      // kramdown `{: …}` attribute lists: attached (prompt, file name, image size, toc skip) or dropped.
      remarkAttributeLists,
      // kramdown `Term` / `: definition` lists.
      remarkDefinitionLists,
      // Chirpy prompts and GitHub alerts → `prompt-*` callouts; Obsidian callouts (hidden labels only when rendering).
      [
        remarkCallouts,
        {
          labels: options.callouts,
          titles: options.calloutTitles,
          typeLabel: options.calloutTypeLabel,
          kind: options.kind,
        },
      ],
      // Notes only: `==highlight==` (before the heading ids read heading text) and `#tags` as tag links.
      ...((options.kind === 'note'
        ? [remarkHighlights, [remarkInlineTags, { tagUrl: (tag: string) => `/tags/${taxonomySlug(tag)}/` }]]
        : []) as PluggableList),
      // One h1 per page: drop the body's repeated title, demote any other h1.
      remarkTitleHeading,
      // `.md` only: `[[wikilinks]]`, `![[embeds]]` and links to `.md` files as markers the page
      // resolves against every note (lib/links/markers.ts); `^block-id` anchors in vault notes.
      ...(format === 'md' ? ([[remarkNoteLinks, { kind: options.kind }]] as PluggableList) : []),
    ],
    rehypePlugins: [
      // `.md` only: raw HTML (<details>, <kbd>) becomes real elements; MDX parses its own JSX.
      ...(format === 'md' ? [rehypeRawWhenPresent] : []),
      // Heading ids from one slugger per document plus `#` anchors; after rehype-raw so raw headings count.
      [rehypeHeadingIds, { anchorLabel: options.anchorLabel }],
    ],
  };
}

/** `remark-rehype` options: footnote words in the UI language. */
function remarkRehypeOptions(options: PipelineLabels) {
  const back = options.footnoteBack;
  return {
    ...(options.footnotes ? { footnoteLabel: options.footnotes } : {}),
    ...(back
      ? {
          footnoteBackLabel: (index: number, again: number) =>
            back.replace('{n}', `${index + 1}${again > 1 ? `-${again}` : ''}`),
        }
      : {}),
  };
}

/** The plugins after the heading ones that make the page body (also used, minus highlighting, by the feed). */
function getBodyPlugins(options: PipelineOptions, feed: { origin?: string } | null) {
  return {
    remarkPlugins: [
      // Chirpy's caption: an italic line right under an image.
      remarkImageCaptions,
      // Mermaid blocks, code block labels/line numbers (file name from `{: file=… }`).
      [remarkCodeBlocks, { report: options.report }],
    ] as PluggableList,
    rehypePlugins: [
      // KaTeX at build time (before highlighting, which would take math for code); MathML only in feeds.
      ...(options.math
        ? [
            [
              rehypeMath,
              {
                report: options.report,
                output: feed ? 'mathml' : 'htmlAndMathml',
                macros: options.mathMacros,
              },
            ],
          ]
        : []),
      // media_subpath, lazy loading, lqip, missing images shown as their alt text.
      [
        rehypeImages,
        {
          mediaSubpath: options.mediaSubpath,
          assetExists: options.assetExists,
          missingLabel: options.missingImage,
          origin: feed?.origin,
        },
      ],
      // Pages only: body images outside links open large (the zoom island loads on first use).
      ...(feed ? [] : [[rehypeImageZoom, { report: options.report }]]),
      // Shiki at build time (pages only); unknown languages fall back to plaintext inside the plugin.
      ...(feed
        ? []
        : [
            [rehypePrettyCode, PRETTY_CODE],
            // Token colours as palette classes (app/code-palette.css) instead of inline styles.
            rehypeCodeTokenClasses,
            [rehypeCodeHeader, { copyLabel: options.copyCode }],
            // Long blocks folded behind a CSS-only control; feeds get every block whole.
            [
              rehypeCodeFold,
              {
                lines: options.codeFoldLines ?? 0,
                expand: options.codeFoldExpand ?? '{n}',
                collapse: options.codeFoldCollapse ?? '-',
              },
            ],
          ]),
      // Task list checkboxes labelled by their item's text.
      rehypeTaskLists,
      // Relative links resolved as Jekyll does (`../other-note/`), trailing slashes dropped; absolute in feeds.
      [
        rehypeLinks,
        {
          pageUrl: options.pageUrl,
          origin: feed?.origin,
          assetExists: options.assetExists,
          missingLabel: options.missingMedia,
        },
      ],
      // Pages of a static export under a base path: site paths get it (feeds are absolute already).
      ...(feed ? [] : [[rehypeBasePath, { basePath: options.basePath }]]),
      // Last: unparsable styles, event handlers and javascript: URLs dropped, so no note breaks the build.
      rehypeSafeAttributes,
    ] as PluggableList,
  };
}

/**
 * The page plugin list, heading plugins first, then the body plugins: `options.mdxOptions` for
 * next-mdx-remote/rsc (`.mdx`), and what lib/markdown/render-html.ts runs for `.md`.
 */
export function getMdxOptions(format: NoteFormat, options: PipelineOptions = {}): MdxOptions {
  const heading = getHeadingPlugins(format, options);
  const body = getBodyPlugins(options, null);
  return {
    format,
    remarkPlugins: [...heading.remarkPlugins, ...body.remarkPlugins],
    rehypePlugins: [...heading.rehypePlugins, ...body.rehypePlugins],
    remarkRehypeOptions: remarkRehypeOptions(options),
  };
}

/** The plugin lists the feed renders with: no highlighting, MathML, absolute image URLs. */
export function getFeedPlugins(
  format: NoteFormat,
  options: PipelineOptions & { origin?: string; anchors?: boolean },
): { remarkPlugins: PluggableList; rehypePlugins: PluggableList; remarkRehypeOptions: object } {
  const heading = getHeadingPlugins(format, options);
  const body = getBodyPlugins(options, { origin: options.origin });
  const headingRehype = options.anchors
    ? heading.rehypePlugins
    : heading.rehypePlugins.map((plugin) =>
        Array.isArray(plugin) && plugin[0] === rehypeHeadingIds
          ? [rehypeHeadingIds, { anchors: false }]
          : plugin,
      );
  return {
    remarkPlugins: [...heading.remarkPlugins, ...body.remarkPlugins],
    rehypePlugins: [...(headingRehype as PluggableList), ...body.rehypePlugins],
    remarkRehypeOptions: remarkRehypeOptions(options),
  };
}
