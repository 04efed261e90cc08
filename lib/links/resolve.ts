/**
 * Resolving a link as written to a note, post or page, with Obsidian's rules: a file name matches
 * case-insensitively wherever the file is; `folder/name` matches a path ending that way; aliases
 * and (for posts) the file name without its date or the title match too. When several files match,
 * the one in the linking note's folder wins, else the one with the shortest path (then by name), and
 * the link is reported as ambiguous. Pure: lib/content.ts builds the index once per content version.
 */
import type { HeadingAnchor, NoteKind } from '../types';

/** What a link can point at: one record with a page. */
export interface LinkTarget {
  url: string;
  /** Relative to the content folder: `notes/链接/甲.md`, `posts/2024-01-01-x.md`. */
  sourcePath: string;
  kind: NoteKind;
  title: string;
  aliases: readonly string[];
  headings: readonly Pick<HeadingAnchor, 'text' | 'id'>[];
  blockIds: readonly string[];
}

/** A file beside the notes (image, PDF, …) and the site path it is served at. */
export interface Attachment {
  /** Relative to the content folder: `notes/链接/attachments/图.png`. */
  sourcePath: string;
  url: string;
}

export interface LinkIndex {
  byPath: Map<string, LinkTarget>;
  byName: Map<string, LinkTarget[]>;
  byAlias: Map<string, LinkTarget[]>;
  byTitle: Map<string, LinkTarget[]>;
  /**
   * Every ending of a target's path at a `/` (its path from the vault root and from the content
   * folder, no extension, as nameKey): `a/b/c` is found by `a/b/c`, `b/c` and `c`. A `folder/name`
   * link is one lookup here instead of a pass over every target, which made resolving a vault's
   * links quadratic.
   */
  byPathEnding: Map<string, LinkTarget[]>;
  /** Every target. */
  all: readonly LinkTarget[];
  attachmentsByPath: Map<string, Attachment>;
  attachmentsByName: Map<string, Attachment[]>;
  /** Every ending of an attachment's path at a `/`, as `byPathEnding`. */
  attachmentsByEnding: Map<string, Attachment[]>;
  attachments: readonly Attachment[];
}

/** A link as the index needs it (a WrittenLink or a page marker). */
export interface LinkQuery {
  kind: 'wikilink' | 'embed' | 'markdown';
  target: string;
  heading: string | null;
  block: string | null;
}

export type Resolution =
  | {
      found: true;
      target: LinkTarget;
      /** The element id to scroll to (`第一节`, `^abc`), null for the page itself. */
      fragment: string | null;
      /** Every match when the name was ambiguous (the first is `target`), else []. */
      candidates: LinkTarget[];
      /** The `#heading` or `#^block` part named nothing in the target. */
      missingPart: 'heading' | 'block' | null;
    }
  | { found: false };

/** Case, Unicode form and runs of spaces do not matter in a name. */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
const DATE_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}-/;

function withoutExtension(path: string): string {
  return path.replace(MARKDOWN_FILE, '');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** `a/./b/../c` → `a/c`; null when it climbs above the root. */
function normalizePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Files `value` under `path` and under each part of it after a `/`: what `endsWith('/' + key)` matches. */
function addEndings<T>(map: Map<string, T[]>, path: string, value: T): void {
  add(map, path, value);
  for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1))
    add(map, path.slice(at + 1), value);
}

