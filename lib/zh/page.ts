/**
 * The browser side of the 简/繁 switch, bundled into `public/vendor/zh/zh.js` (lib/zh/build.ts) and
 * loaded only when a traditional variant is chosen or defaulted (lib/zh/head-script.ts): converts
 * the page's text in place, then whatever appears later (client navigation, search results,
 * previews), and back to the text as written for 简.
 *
 * React may hydrate this markup after we convert it (the page is hidden only until the tables
 * arrive, not until hydration), and React compares every text node's `nodeValue` and the
 * `textContent` of every element with one string child against its own text: a difference would
 * make it throw the server markup away and render the page again. So until hydration is over
 * (lib/zh/hydration.ts) a converted text node (and such an element) reports the text as written
 * through those two properties, while the browser shows `data`; then the properties are dropped,
 * so every reader of the DOM (axe, our islands) sees what the reader sees.
 */
import { createConverter, type ZhTables } from './convert';
import { HYDRATED_EVENT } from './hydration';
import {
  CONVERTED_ATTRIBUTES,
  convertOutsideUrls,
  HAS_HAN,
  isInSkippedElement,
  isSkippedElement,
} from './skip';
import type { ZhTraditional, ZhVariant } from './variants';

declare global {
  interface Window {
    /** This runtime, once loaded: the head script hands it the reader's choices. */
    __xjZh?: { apply(variant: ZhVariant): void };
    /** Tables scripts (`/vendor/zh/<version>/tw.js`, `hk.js`) put their tables here… */
    __xjZhTables?: Partial<Record<ZhTraditional, ZhTables>>;
    /** …and call this, if the runtime is already waiting. */
    __xjZhLoaded?: () => void;
  }
}

interface Converted {
  /** The text as written. */
  source: string;
  /** What the page shows. */
  shown: string;
}

const texts = new WeakMap<Text, Converted>();
const attributes = new WeakMap<Element, Map<string, Converted>>();
const nativeTextContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
const folder = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

let convert: ((text: string) => string) | null = null;
const converters = new Map<ZhTraditional, (text: string) => string>();
let observer: MutationObserver | null = null;
let hydrated = window.__xjHydrated === true;

function convertString(text: string): string {
  return convert && HAS_HAN.test(text) ? convertOutsideUrls(text, convert) : text;
}

function insideSkipped(node: Node): boolean {
  return isInSkippedElement(node instanceof Element ? node : node.parentElement, document.documentElement);
}

/** Makes `nodeValue` (and a sole-child parent's `textContent`) report the text as written. */
function reportSource(node: Text): void {
  if (!Object.hasOwn(node, 'nodeValue'))
    Object.defineProperty(node, 'nodeValue', {
      configurable: true,
      get: () => {
        const state = texts.get(node);
        return state && state.shown === node.data ? state.source : node.data;
      },
      set: (value: string | null) => {
        node.data = value ?? '';
        convertText(node);
      },
    });
  const parent = node.parentElement;
  if (parent && parent.childNodes.length === 1 && !Object.hasOwn(parent, 'textContent') && nativeTextContent)
    Object.defineProperty(parent, 'textContent', {
      configurable: true,
      get: () => {
        const only = parent.firstChild;
        return only instanceof Text && only === parent.lastChild
          ? only.nodeValue
          : nativeTextContent.get?.call(parent);
      },
      set: (value: string | null) => nativeTextContent.set?.call(parent, value),
    });
}

function convertText(node: Text): void {
  const data = node.data;
  const state = texts.get(node);
  if (state && state.shown === data) return;
  const shown = convertString(data);
  if (shown === data) {
    texts.delete(node);
    return;
  }
  texts.set(node, { source: data, shown });
  node.data = shown;
  if (!hydrated) reportSource(node);
}

/**
 * Attributes wait for hydration: React checks them only in development, where a difference is a
 * console error, and none of them is painted text (a tooltip, a screen reader's label, an image's
 * text when it fails), so there is no flash to avoid.
 */
function convertAttributes(element: Element): void {
  if (!hydrated) return;
  for (const name of CONVERTED_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const states = attributes.get(element) ?? new Map<string, Converted>();
    if (states.get(name)?.shown === value) continue;
    const shown = convertString(value);
    if (shown === value) continue;
    states.set(name, { source: value, shown });
    attributes.set(element, states);
    element.setAttribute(name, shown);
  }
}

