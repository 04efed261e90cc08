import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findInlineTags } from './inline-tags';
import type { BodyKind } from './pipeline';
import { renderMarkdownHtml } from './render-html';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

const rows: { name: string; markdown: string; tags: string[] }[] = [
  { name: 'Chinese tag after a space', markdown: '今天读完了 #读书笔记', tags: ['读书笔记'] },
  { name: 'at the start of a paragraph', markdown: '#灵感 一闪而过', tags: ['灵感'] },
  { name: 'nested tag', markdown: '见 #学习/数学 和 #parent/child', tags: ['学习/数学', 'parent/child'] },
  {
    name: 'ends at full-width punctuation',
    markdown: '标记 #待整理，然后 #复习。',
    tags: ['待整理', '复习'],
  },
  { name: 'ends at ASCII punctuation', markdown: 'see #idea, and #todo.', tags: ['idea', 'todo'] },
  {
    name: 'underscore, hyphen and digits inside',
    markdown: '#a_b-c #y1984 #2024年',
    tags: ['a_b-c', 'y1984', '2024年'],
  },
  { name: 'digits alone are no tag', markdown: '第 #1 条和 #2024', tags: [] },
  { name: 'trailing slash dropped', markdown: '#目录/ 下', tags: ['目录'] },
  { name: 'no space before: no tag', markdown: '中文#标签 和 C#语言', tags: [] },
  { name: 'in a heading: no tag', markdown: '## 标题 #不是标签', tags: [] },
  { name: 'a heading line itself: no tag', markdown: '# 不是标签', tags: [] },
  { name: 'in inline code: no tag', markdown: '`#不是` 文本', tags: [] },
  { name: 'in a code block: no tag', markdown: '```\n#不是\n```', tags: [] },
  { name: 'in link text: no tag', markdown: '[#不是](/a/)', tags: [] },
  { name: 'in a URL: no tag', markdown: '访问 https://example.com/#frag 和 www.example.com/#x', tags: [] },
  {
    name: 'in a wikilink: no tag',
    markdown: '见 [[笔记#标题]] 与 [[#本页标题]] 与 [[笔记| #别名]]',
    tags: [],
  },
  { name: 'in raw HTML: no tag', markdown: '<span title="#不是">x</span>', tags: [] },
  { name: 'after a line break', markdown: '第一行\n#第二行', tags: ['第二行'] },
  { name: 'in a list and a table', markdown: '- #列表\n\n| a |\n|---|\n| #表格 |', tags: ['列表', '表格'] },
  { name: 'in a callout quote', markdown: '> [!note] 标题 #引用里', tags: ['引用里'] },
  { name: 'each once, case-insensitive, first spelling kept', markdown: '#Idea #idea #IDEA', tags: ['Idea'] },
  { name: 'two hashes: no tag', markdown: '##双井号', tags: [] },
];

for (const row of rows) {
  test(`inline tags: ${row.name}`, () => {
    assert.deepEqual(findInlineTags(parse(row.markdown)), row.tags);
  });
}

async function render(markdown: string, kind: BodyKind): Promise<string> {
  return (await renderMarkdownHtml(markdown, { kind })).html;
}

test('inline tags: a note links each tag to its tag page', async () => {
  const html = await render('读完了 #读书笔记 与 #Parent/Child。', 'note');
  assert.ok(
    html.includes(
      `<a href="/tags/${encodeURI('读书笔记')}/" class="inline-tag">#读书笔记</a> 与 <a href="/tags/parent-child/" class="inline-tag">#Parent/Child</a>。`,
    ),
    html,
  );
});

test('inline tags: the page renders exactly the tags the record lists', async () => {
  for (const row of rows) {
    const html = await render(row.markdown, 'note');
    const linked = new Set(
      [...html.matchAll(/class="inline-tag">#([^<]*)</g)].map((m) => m[1]?.toLowerCase()),
    );
    assert.deepEqual(
      [...linked],
      row.tags.map((tag) => tag.toLowerCase()),
      `${row.name}\n${html}`,
    );
  }
});

test('inline tags: in a folding callout title a tag stays text (a summary holds no link)', async () => {
  const html = await render('> [!tip]- 标题 #折叠\n> 正文 #内容', 'note');
  assert.ok(html.includes('<summary class="callout-title">标题 #折叠</summary>'), html);
  assert.ok(html.includes('class="inline-tag">#内容</a>'), html);
  assert.deepEqual(findInlineTags(parse('> [!tip]- 标题 #折叠\n> 正文 #内容')), ['折叠', '内容']);
});

test('inline tags: a post keeps # as text', async () => {
  const html = await render('读完了 #读书笔记', 'post');
  assert.equal(html, '<p>读完了 #读书笔记</p>');
});
