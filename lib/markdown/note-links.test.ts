import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { rewriteNoteLinks } from './note-links';
import { renderMarkdownHtml } from './render-html';

const rendered: { markdown: string; kind?: 'post' | 'note'; has: string[]; lacks?: string[] }[] = [
  {
    markdown: '见 [[甲]] 和 [[文件夹/乙|别名]]。',
    has: [
      '<xj-link data-kind="wikilink" data-target="甲">甲</xj-link>',
      '<xj-link data-kind="wikilink" data-target="文件夹/乙" data-alias="别名">别名</xj-link>',
    ],
  },
  {
    markdown: '[[甲#第一节]] [[甲#^abc]]',
    has: ['data-heading="第一节">甲 > 第一节</xj-link>', 'data-block="abc">甲 > ^abc</xj-link>'],
  },
  { markdown: '`[[代码]]` 与 \\[[转义]]', has: ['<code>[[代码]]</code>', '[[转义]]'], lacks: ['xj-link'] },
  { markdown: '```\n[[块]]\n```', has: ['[[块]]'], lacks: ['xj-link'] },
  {
    markdown: '![[图.png|300]] 文字',
    has: [
      '<p><xj-embed data-kind="embed" data-target="图.png" data-alias="300" data-type="image"></xj-embed> 文字</p>',
    ],
  },
  {
    markdown: '![[笔记#节]]',
    has: [
      '<xj-embed data-kind="embed" data-target="笔记" data-heading="节" data-type="note" data-display="block">',
    ],
    lacks: ['<p>'],
  },
  {
    markdown: '[看这](other%20note.md#标题)',
    has: ['<xj-link data-kind="markdown" data-target="other note.md" data-heading="标题">看这</xj-link>'],
  },
  { markdown: '[外部](https://example.com/a.md)', has: ['<a href="https://example.com/a.md">'] },
  { markdown: '一段话 ^abc', kind: 'note', has: ['<p id="^abc">一段话</p>'] },
  { markdown: '- 一项 ^item1\n- 二项', kind: 'note', has: ['<li id="^item1">一项</li>'] },
  { markdown: '> 引用\n\n^quote', kind: 'note', has: ['<blockquote id="^quote">'], lacks: ['<p>^quote'] },
  // Chirpy posts keep `^` text as written.
  { markdown: '一段话 ^abc', kind: 'post', has: ['<p>一段话 ^abc</p>'] },
  { markdown: '## 关于 [[甲]]', has: ['<h2 id="关于-甲">关于 <xj-link'] },
  // A wikilink in a markdown link's text wins; the outer link stays text, nothing is lost.
  {
    markdown: '[参见 [[甲]] 一节](https://example.com/x)',
    has: [
      '<p>[参见 <xj-link data-kind="wikilink" data-target="甲">甲</xj-link> 一节](https://example.com/x)</p>',
    ],
    lacks: ['<a '],
  },
  {
    markdown: '[见 [[甲|这里]]](乙.md "标题")',
    has: [
      '[见 <xj-link data-kind="wikilink" data-target="甲" data-alias="这里">这里</xj-link>](乙.md "标题")',
    ],
    lacks: ['data-kind="markdown"'],
  },
  // An embed (an image) in a link's text keeps the link, as `[![图](a.png)](url)` does.
  { markdown: '[![[图.png]]](https://example.com/)', has: ['<a href="https://example.com/"><xj-embed'] },
];

test('links become markers; block ids in vault notes only', async () => {
  for (const { markdown, kind, has, lacks = [] } of rendered) {
    const { html } = await renderMarkdownHtml(markdown, { kind: kind ?? 'note' });
    for (const part of has) assert.ok(html.includes(part), `${markdown}\n${html}\nlacks ${part}`);
    for (const part of lacks) assert.ok(!html.includes(part), `${markdown}\n${html}\nhas ${part}`);
  }
});

test('rewriteNoteLinks lists links with file line and sentence', () => {
  const source =
    '第一段。\n\n前一句。这里见 [[甲|某处]]，很好。后一句。\n第二行 ![[图.png]]\n\n- [乙](乙.md#节) 在列表里 ^blk\n';
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
  const found = rewriteNoteLinks(tree, source, { kind: 'note', bodyLine: 5 });
  assert.deepEqual(found.blockIds, ['blk']);
  assert.deepEqual(
    found.links.map(({ kind, target, heading, line, context }) => ({ kind, target, heading, line, context })),
    [
      { kind: 'wikilink', target: '甲', heading: null, line: 7, context: '这里见 某处，很好。' },
      { kind: 'embed', target: '图.png', heading: null, line: 8, context: '第二行' },
      { kind: 'markdown', target: '乙.md', heading: '节', line: 10, context: '乙 在列表里' },
    ],
  );
  const nested = '甲说：[参见 [[乙]]](/关于/)。';
  const inLink = rewriteNoteLinks(unified().use(remarkParse).parse(nested), nested, { kind: 'note' });
  assert.deepEqual(
    inLink.links.map(({ kind, target, context }) => ({ kind, target, context })),
    [{ kind: 'wikilink', target: '乙', context: '甲说：[参见 乙](/关于/)。' }],
  );
  // A second run finds nothing more: the links are markers now.
  assert.deepEqual(rewriteNoteLinks(tree, source, { kind: 'note' }).links, []);
});