/** The path a link names a vault note by: from the vault root (`notes/` dropped), no extension. */
function vaultPath(target: LinkTarget): string {
  const path = withoutExtension(target.sourcePath);
  return target.kind === 'note' ? path.replace(/^notes\//, '') : path;
}

/** The index of every target's names, built once per content version. */
export function buildLinkIndex(
  targets: readonly LinkTarget[],
  attachments: readonly Attachment[] = [],
): LinkIndex {
  const index: LinkIndex = {
    byPath: new Map(),
    byName: new Map(),
    byAlias: new Map(),
    byTitle: new Map(),
    byPathEnding: new Map(),
    all: targets,
    attachmentsByPath: new Map(),
    attachmentsByName: new Map(),
    attachmentsByEnding: new Map(),
    attachments,
  };
  for (const target of targets) {
    index.byPath.set(nameKey(target.sourcePath), target);
    const name = withoutExtension(baseName(target.sourcePath));
    add(index.byName, nameKey(name), target);
    if (target.kind === 'post') {
      // Chirpy's file names carry the date; a link may leave it out, as the URL does.
      add(index.byName, nameKey(name.replace(DATE_PREFIX, '')), target);
    }
    for (const alias of target.aliases) add(index.byAlias, nameKey(alias), target);
    add(index.byTitle, nameKey(target.title), target);
    for (const path of [vaultPath(target), withoutExtension(target.sourcePath)])
      addEndings(index.byPathEnding, nameKey(path), target);
  }
  for (const attachment of attachments) {
    const path = nameKey(attachment.sourcePath);
    index.attachmentsByPath.set(path, attachment);
    add(index.attachmentsByName, nameKey(baseName(attachment.sourcePath)), attachment);
    addEndings(index.attachmentsByEnding, path, attachment);
  }
  return index;
}

/** Obsidian's order among several matches: the linking note's folder first, then the shortest path. */
function rank<T extends { sourcePath: string }>(matches: readonly T[], from: string): T[] {
  const folder = folderOf(from);
  const depth = (path: string) => path.split('/').length;
  return [...matches].sort(
    (a, b) =>
      Number(folderOf(b.sourcePath) === folder) - Number(folderOf(a.sourcePath) === folder) ||
      depth(a.sourcePath) - depth(b.sourcePath) ||
      a.sourcePath.length - b.sourcePath.length ||
      (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0),
  );
}

/** Targets whose path (from the vault root, or the content folder) ends with `folder/name`. */
function byPathEnding(index: LinkIndex, written: string): LinkTarget[] {
  return index.byPathEnding.get(nameKey(withoutExtension(written.replace(/^\/+/, '')))) ?? [];
}

/** The targets a link's name matches, best first. */
function matchTargets(index: LinkIndex, fromPath: string, link: LinkQuery): LinkTarget[] {
  const written = link.target.trim();
  if (link.kind === 'markdown' && !written.startsWith('/')) {
    // A relative path from the linking file, as a markdown link means; else a name from the vault root.
    const joined = normalizePath(`${folderOf(fromPath)}${written}`);
    const exact = joined === null ? undefined : index.byPath.get(nameKey(joined));
    if (exact) return [exact];
  }
  if (written.includes('/')) return rank(byPathEnding(index, written), fromPath);
  const key = nameKey(withoutExtension(written));
  for (const map of [index.byName, index.byAlias, index.byTitle]) {
    const found = map.get(key);
    if (found && found.length > 0) return rank(found, fromPath);
  }
  return [];
}

function findHeading(target: LinkTarget, heading: string): string | null {
  const key = nameKey(heading);
  const found =
    target.headings.find((h) => nameKey(h.text) === key) ?? target.headings.find((h) => h.id === heading);
  return found?.id ?? null;
}

/**
 * Resolves a link written in the note at `from` (itself a target, for `[[#heading]]`). Headings match
 * by their text (case and spacing aside) and give the id the page renders; blocks by their id.
 */
export function resolveLink(index: LinkIndex, from: LinkTarget, link: LinkQuery): Resolution {
  const matches = link.target.trim() === '' ? [from] : matchTargets(index, from.sourcePath, link);
  const target = matches[0];
  if (target === undefined) return { found: false };
  let fragment: string | null = null;
  let missingPart: 'heading' | 'block' | null = null;
  if (link.block !== null) {
    const block = target.blockIds.find((id) => id.toLowerCase() === link.block?.toLowerCase());
    if (block === undefined) missingPart = 'block';
    else fragment = `^${block}`;
  } else if (link.heading !== null) {
    fragment = findHeading(target, link.heading);
    if (fragment === null) missingPart = 'heading';
  }
  return { found: true, target, fragment, candidates: matches.length > 1 ? matches : [], missingPart };
}

/**
 * The attachment an embed names, found as Obsidian finds it: a relative path from the linking note,
 * a path ending, or the file name anywhere (same folder first, then the shortest path); null if none.
 */
export function resolveAttachment(index: LinkIndex, fromPath: string, written: string): Attachment | null {
  const target = written.trim().replace(/^\/+/, '');
  const relative = normalizePath(`${folderOf(fromPath)}${target}`);
  const exact = relative === null ? undefined : index.attachmentsByPath.get(nameKey(relative));
  if (exact) return exact;
  if (target.includes('/'))
    return rank(index.attachmentsByEnding.get(nameKey(target)) ?? [], fromPath)[0] ?? null;
  return rank(index.attachmentsByName.get(nameKey(target)) ?? [], fromPath)[0] ?? null;
}
