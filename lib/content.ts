/**
 * The ONLY reader of Contentlayer's generated data, in builds (a snapshot, lib/content-data.ts) and
 * in `npm run dev` (as `contentlayer2 dev` rewrites it). Visibility (drafts, hidden, broken notes)
 * and order are decided here once per content version; every page, the feed, the sitemap and search
 * start from these lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { siteConfig } from '../site.config';
import { failOnContentErrors } from './build-env';
import {
  type CheckMemo,
  checkNotes,
  contentCheckOptions,
  createCheckMemo,
  formatProblem,
  readNoteFiles,
} from './check-content';
import {
  type ContentData,
  type ContentDoc,
  type GeneratedContent,
  parseContentData,
  readGeneratedContent,
} from './content-data';
import { listVaultAttachments } from './links/attachments';
import {
  type Backlink,
  buildLinkState,
  createLinkMemo,
  type LinkedRecord,
  type LinkGraph,
  type LinkState,
  type RelatedNote,
  rankRelated,
} from './links/graph';
import type { LinkTarget } from './links/resolve';
import { buildNoteTree, listNoteFolders, type NoteFolder } from './notes/tree';
import { groupSeries, placeSeriesMembers, type Series, type SeriesPlace } from './series/order';
import { pickRecentlyUpdated } from './side-panels';
import { NOTES_DIR, urlLookupKey } from './slug';
import { buildCategoryTree, groupArchives, groupTags, type TagGroup, taxonomySlug } from './taxonomy';
import type { ContentProblem, NoteMeta, NoteRecord } from './types';

/** A note that renders: its record with non-null meta, plus the raw markdown body. */
export interface Note extends NoteRecord {
  meta: NoteMeta;
  body: string;
}

// In dev a document a save did not change keeps its object (lib/content-data.ts), and so its note:
// what is computed per note (link targets, resolved links) is kept across content versions too.
const notesOfDocs = new WeakMap<ContentDoc, Note>();

function toNotes(docs: readonly ContentDoc[]): { notes: Note[]; broken: NoteRecord[] } {
  const notes: Note[] = [];
  const broken: NoteRecord[] = [];
  for (const doc of docs) {
    const record = doc.note;
    if (record.meta && !record.problems.some((p) => p.severity === 'error')) {
      let note = notesOfDocs.get(doc);
      if (!note) {
        note = { ...record, meta: record.meta, body: doc.body.raw };
        notesOfDocs.set(doc, note);
      }
      notes.push(note);
    } else broken.push(record);
  }
  return { notes, broken };
}

const byNewest = (a: Note, b: Note) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug);

/** Every list the site is built from, decided once per content version. */
interface Content {
  pages: Note[];
  brokenNotes: NoteRecord[];
  /** Every post that has a page: no errors, drafts only when drafts are shown; newest first. */
  publishedPosts: Note[];
  /** Published posts minus `hidden: true`: the list behind archives, taxonomies, feed and search. */
  listedPosts: Note[];
  /** Listed posts with pinned ones first (each group newest first): the home page order. */
  homePosts: Note[];
  /**
   * Every knowledge note that has a page (`content/notes/`): no errors, drafts (`draft: true`,
   * `publish: false`) only when drafts are shown; in vault order (by path).
   */
  publishedNotes: Note[];
  /** Published notes minus `hidden: true`: the notes of the tree, tag pages, search, sitemap and feed. */
  listedNotes: Note[];
}

const byPath = (a: Note, b: Note) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0);

function decide(
  postDocs: readonly ContentDoc[],
  pageDocs: readonly ContentDoc[],
  noteDocs: readonly ContentDoc[],
): Content {
  const posts = toNotes(postDocs);
  const pages = toNotes(pageDocs);
  const vault = toNotes(noteDocs);
  const publishedPosts = posts.notes.filter((n) => siteConfig.showDrafts || !n.meta.draft).sort(byNewest);
  const listedPosts = publishedPosts.filter((n) => !n.meta.hidden);
  const publishedNotes = vault.notes.filter((n) => siteConfig.showDrafts || !n.meta.draft).sort(byPath);
  return {
    pages: pages.notes,
    brokenNotes: [...posts.broken, ...pages.broken, ...vault.broken],
    publishedPosts,
    listedPosts,
    homePosts: [...listedPosts.filter((n) => n.meta.pin), ...listedPosts.filter((n) => !n.meta.pin)],
    publishedNotes,
    listedNotes: publishedNotes.filter((n) => !n.meta.hidden),
  };
}

