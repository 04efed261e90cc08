import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import {
  getHeadingText,
  type HeadingIdsOptions,
  isClobberingName,
  rehypeHeadingIds,
  SCRIPT_GLOBALS,
  visitHeadings,
} from './heading-ids';

function headings(markdown: string, options?: HeadingIdsOptions): Element[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeHeadingIds, options);
  const found: Element[] = [];
  visitHeadings(processor.runSync(processor.parse(markdown)) as Root, (heading) => found.push(heading));
  return found;
}

/** `h2#id`, plus ` [href|label]` when the heading has an anchor link. */
function summarize(heading: Element): string {
  const anchor = heading.children.at(-1);
  const link = anchor?.type === 'element' && anchor.tagName === 'a' ? anchor.properties : null;
  const suffix = link ? ` [${String(link.href)}|${String(link.ariaLabel)}]` : '';
  return `${heading.tagName}#${String(heading.properties.id)}${suffix}`;
}

const label = 'Link to this section';
const rows: { name: string; markdown: string; expected: string[] }[] = [
  {
    name: 'CJK kept, punctuation dropped',
    markdown: '### 一、核心底层逻辑',
    expected: [`h3#一核心底层逻辑 [#一核心底层逻辑|${label}]`],
  },
  {
    name: 'seed note question heading',
    markdown: '## Q1. 无大算力时，作为学生，LLM还有哪些值得做的研究？',
    expected: [
      `h2#q1-无大算力时作为学生llm还有哪些值得做的研究 [#q1-无大算力时作为学生llm还有哪些值得做的研究|${label}]`,
    ],
  },
  {
    name: 'full-width brackets dropped',
    markdown: '### 三、落地执行建议（具体到每日/每周动作）',
    expected: [`h3#三落地执行建议具体到每日每周动作 [#三落地执行建议具体到每日每周动作|${label}]`],
  },
  {
    name: "the layout's ids are taken: a Comments or Main heading gets a suffix",
    markdown: '## Comments\n\n## Main\n\n## Comments Title\n\n## TOC List',
    expected: [
      `h2#comments-1 [#comments-1|${label}]`,
      `h2#main-1 [#main-1|${label}]`,
      `h2#comments-title-1 [#comments-title-1|${label}]`,
      `h2#toc-list-1 [#toc-list-1|${label}]`,
    ],
  },
  { name: 'h1 gets an id but no anchor', markdown: '# Title', expected: ['h1#title'] },
  { name: 'h6 gets an anchor', markdown: '###### Deep', expected: [`h6#deep [#deep|${label}]`] },
  {
    name: 'lower case, spaces to dashes',
    markdown: '## Hello World',
    expected: [`h2#hello-world [#hello-world|${label}]`],
  },
  {
    name: 'inline markup flattened',
    markdown: '## **粗体** 与 `code`',
    expected: [`h2#粗体-与-code [#粗体-与-code|${label}]`],
  },
  {
    name: 'full-width letters kept',
    markdown: '## Ｆｕｌｌ',
    expected: [`h2#ｆｕｌｌ [#ｆｕｌｌ|${label}]`],
  },
  {
    name: 'duplicates numbered by one slugger',
    markdown: '## A\n\n## A\n\n### A',
    expected: [`h2#a [#a|${label}]`, `h2#a-1 [#a-1|${label}]`, `h3#a-2 [#a-2|${label}]`],
  },
  {
    name: 'existing id kept, still anchored',
    markdown: '<h2 id="keep">Other</h2>',
    expected: [`h2#keep [#keep|${label}]`],
  },
  {
    name: 'existing id reserved before later headings',
    markdown: '## Intro\n\n<h3 id="intro">X</h3>',
    expected: [`h2#intro-1 [#intro-1|${label}]`, `h3#intro [#intro|${label}]`],
  },
  {
    name: 'punctuation or emoji only falls back to section',
    markdown: '## ！！！\n\n## 🎉\n\n## Section',
    expected: [
      `h2#section [#section|${label}]`,
      `h2#section-1 [#section-1|${label}]`,
      `h2#section-2 [#section-2|${label}]`,
    ],
  },
  {
    name: 'footnote label skipped, its id reserved',
    markdown: '## Footnote label\n\nText[^1]\n\n[^1]: Note',
    expected: [`h2#footnote-label-1 [#footnote-label-1|${label}]`],
  },
  {
    name: 'text trimmed before slugging',
    markdown: '## Title <!-- note -->',
    expected: [`h2#title [#title|${label}]`],
  },
  { name: 'no headings', markdown: 'Just text.', expected: [] },
  // DOM clobbering: an id that names a global a script on the page reads (window.mermaid) gets a suffix.
  {
    name: 'a heading named after a script global',
    markdown: '## Mermaid\n\n## mermaid',
    expected: [`h2#mermaid-1 [#mermaid-1|${label}]`, `h2#mermaid-2 [#mermaid-2|${label}]`],
  },
  {
    name: 'script globals of Next.js, mermaid and analytics',
    markdown: '## __next_f\n\n### Cytoscape\n\n## Injected\n\n## Umami\n\n## Fathom',
    expected: [
      `h2#__next_f-1 [#__next_f-1|${label}]`,
      `h3#cytoscape-1 [#cytoscape-1|${label}]`,
      `h2#injected-1 [#injected-1|${label}]`,
      `h2#umami-1 [#umami-1|${label}]`,
      `h2#fathom-1 [#fathom-1|${label}]`,
    ],
  },
  // An id never hides a real window property, so headings named like browser globals keep Chirpy's ids.
  {
    name: 'browser globals are kept (old #history anchors still work)',
    markdown:
      '## History\n\n### Name\n\n## Performance\n\n## Location\n\n## Image\n\n## Event\n\n## onclick\n\n## Next\n\n## Module',
    expected: [
      `h2#history [#history|${label}]`,
      `h3#name [#name|${label}]`,
      `h2#performance [#performance|${label}]`,
      `h2#location [#location|${label}]`,
      `h2#image [#image|${label}]`,
      `h2#event [#event|${label}]`,
      `h2#onclick [#onclick|${label}]`,
      `h2#next [#next|${label}]`,
      `h2#module [#module|${label}]`,
    ],
  },
  {
    name: 'names that only contain a global are kept',
    markdown: '## Mermaid 图表\n\n## mermaid-1',
    expected: [`h2#mermaid-图表 [#mermaid-图表|${label}]`, `h2#mermaid-1 [#mermaid-1|${label}]`],
  },
  {
    name: 'a raw heading id that clobbers is renamed',
    markdown: '<h2 id="katex">KaTeX</h2>\n\n## KaTeX',
    expected: [`h2#katex-1 [#katex-1|${label}]`, `h2#katex-2 [#katex-2|${label}]`],
  },
  {
    name: 'a raw id in any case is kept unless it is exactly a script global',
    markdown: '<h2 id="History">A</h2>\n\n<h2 id="dataLayer">B</h2>\n\n<h2 id="datalayer">C</h2>',
    expected: [
      `h2#History [#History|${label}]`,
      `h2#dataLayer-1 [#dataLayer-1|${label}]`,
      `h2#datalayer [#datalayer|${label}]`,
    ],
  },
];

