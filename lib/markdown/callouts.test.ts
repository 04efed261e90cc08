import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CALLOUT_FAMILIES, type CalloutFamily, calloutFamily } from './callouts';
import type { BodyKind, PipelineOptions } from './pipeline';
import { renderMarkdownHtml } from './render-html';

const titles = {
  note: '笔记',
  abstract: '摘要',
  info: '信息',
  todo: '待办',
  tip: '提示',
  success: '完成',
  question: '问题',
  warning: '注意',
  failure: '失败',
  danger: '危险',
  bug: '缺陷',
  example: '示例',
  quote: '引用',
} satisfies Record<CalloutFamily, string>;
const labels: PipelineOptions = {
  callouts: { tip: '提示：', info: '说明：', warning: '注意：', danger: '警告：', important: '重要：' },
  calloutTitles: titles,
  calloutTypeLabel: '{type}：',
};

async function render(markdown: string, kind: BodyKind): Promise<string> {
  return (await renderMarkdownHtml(markdown, { ...labels, kind })).html.replace(/\n/g, '');
}

test('every Obsidian type and alias, any case, has its family; unknown types are notes', () => {
  const rows: [string, CalloutFamily][] = [
    ['note', 'note'],
    ['abstract', 'abstract'],
    ['summary', 'abstract'],
    ['TLDR', 'abstract'],
    ['info', 'info'],
    ['todo', 'todo'],
    ['tip', 'tip'],
    ['hint', 'tip'],
    ['Important', 'tip'],
    ['success', 'success'],
    ['check', 'success'],
    ['done', 'success'],
    ['question', 'question'],
    ['help', 'question'],
    ['FAQ', 'question'],
    ['warning', 'warning'],
    ['caution', 'warning'],
    ['attention', 'warning'],
    ['failure', 'failure'],
    ['fail', 'failure'],
    ['missing', 'failure'],
    ['danger', 'danger'],
    ['error', 'danger'],
    ['bug', 'bug'],
    ['example', 'example'],
    ['quote', 'quote'],
    ['cite', 'quote'],
    ['读书', 'note'],
    ['my-type', 'note'],
  ];
  for (const [type, family] of rows) assert.equal(calloutFamily(type), family, type);
  assert.equal(CALLOUT_FAMILIES.length, 13);
});