// `npm run dev` reads Contentlayer's data as `contentlayer2 dev` rewrites it after each save.
const dev = process.env.NODE_ENV === 'development';

/**
 * The snapshot of Contentlayer's data this server was built from (lib/content-data.ts), read from
 * its file when the module loads. Its name is compiled in by next.config.ts; the path is written out
 * from process.cwd(), so Next's file tracing adds the file to a server function.
 */
function readContentData(): ContentData {
  const name = process.env.XIAOJI_CONTENT_DATA;
  if (!name) {
    throw new Error(
      'XIAOJI_CONTENT_DATA is not set: this server was not compiled by `next build` with next.config.ts (run `npm run build`).',
    );
  }
  const file = path.join(process.cwd(), '.contentlayer/data', name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const message = `${file}: the content this build was made from is gone. Build again (\`npm run build\`).`;
    throw new Error(message, { cause: error });
  }
  return parseContentData(text, file);
}

const generated = dev ? null : readContentData();
const built: Content | null = generated && decide(generated.posts, generated.pages, generated.notes);

if (built && failOnContentErrors && built.brokenNotes.length > 0) {
  // Normally `npm run check:content` stops the build first; this guards a bare `next build`.
  const lines = built.brokenNotes.flatMap((n) =>
    n.problems.filter((p) => p.severity === 'error').map(formatProblem),
  );
  throw new Error(`Notes with errors (the build keeps the last good site):\n${lines.join('\n')}`);
}

const devContent = new WeakMap<GeneratedContent, Content>();

// In dev, one look at the generated data per request (React's cache is per server render; outside a
// render, as in generateStaticParams, it calls through): the layout and the page of one render see
// the same notes, and the stamp the page's refresh island gets names exactly what the page shows.
const devData = cache(() => readGeneratedContent(process.cwd()));

/** The content lists: decided once in builds; in dev, again after Contentlayer rewrote its data. */
function content(): Content {
  if (built) return built;
  const data = devData();
  let decided = devContent.get(data);
  if (!decided) {
    decided = decide(data.posts, data.pages, data.notes);
    devContent.set(data, decided);
  }
  return decided;
}

/**
 * In dev, the stamp of Contentlayer's data as this render read it (`GeneratedContent.stamp`), for the
 * page's refresh island; null in builds, where notes never change.
 */
export function getContentStamp(): string | null {
  return dev ? devData().stamp : null;
}

/** All published posts, newest first, hidden ones included (they keep their own page). */
export function getPublishedPosts(): readonly Note[] {
  return content().publishedPosts;
}

/** Posts shown in lists (no hidden ones), newest first. */
export function getListedPosts(): readonly Note[] {
  return content().listedPosts;
}

