import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdownHtml } from '../markdown/render-html';
import { type MarkerContext, resolveMarkers, sectionOf } from './markers';
import { buildLinkIndex, type LinkTarget } from './resolve';

function note(sourcePath: string, extra: Partial<LinkTarget> = {}): LinkTarget {
  const name = sourcePath.slice(sourcePath.lastIndexOf('/') + 1).replace(/\.md$/, '');
  return {
    url: `/${sourcePath.replace(/\.md$/, '')}/`,
    sourcePath,
    kind: 'note',
    title: name,
    aliases: [],
    headings: [],
    blockIds: [],
    ...extra,
  };
}

const bodies: Record<string, string> = {
  'notes/甲.md': '开头。\n\n## 第一节\n\n一节的话。\n\n### 小节\n\n小节的话。\n\n## 第二节\n\n二节的话 ^b2\n',
  'notes/环A.md': '环 A 嵌入 B：\n\n![[环B]]\n',
  'notes/环B.md': '环 B 嵌入 A：\n\n![[环A]]\n',
};
const targets = [
  note('notes/甲.md', {
    headings: [
      { text: '第一节', id: '第一节' },
      { text: '小节', id: '小节' },
      { text: '第二节', id: '第二节' },
    ],
    blockIds: ['b2'],
  }),
  note('notes/环A.md'),
  note('notes/环B.md'),
  note('notes/乙.md'),
];
const index = buildLinkIndex(targets, [{ sourcePath: 'notes/附件/图.png', url: '/notes/附件/图.png' }]);

function context(from: string): MarkerContext {
  const page = targets.find((t) => t.sourcePath === from) as LinkTarget;
  return {
    index,
    from: page,
    page,
    labels: {
      missingLink: '没有找到 {target}',
      missingFile: '（缺失）',
      embedCycle: '循环嵌入：{target}',
      openPdf: '打开',
    },
    sitePath: (path) => `/base${path}`,
    bodyHtml: async (target) => {
      const body = bodies[target.sourcePath];
      return body === undefined ? null : (await renderMarkdownHtml(body, { kind: 'note' })).html;
    },
  };
}

async function render(markdown: string, from = 'notes/乙.md'): Promise<string> {
  const { html } = await renderMarkdownHtml(markdown, { kind: 'note' });
  return resolveMarkers(html, context(from));
}

const rows: { markdown: string; from?: string; has: string[]; lacks?: string[] }[] = [
  { markdown: '[[甲]]', has: ['<a href="/base/notes/甲/" class="internal-link">甲</a>'] },
  {
    markdown: '[[甲#第一节|那一节]]',
    has: ['<a href="/base/notes/甲/#第一节" class="internal-link">那一节</a>'],
  },
  { markdown: '[[甲#^b2]]', has: ['href="/base/notes/甲/#^b2"'] },
  { markdown: '[[#第一节]]', from: 'notes/甲.md', has: ['<a href="#第一节"'] },
  { markdown: '[x](甲.md)', has: ['<a href="/base/notes/甲/" class="internal-link">x</a>'] },
  {
    markdown: '[[不存在]]',
    has: ['<span class="wikilink-missing" title="没有找到 [[不存在]]">不存在</span>'],
    lacks: ['<a '],
  },
  {
    markdown: '![[图.png|300]]',
    has: ['<img src="/base/notes/附件/图.png" alt="图" width="300" loading="lazy"'],
  },
  { markdown: '![[没有.png]]', has: ['<span class="embed-missing"', '没有.png（缺失）'] },
  {
    markdown: '![[甲#第一节]]',
    has: ['一节的话', '小节的话', 'class="note-embed"'],
    lacks: ['二节的话', 'id="第一节"'],
  },
  { markdown: '![[甲#^b2]]', has: ['二节的话'], lacks: ['一节的话', 'id="^b2"'] },
  {
    markdown: '![[环A]]',
    from: 'notes/乙.md',
    has: ['环 A 嵌入 B', '环 B 嵌入 A', 'note-embed-cycle', '循环嵌入：环A'],
  },
  {
    markdown: '![[环B]]',
    from: 'notes/环A.md',
    has: ['环 B 嵌入 A', '循环嵌入：环A'],
    lacks: ['环 A 嵌入 B'],
  },
];

test('resolveMarkers turns markers into links, files and embedded notes', async () => {
  for (const row of rows) {
    const html = await render(row.markdown, row.from);
    for (const part of row.has) assert.ok(html.includes(part), `${row.markdown}\n${html}\nlacks ${part}`);
    for (const part of row.lacks ?? [])
      assert.ok(!html.includes(part), `${row.markdown}\n${html}\nhas ${part}`);
    assert.ok(!html.includes('<xj-'), html);
  }
});

test('sectionOf cuts a heading section or one block', () => {
  const html =
    '<p>a</p><h2 id="x">X</h2><p>b</p><h3 id="y">Y</h3><p>c</p><h2 id="z">Z</h2><ul><li id="^k">k<ul><li>n</li></ul></li></ul>';
  assert.equal(sectionOf(html, 'x'), '<h2 id="x">X</h2><p>b</p><h3 id="y">Y</h3><p>c</p>');
  assert.equal(sectionOf(html, 'y'), '<h3 id="y">Y</h3><p>c</p>');
  assert.equal(sectionOf(html, '^k'), '<li id="^k">k<ul><li>n</li></ul></li>');
  assert.equal(sectionOf(html, 'none'), null);
});