const rows: { name: string; kind: BodyKind; markdown: string; has: string[]; hasNot?: string[] }[] = [
  {
    name: 'note: a plain marker gets the default title in the UI language',
    kind: 'note',
    markdown: '> [!tip]\n> 多喝水。',
    has: [
      '<div class="callout" data-callout="tip"><div class="callout-title">提示</div>',
      '<div class="callout-content"><p>多喝水。</p></div></div>',
    ],
    hasNot: ['[!tip]', 'prompt-', '<blockquote'],
  },
  {
    name: 'note: a custom title with markdown, the family named for screen readers',
    kind: 'note',
    markdown: '> [!WARNING] 别在 **周五** 发布\n> 正文第一行\n> 第二行',
    has: [
      'data-callout="warning"',
      '<div class="callout-title"><span class="sr-only">注意：</span>别在 <strong>周五</strong> 发布</div>',
      '<div class="callout-content"><p>正文第一行第二行</p></div>',
    ],
  },
  {
    name: 'note: GitHub NOTE is an Obsidian note callout',
    kind: 'note',
    markdown: '> [!NOTE]\n> 说明文字。',
    has: ['data-callout="note"', '<div class="callout-title">笔记</div>'],
    hasNot: ['prompt-info'],
  },
  {
    name: 'collapsed with -: details without open, the title is the summary',
    kind: 'note',
    markdown: '> [!faq]- 能折叠吗？\n> 可以。',
    has: [
      '<details class="callout" data-callout="question"><summary class="callout-title"><span class="sr-only">问题：</span>能折叠吗？</summary>',
      '<div class="callout-content"><p>可以。</p></div></details>',
    ],
    hasNot: [' open'],
  },
  {
    name: 'open with +: details open',
    kind: 'note',
    markdown: '> [!example]+\n> 例子。',
    has: [
      '<details class="callout" data-callout="example" open><summary class="callout-title">示例</summary>',
    ],
  },
  {
    name: 'nested callouts',
    kind: 'note',
    markdown: '> [!info] 外层\n> 外面的话\n>\n> > [!bug]- 内层\n> > 里面的话',
    has: [
      '<div class="callout" data-callout="info">',
      '<p>外面的话</p><details class="callout" data-callout="bug"><summary class="callout-title"><span class="sr-only">缺陷：</span>内层</summary>',
      '<p>里面的话</p></div></details></div></div>',
    ],
  },
  {
    name: 'a title alone: no content box',
    kind: 'note',
    markdown: '> [!success] 全部完成',
    has: ['<div class="callout" data-callout="success"><div class="callout-title">'],
    hasNot: ['callout-content'],
  },
  {
    name: 'unknown type falls back to note, title kept',
    kind: 'note',
    markdown: '> [!读书] 《三体》\n> 好看。',
    has: ['data-callout="note"', '《三体》'],
  },
  {
    name: 'the marker line inside the content is text, not a second callout',
    kind: 'note',
    markdown: '> [!note]\n> [!tip] 这行是正文',
    has: ['data-callout="note"', '<p>[!tip] 这行是正文</p>'],
    hasNot: ['data-callout="tip"'],
  },
  {
    name: 'a list right after the marker',
    kind: 'note',
    markdown: '> [!todo]\n> - 买菜\n> - 做饭',
    has: ['data-callout="todo"', '<div class="callout-content"><ul><li>买菜</li>'],
  },
  {
    name: 'no space after the marker: not a callout',
    kind: 'note',
    markdown: '> [!note]文字',
    has: ['<blockquote>', '[!note]文字'],
  },
  {
    name: 'code inside a callout is left alone',
    kind: 'note',
    markdown: '> [!example] 代码\n> `[!tip]` 和 `==x==`',
    has: ['<code>[!tip]</code>', '<code>==x==</code>'],
  },
  // Posts and pages: Chirpy prompts and GitHub alerts exactly as before.
  {
    name: 'post: GitHub NOTE keeps the prompt look',
    kind: 'post',
    markdown: '> [!NOTE]\n> Useful information.',
    has: [
      '<blockquote class="prompt-info"><span class="sr-only">说明：</span><p>Useful information.</p></blockquote>',
    ],
    hasNot: ['callout'],
  },
  {
    name: 'post: Chirpy prompt attribute list',
    kind: 'post',
    markdown: '> 小心\n{: .prompt-warning }',
    has: ['<blockquote class="prompt-warning"><span class="sr-only">注意：</span><p>小心</p></blockquote>'],
  },
  {
    name: 'post: an Obsidian name alone keeps its prompt',
    kind: 'post',
    markdown: '> [!bug]\n> x',
    has: ['<blockquote class="prompt-danger">'],
  },
  {
    name: 'post: an unknown marker alone stays a plain quote',
    kind: 'post',
    markdown: '> [!FOO]\n> x',
    has: ['<blockquote>', '[!FOO]'],
  },
  {
    name: 'post: a title makes it an Obsidian callout',
    kind: 'post',
    markdown: '> [!tip] 小技巧\n> 内容',
    has: ['<div class="callout" data-callout="tip">', '小技巧</div>'],
  },
  {
    name: 'post: folding works too',
    kind: 'post',
    markdown: '> [!warning]-\n> 内容',
    has: ['<details class="callout" data-callout="warning"><summary class="callout-title">注意</summary>'],
  },
  {
    name: 'page: a class from an attribute list keeps its own look (no data-callout)',
    kind: 'page',
    markdown: '> ALD\n{: .callout-note }',
    has: ['<blockquote class="callout-note">'],
    hasNot: ['data-callout'],
  },
];

for (const row of rows) {
  test(`callouts: ${row.name}`, async () => {
    const html = await render(row.markdown, row.kind);
    for (const part of row.has) assert.ok(html.includes(part), `${part}\nin\n${html}`);
    for (const part of row.hasNot ?? []) assert.ok(!html.includes(part), `not ${part}\nin\n${html}`);
  });
}

test('callouts: without labels (TOC and search) the default title is English', async () => {
  const { html } = await renderMarkdownHtml('> [!quote]\n> 学而时习之', { kind: 'note' });
  assert.match(html, /<div class="callout-title">Quote<\/div>/);
});