test('heading ids and anchors', () => {
  for (const row of rows) {
    assert.deepEqual(headings(row.markdown).map(summarize), row.expected, row.name);
  }
});

test('anchor label comes from the option; heading text excludes the anchor', () => {
  const [heading] = headings('## 标题 One', { anchorLabel: '链接到本节' });
  assert.ok(heading);
  assert.equal(summarize(heading), 'h2#标题-one [#标题-one|链接到本节]');
  assert.equal(getHeadingText(heading), '标题 One');
  const anchor = heading.children.at(-1);
  assert.deepEqual(anchor?.type === 'element' && anchor.properties.className, ['heading-anchor']);
});

test('raw HTML ids and names that clobber a global are renamed, and links to them follow', () => {
  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeHeadingIds, { anchors: false })
      .use(rehypeStringify)
      .processSync(
        '<div id="mermaid">图</div> <img name="_paq" alt=""> <p id="history">x</p>\n\n[看图](#mermaid) [队列](#_paq) [历史](#history)',
      ),
  );
  assert.ok(html.includes('<div id="mermaid-1">'), html);
  assert.ok(html.includes('<img name="_paq-1" alt="">'), html);
  assert.ok(html.includes('<p id="history">'), html);
  assert.ok(html.includes('href="#mermaid-1"') && html.includes('href="#_paq-1"'), html);
  assert.ok(html.includes('href="#history"'), html);
});

test('isClobberingName: exactly the script globals, never a browser built-in', () => {
  for (const name of SCRIPT_GLOBALS) assert.equal(isClobberingName(name), true, name);
  // Real window properties: named access sits below them, so an id cannot shadow them.
  const builtIns = [
    'history',
    'performance',
    'location',
    'screen',
    'name',
    'status',
    'navigation',
    'onclick',
  ];
  for (const name of [
    ...builtIns,
    'Image',
    'Event',
    'Node',
    'Audio',
    'Option',
    'Blob',
    'Response',
    'Storage',
  ])
    assert.equal(isClobberingName(name), false, name);
  for (const name of ['mermaid-1', '第一节', 'section', 'next', 'module', 'process', 'Mermaid'])
    assert.equal(isClobberingName(name), false, name);
  assert.equal(new Set(SCRIPT_GLOBALS).size, SCRIPT_GLOBALS.length, 'no duplicates');
});
