/**
 * Hover and focus previews of internal links, loaded by link-previews.tsx on the reader's first
 * hover or focus of such a link. Plain DOM code (no React): one popover per page, filled from the
 * target page's own HTML (fetched once, same origin, cached), its title and opening paragraphs or
 * the linked section. The popover never takes focus or blocks the link: a click still navigates.
 * Touch readers get no preview: a tap follows the link at once (docs/publishing-a-vault.md).
 */
import { findPreviewTarget } from '../../lib/previews/target';

/** Links that get previews: the article body's, and lists that opt in (backlinks, related). */
export const PREVIEW_LINKS =
  '[data-note-body] a[href], [data-link-previews] a[href], [data-backlinks] a[href], [data-related] a[href]';

const POPOVER_ID = 'link-preview';
/** Wait before opening on hover, so a pointer passing over a link does not flash a popover. */
const OPEN_DELAY_MS = 350;
/** Grace before closing, so the pointer can move from the link onto the popover. */
const CLOSE_DELAY_MS = 250;
/** The opening: blocks until about this much text. */
const OPENING_CHARS = 360;
const MAX_BLOCKS = 4;

interface Preview {
  title: string;
  nodes: Node[];
}

const pages = new Map<string, Promise<Document | null>>();

function fetchPage(url: string): Promise<Document | null> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url, { credentials: 'same-origin' })
      .then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !type.includes('text/html')) return null;
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      })
      .catch(() => {
        pages.delete(url); // a network hiccup may pass: try again on the next hover
        return null;
      });
    pages.set(url, page);
  }
  return page;
}

const HEADING = /^H([1-6])$/;

/** A copy fit to show inside this page: no ids (they would repeat the target's), no scripts or buttons, links out of the tab order. */
function cleanCopy(node: Node): Node {
  const copy = node.cloneNode(true);
  if (!(copy instanceof Element)) return copy;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    el.removeAttribute('id');
    if (el.tagName === 'A') el.setAttribute('tabindex', '-1');
  }
  for (const el of Array.from(
    copy.querySelectorAll('script, style, button, .heading-anchor, [data-code-copy]'),
  )) {
    el.remove();
  }
  return copy;
}

function headingText(heading: Element): string {
  const copy = cleanCopy(heading);
  return (copy.textContent ?? '').trim();
}

/** The blocks of the opening, or of the section the `section` id names (a heading: up to the next heading as high). */
function extract(doc: Document, section: string | null): Preview | null {
  const body = doc.querySelector('[data-note-body]');
  const title = (doc.querySelector('article h1')?.textContent ?? doc.title).trim();
  if (!body) return null;
  let blocks: Element[] = [];
  let shownTitle = title;
  const target = section === null ? null : doc.getElementById(section);
  if (target && body.contains(target)) {
    const level = HEADING.exec(target.tagName)?.[1];
    if (level) {
      shownTitle = `${title} › ${headingText(target)}`;
      for (let el = target.nextElementSibling; el; el = el.nextElementSibling) {
        const other = HEADING.exec(el.tagName)?.[1];
        if (other && other <= level) break;
        blocks.push(el);
      }
    } else blocks = [target.closest('p, li, blockquote, pre, table, figure') ?? target];
  } else {
    blocks = Array.from(body.children);
  }
  const chosen: Node[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (chosen.length >= MAX_BLOCKS || chars >= OPENING_CHARS) break;
    chosen.push(cleanCopy(block));
    chars += (block.textContent ?? '').length;
  }
  return { title: shownTitle, nodes: chosen };
}

let popover: HTMLDivElement | null = null;
let current: HTMLAnchorElement | null = null;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let lastTouch = 0;

function ensurePopover(): HTMLDivElement {
  if (popover?.isConnected) return popover;
  const el = document.createElement('div');
  el.id = POPOVER_ID;
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  // Out of the flow (absolute on <body>): showing it moves nothing on the page.
  el.className =
    'link-preview absolute z-40 w-[min(26rem,calc(100vw-1rem))] max-h-80 overflow-hidden rounded-lg border border-line bg-[var(--card-bg)] p-3 text-sm shadow-lg';
  el.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  el.addEventListener('pointerleave', () => scheduleClose());
  document.body.append(el);
  popover = el;
  return el;
}

function place(el: HTMLDivElement, link: HTMLAnchorElement) {
  const box = link.getBoundingClientRect();
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  // Below the link, or above it when there is no room below.
  const below = box.bottom + 8 + height <= window.innerHeight || box.top - 8 - height < 0;
  const top = below ? box.bottom + 6 : box.top - height - 6;
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${top + window.scrollY}px`;
}

function close() {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  if (current?.getAttribute('aria-describedby') === POPOVER_ID) current.removeAttribute('aria-describedby');
  current = null;
  if (popover) popover.hidden = true;
}

function scheduleClose() {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(close, CLOSE_DELAY_MS);
}

async function open(link: HTMLAnchorElement) {
  const target = findPreviewTarget(link.href, window.location.href);
  if (!target) return;
  current = link;
  const doc = await fetchPage(target.url);
  const preview = doc ? extract(doc, target.section) : null;
  if (current !== link || !preview || !link.isConnected) return;
  const el = ensurePopover();
  const heading = document.createElement('p');
  heading.className = 'link-preview-title mb-2 font-semibold text-[var(--page-fg)]';
  heading.textContent = preview.title;
  const content = document.createElement('div');
  content.className = 'link-preview-body prose prose-sm max-w-none dark:prose-invert';
  content.append(...preview.nodes);
  el.replaceChildren(heading, content);
  el.hidden = false;
  place(el, link);
  link.setAttribute('aria-describedby', POPOVER_ID);
}

/** The previewable link the event happened on: in scope, not a heading's own anchor, aimed at another page of the site. */
function previewLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>(PREVIEW_LINKS) : null;
  if (!link || link.closest('h1, h2, h3, h4, h5, h6')) return null;
  return findPreviewTarget(link.href, window.location.href) ? link : null;
}

function onPointerOver(event: PointerEvent) {
  if (event.pointerType === 'touch') return;
  const link = previewLink(event.target);
  if (!link) return;
  clearTimeout(closeTimer);
  if (link === current) return;
  clearTimeout(openTimer);
  openTimer = setTimeout(() => void open(link), OPEN_DELAY_MS);
}

function onPointerOut(event: PointerEvent) {
  const link = previewLink(event.target);
  if (!link || (event.relatedTarget instanceof Node && link.contains(event.relatedTarget))) return;
  clearTimeout(openTimer);
  if (link === current) scheduleClose();
}

function onFocusIn(event: FocusEvent) {
  // A tap focuses the link as it follows it: no preview for touch.
  if (Date.now() - lastTouch < 800) return;
  const link = previewLink(event.target);
  if (!link || link === current) return;
  close();
  void open(link);
}

function onFocusOut(event: FocusEvent) {
  if (previewLink(event.target) === current) close();
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key === 'Escape' && popover && !popover.hidden) close();
}

let started = false;

/**
 * Starts the previews on this page and handles the event that woke them (the first hover or focus
 * of a link), so that first link previews too.
 */
export function startLinkPreviews(first: Event) {
  if (started) return;
  started = true;
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch') lastTouch = Date.now();
    else if (popover && !popover.contains(event.target as Node)) close();
  });
  // A client-side navigation replaces the article: the popover must not outlive its link.
  window.addEventListener('popstate', close);
  if (first instanceof PointerEvent) onPointerOver(first);
  else if (first instanceof FocusEvent) onFocusIn(first);
}
