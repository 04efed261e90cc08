import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertOutsideUrls, type ElementLike, isInSkippedElement, isSkippedElement } from './skip';

/** A fake element: `tag` with attributes, inside `parent`. */
function el(
  tag: string,
  attributes: Record<string, string> = {},
  parent: ElementLike | null = null,
): ElementLike {
  return { localName: tag, parentElement: parent, getAttribute: (name) => attributes[name] ?? null };
}

test('which elements the conversion skips, with all they hold', () => {
  const rows: [string, ElementLike, boolean][] = [
    ['a paragraph', el('p'), false],
    ['a link (its text is read; href is never touched)', el('a', { href: '/posts/简体/' }), false],
    ['a heading', el('h2', { id: '第一节' }), false],
    ['inline code', el('code'), true],
    ['a code block', el('pre', { class: 'shiki' }), true],
    ['keyboard input', el('kbd'), true],
    ['sample output', el('samp'), true],
    ['KaTeX, inline', el('span', { class: 'katex' }), true],
    ['KaTeX, display', el('span', { class: 'katex-display' }), true],
    ['MathML (KaTeX puts the TeX source in its annotation)', el('math'), true],
    ['an SVG (icons, mermaid drawings)', el('svg'), true],
    ['a mermaid block', el('div', { class: 'mermaid-block mermaid' }), true],
    ['a class merely containing the word', el('div', { class: 'katexish' }), false],
    ['a text field', el('input', { type: 'search' }), true],
    ['a textarea', el('textarea'), true],
    ['a select and its options', el('select'), true],
    ['a script', el('script'), true],
    ['a style sheet', el('style'), true],
    ['a template', el('template'), true],
    ['marked by the writer', el('span', { 'data-zh-skip': '' }), true],
    ['translate="no"', el('span', { translate: 'no' }), true],
    ['translate="yes"', el('span', { translate: 'yes' }), false],
    ['.notranslate', el('div', { class: 'notranslate' }), true],
    ['contenteditable', el('div', { contenteditable: 'true' }), true],
    ['contenteditable=""', el('div', { contenteditable: '' }), true],
    ['contenteditable="false"', el('div', { contenteditable: 'false' }), false],
    ['lang="ja" (kanji are not simplified Chinese)', el('span', { lang: 'ja' }), true],
    ['lang="zh-Hant" (already traditional)', el('span', { lang: 'zh-Hant' }), true],
    ['lang="zh-TW"', el('span', { lang: 'zh-TW' }), true],
    ['lang="en"', el('p', { lang: 'en' }), true],
    ['lang="zh-CN"', el('p', { lang: 'zh-CN' }), false],
    ['lang="zh-Hans"', el('p', { lang: 'zh-Hans' }), false],
    ['lang="zh"', el('p', { lang: 'zh' }), false],
    ['lang="zh-SG"', el('p', { lang: 'zh-SG' }), false],
    ['lang=""', el('p', { lang: '' }), false],
  ];
  for (const [name, element, skipped] of rows) assert.equal(isSkippedElement(element), skipped, name);
});

test('text that appears later is skipped by its place in the page', () => {
  const html = el('html', { lang: 'zh-Hant-TW' });
  const body = el('body', {}, html);
  const article = el('article', {}, body);
  const pre = el('pre', {}, article);
  const span = el('span', { class: 'line' }, pre);
  const katex = el('span', { class: 'katex' }, article);
  const mathText = el('span', { class: 'mord' }, el('span', { class: 'katex-html' }, katex));
  const paragraph = el('p', {}, article);
  const strong = el('strong', {}, paragraph);
  const rows: [string, ElementLike, boolean][] = [
    ['a line in a code block', span, true],
    ['a symbol deep in KaTeX output', mathText, true],
    ['bold text in a paragraph', strong, false],
    ['the article (html’s own lang, set by the switch, is not looked at)', article, false],
  ];
  for (const [name, element, skipped] of rows) assert.equal(isInSkippedElement(element, html), skipped, name);
  assert.equal(isInSkippedElement(null, html), false, 'a node outside any element');
});

test('URLs written in the text keep their characters', () => {
  const upper = (text: string) =>
    text.replace(/[简汉体]/g, (c) => ({ 简: '簡', 汉: '漢', 体: '體' })[c] ?? c);
  const rows: [string, string][] = [
    ['简体字', '簡體字'],
    ['见 https://zh.wikipedia.org/wiki/汉字 和简体', '见 https://zh.wikipedia.org/wiki/汉字 和簡體'],
    ['链接：https://example.com/简体，后面是汉字', '链接：https://example.com/简体，后面是漢字'],
    ['www.example.cn/简体 简体', 'www.example.cn/简体 簡體'],
    ['（http://a.cn/汉）简', '（http://a.cn/汉）簡'],
    ['', ''],
  ];
  for (const [input, expected] of rows) assert.equal(convertOutsideUrls(input, upper), expected, input);
});
