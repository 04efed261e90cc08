/** rehype plugin: one github-slugger per document gives every heading an id; h2–h6 get an anchor link. */
import GithubSlugger, { slug } from 'github-slugger';
import type { Element, ElementContent, Parents, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { PAGE_IDS } from '../page-ids';

export interface HeadingIdsOptions {
  /** Accessible name of every anchor link, in the UI language. */
  anchorLabel?: string;
  /** Append the `#` links (default true); feeds leave them out. */
  anchors?: boolean;
}

/** Class of the `#` link appended to h2–h6; the stylesheet hides it until hover/focus. */
const ANCHOR_CLASS = 'heading-anchor';
/** Id base for a heading whose text slugs to nothing (e.g. only punctuation or emoji). */
const FALLBACK_SLUG = 'section';
const HEADING_TAG = /^h([1-6])$/;

function isAnchor(node: ElementContent): boolean {
  const className = node.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(className) && className.includes(ANCHOR_CLASS);
}

/** Calls `fn` for each h1–h6 in document order, skipping the GFM footnotes section (its label is no section). */
export function visitHeadings(parent: Parents, fn: (heading: Element, depth: number) => void): void {
  // A plain loop, not unist-util-visit: this runs for every note and TOC, and visit's per-node cost is high.
  for (const node of parent.children) {
    if (!('children' in node)) continue;
    if (node.type === 'element') {
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) continue;
      const depth = HEADING_TAG.exec(node.tagName)?.[1];
      if (depth !== undefined) {
        fn(node, Number(depth));
        continue;
      }
    }
    // Any parent, not only elements: in `.mdx` headings sit inside mdxJsxFlowElement nodes.
    visitHeadings(node, fn);
  }
}

function reserveIds(parent: Parents, slugger: GithubSlugger): void {
  for (const node of parent.children) {
    if (node.type === 'element' && typeof node.properties.id === 'string' && node.properties.id !== '') {
      slugger.occurrences[node.properties.id] = 0;
    }
    if ('children' in node) reserveIds(node, slugger);
  }
}

/** Text of a heading without our anchor link, as written (not trimmed). */
export function getHeadingText(heading: Element): string {
  // Wrapped in a root so only text descendants count (a bare comment child would yield its value).
  return hastToString({ type: 'root', children: heading.children.filter((child) => !isAnchor(child)) });
}

function createAnchor(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [ANCHOR_CLASS], href: `#${id}`, ariaLabel: label },
    children: [{ type: 'text', value: '#' }],
  };
}

/** Gives h1–h6 without an id a unique github-slugger id (ids already in the page are reserved first). */
export function rehypeHeadingIds(options: HeadingIdsOptions = {}) {
  const label = options.anchorLabel ?? 'Link to this section';
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    // The layout's own ids (skip link target, comments, TOC list) are taken on every post page.
    for (const id of Object.values(PAGE_IDS)) slugger.occurrences[id] = 0;
    // Reserve ids written in raw HTML or made by remark-rehype (footnotes) so no two elements share one.
    reserveIds(tree, slugger);
    visitHeadings(tree, (heading, depth) => {
      let id = heading.properties.id;
      if (typeof id !== 'string' || id === '') {
        // Trimmed so `## Title <!-- note -->` is `title`, not `title-`.
        const text = getHeadingText(heading).trim();
        id = slugger.slug(slug(text) === '' ? FALLBACK_SLUG : text);
        heading.properties.id = id;
      }
      if (depth >= 2 && options.anchors !== false) heading.children.push(createAnchor(id, label));
    });
  };
}
