/**
 * The links between every note, post and page, resolved once per content version: backlinks (with
 * the sentence around each link), related notes, the link graph, and the warnings for links that
 * match nothing or more than one note. Pure: lib/content.ts gives it the records.
 */
import type { ContentProblem, NoteKind, WrittenLink } from '../types';
import { writtenForm } from './markers';
import { embedType } from './parse';
import {
  type Attachment,
  buildLinkIndex,
  type LinkIndex,
  type LinkTarget,
  resolveAttachment,
  resolveLink,
} from './resolve';

/** One record as the graph needs it. */
export interface LinkedRecord {
  target: LinkTarget;
  links: readonly WrittenLink[];
  tags: readonly string[];
  categories: readonly string[];
  /** ISO instant, '' when undated: newer first among equally related notes. */
  date: string;
}

/** A note or post that links to a page, with the sentences around its links. */
export interface Backlink {
  url: string;
  title: string;
  kind: NoteKind;
  contexts: string[];
}

export interface RelatedNote {
  url: string;
  title: string;
  kind: NoteKind;
  score: number;
}

export interface LinkGraph {
  nodes: { id: string; title: string; kind: NoteKind; group: string }[];
  edges: { source: string; target: string }[];
}

export interface LinkState {
  index: LinkIndex;
  /** By target URL, linking notes in the order given (the newest first, as the lists are). */
  backlinks: Map<string, Backlink[]>;
  /** By URL, the URLs it links to (embeds included), itself left out. */
  outgoing: Map<string, Set<string>>;
  graph: LinkGraph;
  /** Links that match nothing, several notes, or no heading/block; embeds of missing files. */
  problems: ContentProblem[];
  records: Map<string, LinkedRecord>;
}

/** A vault note's top folder, else a post's first category: what the graph colours by. */
export function groupOf(record: LinkedRecord): string {
  if (record.target.kind === 'note') {
    const parts = record.target.sourcePath.split('/');
    return parts.length > 2 ? (parts[1] ?? '') : '';
  }
  return record.categories[0] ?? '';
}

function warn(contentDir: string, record: LinkedRecord, link: WrittenLink, message: string): ContentProblem {
  return {
    file: `${contentDir}/${record.target.sourcePath}`,
    line: link.line,
    field: link.kind === 'embed' ? 'embed' : 'link',
    message,
    severity: 'warning',
  };
}

/** What one record's links resolve to against one index. */
interface ResolvedLinks {
  /** Each link to another page, in the order written: its URL and the sentence around it. */
  to: { url: string; context: string }[];
  problems: ContentProblem[];
}

function resolveRecord(index: LinkIndex, record: LinkedRecord, contentDir: string): ResolvedLinks {
  const from = record.target;
  const to: ResolvedLinks['to'] = [];
  const problems: ContentProblem[] = [];
  for (const link of record.links) {
    if (link.kind === 'embed' && embedType(link.target) !== 'note') {
      if (!resolveAttachment(index, from.sourcePath, link.target)) {
        problems.push(warn(contentDir, record, link, `${writtenForm(link)} matches no file in the notes`));
      }
      continue;
    }
    const result = resolveLink(index, from, link);
    if (!result.found) {
      problems.push(warn(contentDir, record, link, `${writtenForm(link)} matches no note`));
      continue;
    }
    if (result.candidates.length > 1) {
      const names = result.candidates.map((c) => c.sourcePath).join(', ');
      problems.push(
        warn(
          contentDir,
          record,
          link,
          `${writtenForm(link)} matches ${result.candidates.length} notes (${names}); it links to the first (write a folder too, e.g. [[folder/name]])`,
        ),
      );
    }
    if (result.missingPart) {
      const what =
        result.missingPart === 'heading' ? `no heading "${link.heading}"` : `no block ^${link.block}`;
      problems.push(
        warn(
          contentDir,
          record,
          link,
          `${writtenForm(link)}: ${result.target.sourcePath} has ${what} (the link goes to the top of the page)`,
        ),
      );
    }
    if (result.target.url !== from.url) to.push({ url: result.target.url, context: link.context });
  }
  return { to, problems };
}

/**
 * What buildLinkState keeps between calls (`npm run dev` calls it once per content version, after
 * each save): the index while every target and attachment is the same, and, while the index is, each
 * record's resolved links by the record's object. A save that changes no name, title, alias,
 * heading or block of any note re-resolves only the records it replaced.
 */
export interface LinkMemo {
  key: string;
  index: LinkIndex | null;
  resolved: WeakMap<LinkedRecord, ResolvedLinks>;
  targetKeys: WeakMap<LinkTarget, string>;
}

export function createLinkMemo(): LinkMemo {
  return { key: '', index: null, resolved: new WeakMap(), targetKeys: new WeakMap() };
}

/** The index for these targets: the memo's when they and the attachments are those it was made for. */
function indexFor(targets: readonly LinkTarget[], attachments: readonly Attachment[], memo?: LinkMemo) {
  if (!memo) return buildLinkIndex(targets, attachments);
  const keys = targets.map((target) => {
    let key = memo.targetKeys.get(target);
    if (key === undefined) {
      key = JSON.stringify(target);
      memo.targetKeys.set(target, key);
    }
    return key;
  });
  const key = `${keys.join('\n')}\n${JSON.stringify(attachments)}`;
  if (memo.index && memo.key === key) return memo.index;
  memo.key = key;
  memo.index = buildLinkIndex(targets, attachments);
  memo.resolved = new WeakMap();
  return memo.index;
}

