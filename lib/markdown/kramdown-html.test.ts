import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkAttributeLists } from './attribute-lists';
import { contentModel, dropMarkdownAttributes, remarkKramdownHtml } from './kramdown-html';
import { extractToc } from './toc';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkKramdownHtml)
  .use(remarkAttributeLists)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeStringify)
  .freeze();

function render(markdown: string): string {
  return String(processor.processSync(markdown)).replace(/\n/g, '');
}

const rows: { name: string; input: string; html: string }[] = [
  {
    name: 'Chirpy box: bold, list and a span IAL inside, title paragraph kept as HTML',
    input:
      '<div class="box-info" markdown="1">\n<p class="box-title">提示</p>\n这是**粗体**，文件 `a.txt`{: .filepath}\n- 一\n- 二\n</div>',
    html: '<div class="box-info"><p class="box-title">提示</p><p>这是<strong>粗体</strong>，文件 <code class="filepath">a.txt</code></p><ul><li>一</li><li>二</li></ul></div>',
  },
  {
    name: 'details with a summary and blank lines',
    input: '<details markdown="1">\n<summary>点击展开</summary>\n\n1. 第一步\n2. 第二步\n\n</details>',
    html: '<details><summary>点击展开</summary><ol><li>第一步</li><li>第二步</li></ol></details>',
  },
  {
    name: 'text after the block is markdown again',
    input: '<div markdown="1">\n**内**\n</div>\n**外**',
    html: '<div><p><strong>内</strong></p></div><p><strong>外</strong></p>',
  },
  {
    name: 'nested blocks',
    input: '<div markdown="1">\n外 *斜*\n<div class="in" markdown="block">\n内 **粗**\n</div>\n尾\n</div>',
    html: '<div><p>外 <em>斜</em></p><div class="in"><p>内 <strong>粗</strong></p></div><p>尾</p></div>',
  },
  {
    name: 'same-name tags without the attribute nest',
    input: '<div markdown="1">\n<div>原样</div>\n**粗**\n</div>',
    html: '<div><div>原样</div><p><strong>粗</strong></p></div>',
  },
  {
    name: 'span model: no paragraph inside a p',
    input: '<p class="lead" markdown="1">引言 **要点** 在此</p>',
    html: '<p class="lead">引言 <strong>要点</strong> 在此</p>',
  },
  {
    name: 'markdown="span" on a div',
    input: '<div markdown="span">只是 *一行*</div>',
    html: '<div>只是 <em>一行</em></div>',
  },
  {
    name: 'markdown="0" stays raw, attribute dropped',
    input: '<div markdown="0">\n**原样**\n</div>',
    html: '<div>**原样**</div>',
  },
  {
    name: 'pre keeps its text with markdown="1"',
    input: '<pre markdown="1">**原样**</pre>',
    html: '<pre>**原样**</pre>',
  },
  {
    name: 'inline span: attribute dropped, markdown already parsed',
    input: '文 <span markdown="1">**x**</span> 字',
    html: '<p>文 <span><strong>x</strong></span> 字</p>',
  },
  {
    name: 'a closing tag inside fenced code is code',
    input: '<div markdown="1">\n```html\n</div>\n```\n</div>',
    html: '<div><pre><code class="language-html">&#x3C;/div></code></pre></div>',
  },
  {
    name: 'unclosed block stays raw HTML, attribute dropped',
    input: "<div class='x' markdown='1'>\n**未闭合**",
    html: '<div class="x">**未闭合**</div>',
  },
  {
    name: 'math inside (note with math: true)',
    input: '<div markdown="1">\n公式 $x$ 在此\n</div>',
    html: '<div><p>公式 <code class="language-math math-inline">x</code> 在此</p></div>',
  },
  {
    name: 'attributes kept, entities decoded once',
    input: '<details open class="a b" title="A &amp; B" markdown="1">\n- 项\n</details>',
    html: '<details open class="a b" title="A &#x26; B"><ul><li>项</li></ul></details>',
  },
  {
    name: 'inside a list item only the attribute goes',
    input: '- 项\n\n  <div markdown="1">\n  **x**\n  </div>',
    html: '<ul><li><p>项</p><div>**x**</div></li></ul>',
  },
];

test('remarkKramdownHtml: markdown inside HTML blocks, as kramdown reads it', () => {
  for (const row of rows) assert.equal(render(row.input), row.html, row.name);
});

test('contentModel: kramdown values and element defaults', () => {
  const cases: [string, string, ReturnType<typeof contentModel>][] = [
    ['div', '1', 'block'],
    ['DETAILS', '1', 'block'],
    ['p', '1', 'span'],
    ['summary', '1', 'span'],
    ['pre', '1', 'raw'],
    ['span', 'block', 'block'],
    ['div', 'span', 'span'],
    ['div', '0', 'raw'],
    ['div', 'yes', null],
  ];
  for (const [tag, value, model] of cases) assert.equal(contentModel(tag, value), model, `${tag} ${value}`);
});

test('dropMarkdownAttributes: every quoting form', () => {
  assert.equal(
    dropMarkdownAttributes('<a markdown="1" href="x"><b markdown=\'span\'> <i markdown=1>'),
    '<a href="x"><b> <i>',
  );
});

test('headings inside a markdown block reach the TOC with their page ids', () => {
  const toc = extractToc(
    '<details markdown="1">\n<summary>s</summary>\n\n## 第一节\n\n### Part 2\n</details>',
    {
      format: 'md',
      maxDepth: 3,
    },
  );
  assert.deepEqual(toc, [
    { depth: 2, text: '第一节', id: '第一节' },
    { depth: 3, text: 'Part 2', id: 'part-2' },
  ]);
});