/** Converts `root` and everything under it that is not skipped. */
function convertTree(root: Node): void {
  if (insideSkipped(root)) return;
  if (root instanceof Text) {
    convertText(root);
    return;
  }
  if (root instanceof Element) convertAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && isSkippedElement(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) convertText(node);
    else if (node instanceof Element) convertAttributes(node);
  }
}

/** Drops the properties that report the text as written (reportSource), under `root`. */
function dropReporting(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (Object.hasOwn(node, 'nodeValue')) Reflect.deleteProperty(node, 'nodeValue');
    if (Object.hasOwn(node, 'textContent')) Reflect.deleteProperty(node, 'textContent');
  }
}

/** Puts back the text as written everywhere we changed it. */
function restoreTree(root: Node): void {
  dropReporting(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const state = texts.get(node);
      if (state && state.shown === node.data) node.data = state.source;
      texts.delete(node);
    } else if (node instanceof Element) {
      for (const [name, state] of attributes.get(node) ?? [])
        if (node.getAttribute(name) === state.shown) node.setAttribute(name, state.source);
      attributes.delete(node);
    }
  }
}

function onMutations(records: MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'childList') for (const node of record.addedNodes) convertTree(node);
    else if (!insideSkipped(record.target)) {
      if (record.target instanceof Text) convertText(record.target);
      else if (record.target instanceof Element) convertAttributes(record.target);
    }
  }
}

function waitForTables(variant: ZhTraditional): Promise<ZhTables> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const tables = window.__xjZhTables?.[variant];
      if (tables) resolve(tables);
      return Boolean(tables);
    };
    if (check()) return;
    const previous = window.__xjZhLoaded;
    window.__xjZhLoaded = () => {
      previous?.();
      check();
    };
    // The head script requests the tables of the variant it starts with; a later choice loads its own.
    const src = new URL(`${variant}.js`, folder).href;
    if (![...document.scripts].some((script) => script.src === src)) {
      const script = document.createElement('script');
      script.src = src;
      script.onerror = () => reject(new Error(`zh: ${script.src} did not load`));
      document.head.append(script);
    }
  });
}

async function converterFor(variant: ZhTraditional): Promise<(text: string) => string> {
  const known = converters.get(variant);
  if (known) return known;
  const made = createConverter(await waitForTables(variant));
  converters.set(variant, made);
  return made;
}

/** Shows the page the head script hid until it was converted. */
function reveal(): void {
  document.getElementById('zh-wait')?.remove();
}

let applying = 0;

/** The variant the head script marked on `<html data-zh>`. */
function chosenVariant(): ZhVariant {
  const marked = document.documentElement.dataset.zh;
  return marked === 'tw' || marked === 'hk' ? marked : 'cn';
}

/**
 * Marks the header control's button for `variant` as the pressed one; after hydration only, as
 * for the converted attributes (React compares attributes in development).
 */
function markPressed(variant: ZhVariant): void {
  if (!hydrated) return;
  for (const button of document.querySelectorAll('[data-zh-choice]'))
    button.setAttribute('aria-pressed', String(button.getAttribute('data-zh-choice') === variant));
}

async function apply(variant: ZhVariant): Promise<void> {
  const ticket = ++applying;
  markPressed(variant);
  observer?.disconnect();
  if (convert) restoreTree(document.documentElement);
  convert = null;
  if (variant === 'cn') return reveal();
  try {
    const made = await converterFor(variant);
    if (ticket !== applying) return; // another choice came meanwhile
    convert = made;
    for (const child of document.documentElement.children) convertTree(child);
    observer ??= new MutationObserver(onMutations);
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...CONVERTED_ATTRIBUTES],
    });
  } finally {
    if (ticket === applying) reveal();
  }
}

window.__xjZh = { apply: (variant) => void apply(variant) };
document.addEventListener(HYDRATED_EVENT, () => {
  hydrated = true;
  markPressed(chosenVariant());
  dropReporting(document.documentElement);
  if (convert) for (const child of document.documentElement.children) convertTree(child);
});
const initial = chosenVariant();
if (initial !== 'cn') void apply(initial);