/** One page of the home list (1-based), pinned first; null when the page does not exist. */
export function getHomePage(page: number): { notes: Note[]; page: number; totalPages: number } | null {
  const { homePosts } = content();
  const size = siteConfig.postsPerPage;
  const totalPages = Math.max(1, Math.ceil(homePosts.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { notes: homePosts.slice((page - 1) * size, page * size), page, totalPages };
}

/** The published post at this site path (decoded, as `Note.url`). */
export function getPostByUrl(url: string): Note | undefined {
  return postsByUrl().get(url);
}

/** Site paths of every published post, for generateStaticParams. */
export function getPostUrls(): string[] {
  return content().publishedPosts.map((n) => n.url);
}

/** Older and newer neighbours of a post in the listed order (hidden posts have none). */
export function getAdjacentPosts(url: string): { older: Note | null; newer: Note | null } {
  const { listedPosts } = content();
  const index = listedPosts.findIndex((n) => n.url === url);
  if (index < 0) return { older: null, newer: null };
  return { older: listedPosts[index + 1] ?? null, newer: listedPosts[index - 1] ?? null };
}

const urlMaps = new WeakMap<Content, { exact: Map<string, Note>; moved: Map<string, string> }>();

/** Per content version: posts by exact URL, and every other spelling (and `redirect_from:`) to a URL. */
function urlMapsOf(current: Content) {
  let maps = urlMaps.get(current);
  if (!maps) {
    const exact = new Map<string, Note>();
    const moved = new Map<string, string>();
    for (const note of current.publishedPosts) {
      exact.set(note.url, note);
      // Route params reach pages decoded and NFC-normalized (lib/params.ts); a file name need not be NFC.
      exact.set(note.url.normalize('NFC'), note);
      for (const from of note.meta.redirectFrom) moved.set(urlLookupKey(from), note.url);
    }
    // A knowledge note is also found by its vault path as written (`/notes/学习/01 基础.md`, spaces
    // and all): the way Obsidian users type and share it.
    for (const note of current.publishedNotes) {
      moved.set(urlLookupKey(`/${note.sourcePath.replace(/\.md$/i, '')}`), note.url);
      moved.set(urlLookupKey(`/${note.sourcePath}`), note.url);
    }
    // A post's own spellings win over another post's `redirect_from:`.
    for (const note of [...current.publishedPosts, ...current.publishedNotes])
      moved.set(urlLookupKey(note.url), note.url);
    maps = { exact, moved };
    urlMaps.set(current, maps);
  }
  return maps;
}

function postsByUrl(): Map<string, Note> {
  return urlMapsOf(content()).exact;
}

/**
 * Where a request for a path no page answers should go: the URL of the post it spells another way
 * (other case, no trailing slash, other percent-encoding or Unicode form) or names in `redirect_from:`;
 * null when none. Only missed paths come here (app/moved/), so posts are served without this lookup.
 */
export function findMovedPost(path: string): string | null {
  return urlMapsOf(content()).moved.get(urlLookupKey(path)) ?? null;
}

/**
 * Every `redirect_from:` path with the URL of its post, except paths that are a post's own URL (a
 * post's own spelling wins, as in findMovedPost): the redirect pages of a static export.
 */
export function getRedirects(): { from: string; to: string }[] {
  const current = content();
  const own = new Set(current.publishedPosts.map((note) => urlLookupKey(note.url)));
  const seen = new Set<string>();
  return current.publishedPosts.flatMap((note) =>
    note.meta.redirectFrom.flatMap((from) => {
      const key = urlLookupKey(from);
      if (own.has(key) || seen.has(key)) return [];
      seen.add(key);
      return [{ from, to: note.url }];
    }),
  );
}

/** The category tree of listed posts with counts. */
export function getCategoryTree() {
  return buildCategoryTree(content().listedPosts.map((n) => n.meta));
}

/** Every category name (all levels) with its slug, for static params. */
export function getCategorySlugs(): string[] {
  return [...new Set(content().listedPosts.flatMap((n) => n.meta.categories.map(taxonomySlug)))];
}

/** Listed posts filed under the category (at any level of their path), with its display name. */
export function getPostsInCategory(slug: string): { name: string; notes: Note[] } | null {
  const notes = content().listedPosts.filter((n) => n.meta.categories.some((c) => taxonomySlug(c) === slug));
  const first = notes[0]?.meta.categories.find((c) => taxonomySlug(c) === slug);
  return first === undefined ? null : { name: first, notes };
}

const tagged = new WeakMap<Content, Note[]>();

/** Listed posts, newest first, then listed knowledge notes in vault order: what tags are drawn from. */
function taggedNotes(current: Content): Note[] {
  let list = tagged.get(current);
  if (!list) {
    list = [...current.listedPosts, ...current.listedNotes];
    tagged.set(current, list);
  }
  return list;
}

const tagGroups = new WeakMap<Content, readonly TagGroup[]>();

/**
 * Tags of listed posts and knowledge notes, grouped case-insensitively, with counts; once per content
 * version, since every post page's side panel asks for them.
 */
export function getTags(): readonly TagGroup[] {
  const current = content();
  let groups = tagGroups.get(current);
  if (!groups) {
    groups = groupTags(taggedNotes(current).map((n) => n.meta));
    tagGroups.set(current, groups);
  }
  return groups;
}

/** Listed posts (newest first) then knowledge notes with the tag, and the tag's display name. */
export function getPostsWithTag(slug: string): { name: string; notes: Note[] } | null {
  const group = getTags().find((t) => t.slug === slug);
  if (!group) return null;
  return {
    name: group.name,
    notes: taggedNotes(content()).filter((n) => n.meta.tags.some((t) => taxonomySlug(t) === slug)),
  };
}

interface SeriesIndex {
  list: Series<Note>[];
  places: Map<string, SeriesPlace<Note>>;
}

const seriesIndexes = new WeakMap<Content, SeriesIndex>();

/** Per content version: the series of listed posts and knowledge notes, and each part's place. */
function seriesOf(current: Content): SeriesIndex {
  let index = seriesIndexes.get(current);
  if (!index) {
    const list = groupSeries(taggedNotes(current));
    index = { list, places: placeSeriesMembers(list) };
    seriesIndexes.set(current, index);
  }
  return index;
}

/** Every series of listed posts and notes (lib/series/order.ts), the latest updated first. */
export function getSeriesList(): readonly Series<Note>[] {
  return seriesOf(content()).list;
}

/** The series at `/series/<slug>/` (slug decoded), null when none. */
export function getSeries(slug: string): Series<Note> | null {
  return seriesOf(content()).list.find((s) => s.slug === slug) ?? null;
}

/** Where the listed post or note at this URL stands in its series; null when it is in none. */
export function getSeriesPlace(url: string): SeriesPlace<Note> | null {
  return seriesOf(content()).places.get(url) ?? null;
}

// Per content version, newest first: every post page's side panel asks.
const recentlyUpdated = new WeakMap<Content, readonly Note[]>();

/** The side panel's "recently updated": listed posts by `last_modified_at`, else date, newest first. */
export function getRecentlyUpdated(limit: number): readonly Note[] {
  const current = content();
  let recent = recentlyUpdated.get(current);
  if (!recent) {
    recent = pickRecentlyUpdated(current.listedPosts, current.listedPosts.length);
    recentlyUpdated.set(current, recent);
  }
  return recent.slice(0, Math.max(0, limit));
}

/** Listed posts grouped by year and month in the site time zone, newest first. */
export function getArchives() {
  return groupArchives(content().listedPosts);
}

const feeds = new WeakMap<Content, Note[]>();

/** What the feed shows: listed posts and dated listed knowledge notes, newest first. */
export function getFeedNotes(): readonly Note[] {
  const current = content();
  let list = feeds.get(current);
  if (!list) {
    list = [...current.listedPosts, ...current.listedNotes.filter((n) => n.meta.date !== '')].sort(byNewest);
    feeds.set(current, list);
  }
  return list;
}

/** What search covers: listed posts (newest first), then listed knowledge notes (vault order). */
export function getSearchedNotes(): readonly Note[] {
  return taggedNotes(content());
}

/** Every knowledge note with a page (drafts only when shown; hidden ones too), in vault order. */
export function getPublishedNotes(): readonly Note[] {
  return content().publishedNotes;
}

/** Knowledge notes shown in lists, the tree, search and the sitemap (no hidden ones), in vault order. */
export function getListedNotes(): readonly Note[] {
  return content().listedNotes;
}

/** The published knowledge note at this site path (decoded, as `Note.url`). */
export function getNoteByUrl(url: string): Note | undefined {
  return notesOf(content()).byUrl.get(url.normalize('NFC'));
}

/** Site paths of every published knowledge note, for generateStaticParams. */
export function getNoteUrls(): string[] {
  return content().publishedNotes.map((n) => n.url);
}

/** The vault's folder tree of listed notes (`/notes/` and one index page per folder). */
export function getNoteTree(): NoteFolder<Note> {
  return notesOf(content()).tree;
}

/** The folder whose index page is at this site path (decoded), null when none. */
export function getNoteFolder(url: string): NoteFolder<Note> | null {
  return notesOf(content()).folders.get(url.normalize('NFC')) ?? null;
}

/** Site paths of every folder index page below `/notes/`, for generateStaticParams. */
export function getNoteFolderUrls(): string[] {
  return [...notesOf(content()).folders.keys()].filter((url) => url !== `/${NOTES_DIR}/`);
}

interface NoteIndex {
  byUrl: Map<string, Note>;
  tree: NoteFolder<Note>;
  folders: Map<string, NoteFolder<Note>>;
}

const noteIndexes = new WeakMap<Content, NoteIndex>();

/** Per content version: notes by URL and the folder tree. */
function notesOf(current: Content): NoteIndex {
  let index = noteIndexes.get(current);
  if (!index) {
    const tree = buildNoteTree(current.listedNotes);
    index = {
      byUrl: new Map(current.publishedNotes.map((n) => [n.url.normalize('NFC'), n])),
      tree,
      folders: new Map(listNoteFolders(tree).map((f) => [f.url, f])),
    };
    noteIndexes.set(current, index);
  }
  return index;
}

/** A standalone page (`content/pages/<slug>.md`), e.g. about. */
export function getPage(slug: string): Note | undefined {
  return content().pages.find((n) => n.slug === slug);
}

/** Problems of notes that cannot render (only non-empty in dev; builds fail instead). */
export function getBrokenNotes(): readonly NoteRecord[] {
  return content().brokenNotes;
}

function checkFiles(memo?: CheckMemo, links = true): ContentProblem[] {
  const files = readNoteFiles(siteConfig.contentDir, memo?.files);
  return checkNotes(files, { ...contentCheckOptions(siteConfig), links }, memo);
}

// In dev, the checker's per-note results (one save re-checks one note) and its last answer.
const devCheck: { memo: CheckMemo; stamp: string | null; problems: ContentProblem[] } = {
  memo: createCheckMemo(),
  stamp: null,
  problems: [],
};

/**
 * Every problem of every note, warnings included: those of the records (as in builds, which fail
 * instead of showing them). In dev, also what only the content checker finds, checked again after
 * each change: a note whose front matter Contentlayer cannot even parse (it leaves the note out),
 * or two notes with one URL. Links between notes are not checked here (their warnings are
 * getLinkProblems'): in dev that check ran again over every note after each save.
 */
export function getContentProblems(): ContentProblem[] {
  if (generated && failOnContentErrors)
    return [...generated.posts, ...generated.pages, ...generated.notes].flatMap((d) => d.note.problems);
  if (generated) return checkFiles();
  const data = devData();
  if (devCheck.stamp !== data.stamp) {
    const fromRecords = [...data.posts, ...data.pages, ...data.notes].flatMap((d) => d.note.problems);
    const seen = new Set(fromRecords.map(formatProblem));
    const onlyChecked = checkFiles(devCheck.memo, false).filter((p) => !seen.has(formatProblem(p)));
    devCheck.stamp = data.stamp;
    devCheck.problems = [...fromRecords, ...onlyChecked];
  }
  return devCheck.problems;
}

/** The URL a note's page is served at (a standalone page lives at `/<slug>/`). */
export function pageUrlOf(note: Note): string {
  return note.kind === 'page' ? `/${note.slug}/` : note.url;
}

// The `?? []` below: a record from a Contentlayer cache written before links were read has none.

/** A note as a link target. */
export function linkTargetOf(note: Note): LinkTarget {
  return {
    url: pageUrlOf(note),
    sourcePath: note.sourcePath,
    kind: note.kind,
    title: note.meta.title,
    aliases: note.meta.aliases,
    headings: note.headings ?? [],
    blockIds: note.blockIds ?? [],
  };
}

const linkStates = new WeakMap<Content, { state: LinkState; notes: Map<string, Note> }>();

const linkedRecords = new WeakMap<Note, LinkedRecord>();

/** A note as the link graph reads it: one object per note, so the graph's memo knows it again. */
function linkedRecordOf(note: Note): LinkedRecord {
  let record = linkedRecords.get(note);
  if (!record) {
    record = {
      target: linkTargetOf(note),
      links: note.links ?? [],
      tags: note.meta.tags,
      categories: note.meta.categories,
      date: note.meta.date,
    };
    linkedRecords.set(note, record);
  }
  return record;
}

// In dev, what resolving the links of one content version can leave to the next (lib/links/graph.ts).
const linkMemo = dev ? createLinkMemo() : undefined;

/** Every page-bearing note's links resolved once per content version (lib/links/graph.ts). */
function linked(): { state: LinkState; notes: Map<string, Note> } {
  const current = content();
  let found = linkStates.get(current);
  if (!found) {
    const linkable = [...current.publishedNotes, ...current.publishedPosts, ...current.pages];
    const state = buildLinkState(
      linkable.map(linkedRecordOf),
      listVaultAttachments(siteConfig.contentDir),
      siteConfig.contentDir,
      linkMemo,
    );
    found = { state, notes: new Map(linkable.map((note) => [pageUrlOf(note), note])) };
    linkStates.set(current, found);
  }
  return found;
}

function linkState(): LinkState {
  return linked().state;
}

/** The notes and posts that link to the page at `url` (each once, with the sentences around its links). */
export function getBacklinks(url: string): readonly Backlink[] {
  return linkState().backlinks.get(url) ?? [];
}

/** Up to five notes or posts related to the one at `url` by shared links, tags and categories. */
export function getRelated(url: string): RelatedNote[] {
  return rankRelated(linkState(), url);
}

/** Every note, post and page as a node, every resolved link between two of them as an edge. */
export function getLinkGraph(): LinkGraph {
  return linkState().graph;
}

/** What links between notes need to turn a body's markers into links (lib/links/page.ts). */
export function getLinkIndex(): LinkState['index'] {
  return linkState().index;
}

/** The published note, post or page at a page URL. */
export function getLinkableNote(url: string): Note | undefined {
  return linked().notes.get(url);
}

/** Links that match no note, several notes, or no heading; embeds of missing files (warnings). */
export function getLinkProblems(): ContentProblem[] {
  return linkState().problems;
}