/**
 * Resolves every record's links: backlinks, outgoing sets, the graph and the warnings. With a
 * `memo`, what an earlier call resolved is reused where nothing it depends on changed.
 */
export function buildLinkState(
  records: readonly LinkedRecord[],
  attachments: readonly Attachment[],
  contentDir: string,
  memo?: LinkMemo,
): LinkState {
  const index = indexFor(
    records.map((r) => r.target),
    attachments,
    memo,
  );
  const backlinks = new Map<string, Backlink[]>();
  const outgoing = new Map<string, Set<string>>();
  const problems: ContentProblem[] = [];
  const edges: LinkGraph['edges'] = [];
  for (const record of records) {
    const from = record.target;
    const out = new Set<string>();
    outgoing.set(from.url, out);
    let resolved = memo?.resolved.get(record);
    if (!resolved) {
      resolved = resolveRecord(index, record, contentDir);
      memo?.resolved.set(record, resolved);
    }
    problems.push(...resolved.problems);
    for (const { url: to, context } of resolved.to) {
      if (!out.has(to)) {
        out.add(to);
        edges.push({ source: from.url, target: to });
      }
      let list = backlinks.get(to);
      if (!list) {
        list = [];
        backlinks.set(to, list);
      }
      let entry = list.find((b) => b.url === from.url);
      if (!entry) {
        entry = { url: from.url, title: from.title, kind: from.kind, contexts: [] };
        list.push(entry);
      }
      if (context !== '' && !entry.contexts.includes(context)) entry.contexts.push(context);
    }
  }
  return {
    index,
    backlinks,
    outgoing,
    graph: {
      nodes: records.map((r) => ({
        id: r.target.url,
        title: r.target.title,
        kind: r.target.kind,
        group: groupOf(r),
      })),
      edges,
    },
    problems,
    records: new Map(records.map((r) => [r.target.url, r])),
  };
}

const lower = (values: readonly string[]) => new Set(values.map((v) => v.toLowerCase()));

/** What related notes are ranked by, per record, made once per state (links are the state's own). */
interface Facets {
  tags: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /**
   * The record's place among all records by the tie-breaks (newer first, then by title; a stable
   * sort keeps the records' own order), so a page's candidates sort by numbers alone.
   */
  rank: number;
}

/**
 * Each tag and category to the records that have it, so ranking one note visits only the notes it
 * shares something with (links are looked up in the state's backlinks and outgoing links).
 * Comparing every pair instead made the related lists of a 2,000-note site cost seconds of every
 * static generation worker's time (docs/performance.md).
 */
interface RelatedIndex {
  facets: Map<string, Facets>;
  byTag: Map<string, string[]>;
  byCategory: Map<string, string[]>;
}

const relatedCache = new WeakMap<LinkState, RelatedIndex>();

function push(map: Map<string, string[]>, key: string, url: string): void {
  const list = map.get(key);
  if (list) list.push(url);
  else map.set(key, [url]);
}

function relatedIndexOf(state: LinkState): RelatedIndex {
  let index = relatedCache.get(state);
  if (!index) {
    index = { facets: new Map(), byTag: new Map(), byCategory: new Map() };
    for (const [url, record] of state.records) {
      const facets: Facets = { tags: lower(record.tags), categories: lower(record.categories), rank: 0 };
      index.facets.set(url, facets);
      for (const tag of facets.tags) push(index.byTag, tag, url);
      for (const category of facets.categories) push(index.byCategory, category, url);
    }
    const ranked = [...state.records.values()].sort(
      (a, b) => b.date.localeCompare(a.date) || a.target.title.localeCompare(b.target.title),
    );
    for (const [rank, record] of ranked.entries()) {
      const facets = index.facets.get(record.target.url);
      if (facets) facets.rank = rank;
    }
    relatedCache.set(state, index);
  }
  return index;
}

/**
 * Up to `limit` notes or posts related to the one at `url`, best first: a direct link either way
 * counts 3, each shared tag 2, each shared link target, shared linking note or shared category 1.
 * Pages (about) are never listed; ties go to the newer, then by title.
 */
export function rankRelated(state: LinkState, url: string, limit = 5): RelatedNote[] {
  const { facets, byTag, byCategory } = relatedIndexOf(state);
  const mine = facets.get(url);
  if (!mine) return [];
  const linkersOf = (target: string) => (state.backlinks.get(target) ?? []).map((b) => b.url);
  const out = state.outgoing.get(url) ?? new Set<string>();
  const linkers = linkersOf(url);
  const scores = new Map<string, number>();
  const add = (urls: Iterable<string> | undefined, points: number) => {
    for (const other of urls ?? []) scores.set(other, (scores.get(other) ?? 0) + points);
  };
  // A link either way counts once.
  add(new Set([...out, ...linkers]), 3);
  for (const tag of mine.tags) add(byTag.get(tag), 2);
  for (const target of out) add(linkersOf(target), 1);
  for (const linker of linkers) add(state.outgoing.get(linker), 1);
  for (const category of mine.categories) add(byCategory.get(category), 1);
  const scored: (RelatedNote & { rank: number })[] = [];
  for (const [otherUrl, score] of scores) {
    const other = state.records.get(otherUrl);
    const theirs = facets.get(otherUrl);
    if (otherUrl === url || !other || other.target.kind === 'page' || !theirs) continue;
    scored.push({
      url: otherUrl,
      title: other.target.title,
      kind: other.target.kind,
      score,
      rank: theirs.rank,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
  return scored.slice(0, limit).map(({ rank: _rank, ...related }) => related);
}
