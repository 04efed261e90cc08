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

/**
 * Names an element id (or `name`) must not take, because a script on our pages reads a global of that
 * name. The browser's named access on `window` sits below every real property in the prototype chain,
 * so an id never hides a built-in (`history`, `Image`, `performance`, `name`, `status` stay what they
 * are); it only answers for a name that is not (yet) a global. A script that reads such a name before
 * defining it, or feature-tests it (`x ??= []`, `if (x) x.begin()`), gets the element instead, as
 * `## Mermaid` (id `mermaid`) once did to the diagram loader. Those names get a suffix (`mermaid-1`) in
 * the heading and its TOC link alike; every other id is kept, so old Chirpy anchors (`#history`) work.
 * e2e/chirpy.ids.spec.ts checks in Chromium that an id really shadows each of these.
 */
export const SCRIPT_GLOBALS: readonly string[] = [
  // components/islands/mermaid-diagrams.tsx reads the global mermaid's vendored build sets.
  'mermaid',
  // Read by mermaid's bundle: `injected ??= {…}` (its build flags), `Buffer.isBuffer(x)` when
  // `typeof Buffer` is defined, `cytoscape` handed to its layout plugins when defined, and two
  // debug hooks it calls when truthy. Left out on purpose: names it only tests in a way an element
  // cannot fool (`process.platform`, `global.Object === Object`, `exports.nodeType`, `typeof define
  // === 'function'`, `typeof setImmediate === 'function'`).
  'injected',
  'Buffer',
  'cytoscape',
  'mermaidCaptureSizes',
  '__mermaidProfiler',
  // KaTeX renders at build time here, but its browser build's extensions (auto-render, copy-tex)
  // read `katex`: reserved so adding them to the page stays safe.
  'katex',
  // Next.js and Turbopack runtime globals its client chunks read before or without defining them
  // (`self.__next_f || []`, `if (window.__NEXT_CLIENT_RESUME)`, `TURBOPACK_NEXT_CHUNK_URLS.pop()`).
  // `next` is not one: the runtime assigns `window.next` before reading it.
  '__next_f',
  '__next_s',
  '__next_instant_test',
  '__NEXT_CLIENT_RESUME',
  'TURBOPACK',
  'TURBOPACK_ASSET_SUFFIX',
  'TURBOPACK_NEXT_CHUNK_URLS',
  // Giscus is a Lit web component; Lit appends its version to these and calls its hooks when present.
  'litPropertyMetadata',
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'litElementVersions',
  'litElementHydrateSupport',
  'litElementPolyfillSupport',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'litNonce',
  // Analytics (components/islands/analytics.tsx, lib/settings/analytics.ts): the queues our island
  // fills before the provider's script runs, and the globals those scripts read or extend.
  'dataLayer',
  'gtag',
  '_paq',
  'Matomo',
  'Piwik',
  'goatcounter',
  'umami',
  'fathom',
  '__cfBeacon',
];
const CLOBBERED_NAMES = new Set(SCRIPT_GLOBALS);

/** Whether an element with this id or name would shadow (or stand in for) a global a script reads. */
export function isClobberingName(name: string): boolean {
  return CLOBBERED_NAMES.has(name);
}

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

/** Reserves ids already in the tree; a raw id or name that clobbers a global is renamed first (see below). */
function reserveIds(tree: Root, slugger: GithubSlugger): void {
  const renamed = new Map<string, string>();
  const rename = (name: string): string => {
    let fresh = renamed.get(name);
    if (fresh === undefined) {
      let n = 1;
      while (CLOBBERED_NAMES.has(`${name}-${n}`) || `${name}-${n}` in slugger.occurrences) n += 1;
      fresh = `${name}-${n}`;
      renamed.set(name, fresh);
      slugger.occurrences[fresh] = 0;
    }
    return fresh;
  };
  const visit = (parent: Parents): void => {
    for (const node of parent.children) {
      if (node.type !== 'element') {
        if ('children' in node) visit(node);
        continue;
      }
      const { id, name } = node.properties;
      if (typeof id === 'string' && id !== '') {
        node.properties.id = CLOBBERED_NAMES.has(id) ? rename(id) : id;
        slugger.occurrences[node.properties.id as string] = 0;
      }
      if (typeof name === 'string' && CLOBBERED_NAMES.has(name)) node.properties.name = rename(name);
      visit(node);
    }
  };
  visit(tree);
  if (renamed.size > 0) relinkFragments(tree, renamed);
}

/** `href="#old"` links of the note follow a renamed id. */
function relinkFragments(parent: Parents, renamed: Map<string, string>): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    const href = node.properties.href;
    const target = typeof href === 'string' && href.startsWith('#') ? renamed.get(href.slice(1)) : undefined;
    if (target !== undefined) node.properties.href = `#${target}`;
    relinkFragments(node, renamed);
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
    for (const name of CLOBBERED_NAMES) slugger.occurrences[name] = 0;
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
