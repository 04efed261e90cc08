/**
 * What the 简/繁 conversion leaves alone, as pure rules over a minimal element shape so they are
 * unit-tested without a DOM (skip.test.ts): code, math, diagrams, inputs, scripts, text in another
 * language, and whatever the writer marks.
 */

/** The little of an element the rules read (a DOM Element fits). */
export interface ElementLike {
  /** Lower-case local name (`code`, `pre`, `svg`). */
  readonly localName: string;
  readonly parentElement: ElementLike | null;
  getAttribute(name: string): string | null;
}

/**
 * Elements whose text is never converted, with everything inside: code and preformatted text
 * (identifiers, commands and output are exact), keyboard and sample text, math (MathML and SVG,
 * where KaTeX also puts its `annotation` with the TeX), form fields (what a reader types is theirs),
 * and the document's non-text parts.
 */
const SKIPPED_TAGS = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'math',
  'svg',
  'textarea',
  'input',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'canvas',
]);

/**
 * Classes whose contents are skipped: KaTeX's HTML output (`katex`; its TeX source sits in an
 * `annotation` inside), mermaid's source and drawing, and `notranslate` (Google's and Chirpy's
 * marker for text to leave as it is).
 */
const SKIPPED_CLASSES = ['katex', 'katex-display', 'mermaid', 'notranslate'];

/** A `lang` still meaning simplified Chinese; any other language tag (en, ja, zh-Hant) is left alone. */
const SIMPLIFIED_LANG = /^zh(-(hans|cn|sg|my)(-|$)|$)/i;

/** Whether the conversion skips this element and all it holds. */
export function isSkippedElement(element: ElementLike): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.getAttribute('data-zh-skip') !== null) return true;
  if (element.getAttribute('translate') === 'no') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const lang = element.getAttribute('lang');
  if (lang !== null && lang !== '' && !SIMPLIFIED_LANG.test(lang)) return true;
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return SKIPPED_CLASSES.some((name) => classes.includes(name));
}

/**
 * Whether `element` or one of its ancestors below `root` is skipped: for text that appears later
 * (client navigation, search results, previews), whose place in the page decides. `root` (the
 * `<html>` element, whose `lang` the switch itself sets) is not looked at.
 */
export function isInSkippedElement(element: ElementLike | null, root: ElementLike | null): boolean {
  for (let el = element; el && el !== root; el = el.parentElement) if (isSkippedElement(el)) return true;
  return false;
}

/**
 * The attributes converted along with the text: what a reader sees or hears as words (a tooltip,
 * a screen reader's label, an image's text when it does not load). Every other attribute (href,
 * src, id, class, data-*) is an address or a key, never converted.
 */
export const CONVERTED_ATTRIBUTES = ['title', 'aria-label', 'alt'] as const;

const URL_IN_TEXT =
  /\b(?:https?|ftp):\/\/[^\s<>"'，。；：！？）」』】]+|\bwww\.[^\s<>"'，。；：！？）」』】]+/giu;

/**
 * Converts `text` except the URLs written in it (`https://zh.wikipedia.org/wiki/汉字` stays as
 * written, so it still leads where it did).
 */
export function convertOutsideUrls(text: string, convert: (part: string) => string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const at = match.index ?? 0;
    out += convert(text.slice(from, at)) + match[0];
    from = at + match[0].length;
  }
  return from === 0 ? convert(text) : out + convert(text.slice(from));
}

/** Whether a text might change at all: only Han characters do (a cheap test before the tries). */
export const HAS_HAN = /\p{Script=Han}/u;
