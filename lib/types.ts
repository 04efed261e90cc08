/** Shapes shared by the content model, the queries and the components. Pure types, no code. */
import type { RenderReport } from './markdown/report';

/** One problem found in a note; `line` is 1-based in the file, 0 when it is about the whole file. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. `content/posts/2025-11-28-zhihu-notes-1.md`. */
  file: string;
  line: number;
  /** Front matter key, or a pseudo-field such as `yaml`, `file`, `body`, `slug`. */
  field: string;
  /** What is wrong and what was expected, in one sentence. */
  message: string;
  severity: 'error' | 'warning';
}

/** One table-of-contents entry. `id` is the same id the rendered heading gets. */
export interface TocEntry {
  depth: number;
  text: string;
  id: string;
}

/** Which folder a record comes from: `posts/`, `pages/` or an Obsidian vault under `notes/`. */
export type NoteKind = 'post' | 'page' | 'note';

/** A link as its note's body writes it, unresolved (lib/links/ resolves it against every record). */
export interface WrittenLink {
  kind: 'wikilink' | 'embed' | 'markdown';
  /** The note or file named, as written, without its `#part` ('' for a link into the same note). */
  target: string;
  heading: string | null;
  /** A `#^block-id` part, without `^`. */
  block: string | null;
  /** 1-based line in the file. */
  line: number;
  /** The sentence around the link, plain text (what backlinks show). */
  context: string;
}

/** A heading of the rendered body: its text and the id the page gives it (all levels, unlike `toc`). */
export interface HeadingAnchor {
  depth: number;
  text: string;
  id: string;
}

/** Normalised front matter of one note (Chirpy/Jekyll keys, defaults applied). */
export interface NoteMeta {
  title: string;
  /** ISO-8601 instant (UTC, `Z`). */
  date: string;
  /** ISO-8601 instant of `last_modified_at`, when given. */
  updated: string | null;
  /** Category path, top level first: `[知乎, 小记]`. */
  categories: string[];
  /** Tags as written, duplicates (case-insensitive) removed. */
  tags: string[];
  toc: boolean;
  comments: boolean;
  description: string | null;
  pin: boolean;
  /** `draft: true` or `published: false`. */
  draft: boolean;
  /** Chirpy `hidden: true`: built but left out of lists. */
  hidden: boolean;
  /** `slug:` as Jekyll's pretty slug (case kept), else null. */
  slug: string | null;
  /** `permalink:` as written (a site path, may hold `:title` and the like), else null. */
  permalink: string | null;
  /** `redirect_from:` paths (jekyll-redirect-from), served as permanent redirects to the post. */
  redirectFrom: string[];
  math: boolean;
  mermaid: boolean;
  /** Cover image (`image` string or `image.path`), resolved against `media_subpath`. */
  image: { src: string; alt: string; lqip: string | null } | null;
  /** Chirpy `media_subpath` (or older `img_path`), null when absent. */
  mediaSubpath: string | null;
  /** Chirpy `render_with_liquid` (default true). */
  renderWithLiquid: boolean;
  /** `author` / `authors`. */
  authors: string[];
  /** Other names the note is linked by (Obsidian's `aliases`, a list or one string); `[]` when none. */
  aliases: string[];
  /** `series:` the name of the series the note is a part of (lib/series/), else null. */
  series: string | null;
  /** `series_order:` its place in the series (1 is first), else null (placed by date). */
  seriesOrder: number | null;
  /** `license:` a licence id or text; `false` shows none; null: the site's (lib/license/). */
  license: string | false | null;
}

/** Everything computed once per note at content-build time. */
export interface NoteRecord {
  /** Path relative to the content folder, e.g. `posts/2025-11-28-zhihu-notes-1.md`. */
  sourcePath: string;
  /** A blog post (`posts/`), a standalone page (`pages/`) or a knowledge note (`notes/`, a vault). */
  kind: 'post' | 'page' | 'note';
  format: 'md' | 'mdx';
  slug: string;
  /**
   * Site path, decoded (lib/slug.ts): a post's as Jekyll makes it, e.g. `/posts/zhihu-notes-1/`; a
   * knowledge note's from its vault path, e.g. `/notes/学习/01-基础功能汇总/`.
   */
  url: string;
  /** `null` when the note has errors (then `problems` says why). */
  meta: NoteMeta | null;
  /** What the body links to, in body order (lib/markdown/note-links.ts); resolved by lib/links/. */
  links: WrittenLink[];
  /** `^block-id` anchors of a vault note's paragraphs and list items, without `^`. */
  blockIds: string[];
  /** Every heading with its id, for `[[note#heading]]`. */
  headings: HeadingAnchor[];
  /** Calendar day in the site time zone, `YYYY-MM-DD`. */
  day: string;
  wordCount: number;
  readingMinutes: number;
  toc: TocEntry[];
  /** `description`, else the first paragraph as plain text (trimmed to ~160 characters). */
  excerpt: string;
  problems: ContentProblem[];
  /**
   * A `.md` body rendered by the content build (lib/page-body.ts), absent in dev and for `.mdx`
   * (those render when their page does).
   */
  rendered?: PrerenderedBody | null;
  /**
   * File name of the note's search data under `.contentlayer/rendered/` (lib/search/prepared.ts),
   * made by the content build for notes without errors; absent in dev (search reads the body then).
   */
  search?: string;
}

/** A body's page HTML, made ahead of time for the page at `pageUrl` (lib/page-body.ts). */
export interface PrerenderedBody {
  pageUrl: string;
  /**
   * File name of the HTML under `.contentlayer/rendered/`, named by its content's hash: kept out of
   * the generated data, which Next bundles into every server chunk that reads notes.
   */
  file: string;
  /** What the page must load for it. */
  report: RenderReport;
}
