/**
 * Obsidian's inline tags (notes only): `#读书笔记` or `#parent/child` in text becomes a tag of the
 * note (lib/note-record.ts merges them into `meta.tags`) and a link to its tag page.
 *
 * As in Obsidian: a tag starts after whitespace or at the start of a paragraph or table cell, holds
 * letters (any script), digits, `_`, `-` and `/`, ends at whitespace or punctuation, and is not
 * digits alone (`#1` stays text). Never in headings, links, wikilinks (`[[note#heading]]`), code,
 * math or raw HTML.
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface InlineTagOptions {
  /** The site path of a tag's page, e.g. `/tags/读书笔记/`. */
  tagUrl: (tag: string) => string;
}

const TAG = /#([\p{L}\p{N}\p{M}_/-]+)/gu;
// Wikilinks are text until the links plugin reads them; a `#` inside one is a heading, never a tag.
const WIKILINK = /!?\[\[[^\]\n]*\]\]/g;
// Parents whose text is never tags.
const SKIPPED = new Set(['heading', 'link', 'linkReference', 'definition']);
// Parents whose first text starts a block (a tag may open it).
const BLOCKS = new Set(['paragraph', 'tableCell']);

interface Found {
  index: number;
  /** Length of `#` plus the tag as written. */
  length: number;
  tag: string;
}

/** The tag a `#…` run spells, or null (digits only, or only slashes). */
function tagOf(raw: string): string | null {
  if (raw.startsWith('/')) return null;
  const tag = raw.replace(/\/+$/, '');
  return /[^\d/]/u.test(tag) ? tag : null;
}

/** The character before a text node's first character: its previous sibling's last, or the block's start. */
function characterBefore(
  parent: { type: string },
  previous: PhrasingContent | undefined,
): string | undefined {
  if (!previous) return BLOCKS.has(parent.type) ? '\n' : 'x';
  if (previous.type === 'text') return previous.value.at(-1);
  return previous.type === 'break' ? '\n' : 'x';
}

/** The tags in one text node's value; `before` is the character just ahead of it. */
function findInText(value: string, before: string | undefined): Found[] {
  if (!value.includes('#')) return [];
  const masked = value.replace(WIKILINK, (link) => ' '.repeat(link.length));
  const found: Found[] = [];
  for (const match of masked.matchAll(TAG)) {
    const previous = match.index > 0 ? masked[match.index - 1] : before;
    if (previous === undefined || !/\s/u.test(previous)) continue;
    const tag = tagOf(match[1] ?? '');
    if (tag) found.push({ index: match.index, length: tag.length + 1, tag });
  }
  return found;
}

/**
 * Calls `look` on each text node that may hold tags, with what it found; `inSummaries: false` skips
 * the title of a folding callout (a `<summary>`, lib/markdown/callouts.ts), which may hold no link.
 */
function eachTagged(
  tree: Root,
  look: (node: Text, index: number, parent: Nodes, found: Found[]) => void,
  inSummaries = true,
): void {
  visit(tree, (node, index, parent) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (!inSummaries && node.data?.hName === 'summary') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const siblings = (parent as { children: PhrasingContent[] }).children;
    const found = findInText(node.value, characterBefore(parent, siblings[index - 1]));
    if (found.length > 0) look(node, index, parent, found);
  });
}

/** The inline tags of a parsed note body, in order, each once (case-insensitive), as first written. */
export function findInlineTags(tree: Root): string[] {
  const tags = new Map<string, string>();
  eachTagged(tree, (_node, _index, _parent, found) => {
    for (const { tag } of found) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  });
  return [...tags.values()];
}

/** The remark plugin: each inline tag becomes a link to its tag page. */
export function remarkInlineTags(options: InlineTagOptions) {
  return (tree: Root): void => {
    const edits: { node: Text; parent: Nodes; found: Found[] }[] = [];
    // A tag in a folding callout's title stays text there (a control holds no link); it is still
    // the note's tag (findInlineTags reads the parse before this plugin).
    eachTagged(
      tree,
      (node, _index, parent, found) => {
        edits.push({ node, parent, found });
      },
      false,
    );
    for (const { node, parent, found } of edits) {
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const { index, length, tag } of found) {
        if (index > at) parts.push({ type: 'text', value: node.value.slice(at, index) });
        const link: Link = {
          type: 'link',
          url: options.tagUrl(tag),
          data: { hProperties: { className: ['inline-tag'] } },
          children: [{ type: 'text', value: node.value.slice(index, index + length) }],
        };
        parts.push(link);
        at = index + length;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      const siblings = (parent as { children: PhrasingContent[] }).children;
      siblings.splice(siblings.indexOf(node), 1, ...parts);
    }
  };
}
