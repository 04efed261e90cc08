/**
 * Hover, focus and long-press previews of internal links, loaded by previews-and-graphs.tsx on the
 * reader's first hover, focus or touch of such a link. Plain DOM code (no React): one popover per
 * page, filled from the target page's own HTML (fetched once, same origin, cached), its title (a
 * link to the target) and opening paragraphs or the linked section. The popover never takes focus
 * or blocks the link: a click or a tap still navigates at once. On a touch screen a long press
 * shows it instead of the browser's link menu (docs/publishing-a-vault.md).
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
/** Hold a finger this long on a link to preview it; a shorter touch is a tap and follows the link. */
const PRESS_MS = 500;
/** A finger moving farther than this (CSS px) is scrolling, not pressing. */
const PRESS_SLOP = 10;
/** The focus a tap gives its link comes this soon after the touch: it opens nothing. */
const TAP_FOCUS_MS = 800;

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
/** Opened by a long press: stays until a tap elsewhere, Esc or a scroll (no hover to end it). */
let pinned = false;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
/** When the last touch began (event time, ms). */
let lastTouch = Number.NEGATIVE_INFINITY;

/** A finger held on a previewable link, not yet long enough. */
interface Press {
  link: HTMLAnchorElement;
  pointerId: number;
  x: number;
  y: number;
  timer: ReturnType<typeof setTimeout>;
}
let press: Press | null = null;
/**
 * The link a long press previewed: while the finger stays (`until` infinite) its menu is held
 * back, and the click its release may still send (until `until`) is swallowed.
 */
let pressed: { link: HTMLAnchorElement; until: number } | null = null;

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
  el.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') scheduleClose();
  });
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
  pinned = false;
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
  // The title opens the target: what a touch reader, who has no hover, taps to go there.
  const title = document.createElement('a');
  title.href = link.href;
  title.tabIndex = -1; // a keyboard reader is on the link itself already
  title.className = 'text-[var(--link)] hover:underline';
  title.textContent = preview.title;
  heading.append(title);
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
  // A finger lifted leaves its link too: a long press's preview stays.
  if (event.pointerType === 'touch') return;
  const link = previewLink(event.target);
  if (!link || (event.relatedTarget instanceof Node && link.contains(event.relatedTarget))) return;
  clearTimeout(openTimer);
  if (link === current) scheduleClose();
}

function outsidePopover(target: EventTarget | null): boolean {
  return !(popover && target instanceof Node && popover.contains(target));
}

function endPress() {
  if (press) clearTimeout(press.timer);
  press = null;
}

/** A long press held: preview the link instead of the browser's link menu. */
function pressLong(link: HTMLAnchorElement) {
  endPress();
  pressed = { link, until: Number.POSITIVE_INFINITY };
  if (current === link && pinned) return;
  close();
  pinned = true;
  void open(link);
}

function onPointerDown(event: PointerEvent) {
  if (event.pointerType !== 'touch') {
    if (outsidePopover(event.target)) close();
    return;
  }
  lastTouch = event.timeStamp;
  // A new touch: the last long press's release is over (a tap on its link now opens it).
  if (pressed && pressed.until !== Number.POSITIVE_INFINITY) pressed = null;
  // A tap elsewhere closes a long press's preview, and does what it does (a link still opens).
  if (pinned && outsidePopover(event.target)) close();
  endPress();
  const link = previewLink(event.target);
  if (!link) return;
  // iOS shows its own link preview on a long press; that of a previewable link gives way to ours.
  link.style.setProperty('-webkit-touch-callout', 'none');
  // Events handed over by the loader waited for this code: the press began at the touch.
  const waited = Math.max(0, performance.now() - event.timeStamp);
  press = {
    link,
    pointerId: event.pointerId,
    x: event.clientX,
    y: event.clientY,
    timer: setTimeout(() => pressLong(link), Math.max(0, PRESS_MS - waited)),
  };
}

function onPointerMove(event: PointerEvent) {
  if (
    press?.pointerId === event.pointerId &&
    Math.hypot(event.clientX - press.x, event.clientY - press.y) > PRESS_SLOP
  )
    endPress();
}

function onPointerUp(event: PointerEvent) {
  if (event.pointerType !== 'touch') return;
  if (press?.pointerId === event.pointerId) endPress();
  // The release of a long press must not open the link it previewed.
  if (pressed?.until === Number.POSITIVE_INFINITY) pressed.until = event.timeStamp + 400;
}

function onClick(event: MouseEvent) {
  const held = pressed;
  if (!held) return;
  if (event.timeStamp > held.until) {
    pressed = null;
    return;
  }
  if (event.target instanceof Node && held.link.contains(event.target)) {
    event.preventDefault();
    pressed = null;
  }
}

function onContextMenu(event: MouseEvent) {
  // The menu a long press brings up (Android): a previewable link shows its preview instead.
  const link = press?.link ?? (pressed?.until === Number.POSITIVE_INFINITY ? pressed.link : undefined);
  if (!link || !(event.target instanceof Node && link.contains(event.target))) return;
  event.preventDefault();
  pressLong(link);
}

function onFocusIn(event: FocusEvent) {
  // A tap focuses the link as it follows it: that opens nothing.
  if (event.timeStamp - lastTouch < TAP_FOCUS_MS) return;
  const link = previewLink(event.target);
  if (!link || link === current) return;
  close();
  void open(link);
}

function onFocusOut(event: FocusEvent) {
  if (pinned || !outsidePopover(event.relatedTarget)) return;
  if (previewLink(event.target) === current) close();
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key === 'Escape' && popover && !popover.hidden) close();
}

function onScroll() {
  endPress();
  if (pinned) close();
}

const HANDLERS: { [K in keyof DocumentEventMap]?: (event: DocumentEventMap[K]) => void } = {
  pointerover: onPointerOver,
  pointerout: onPointerOut,
  pointerdown: onPointerDown,
  pointermove: onPointerMove,
  pointerup: onPointerUp,
  pointercancel: onPointerUp,
  click: onClick,
  contextmenu: onContextMenu,
  focusin: onFocusIn,
  focusout: onFocusOut,
  keydown: onKeyDown,
};

/** Hands an event to its handler (the map pairs each type with its own event class). */
function dispatch(event: Event) {
  (HANDLERS[event.type as keyof DocumentEventMap] as ((event: Event) => void) | undefined)?.(event);
}

let started = false;

/**
 * Starts the previews on this page and replays the events the loader saw while this code loaded
 * (from the first hover, focus or touch of a link on), so that first link previews too.
 */
export function startLinkPreviews(seen: readonly Event[]) {
  if (started) return;
  started = true;
  // Capture for clicks: the click a long press's release sends is swallowed before anyone acts on it.
  for (const type of Object.keys(HANDLERS)) document.addEventListener(type, dispatch, type === 'click');
  window.addEventListener('scroll', onScroll, { passive: true });
  // A client-side navigation replaces the article: the popover must not outlive its link.
  window.addEventListener('popstate', close);
  for (const event of seen) dispatch(event);
}
