import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodyKind } from './pipeline';
import { renderMarkdownHtml } from './render-html';

async function render(markdown: string, kind: BodyKind = 'note', math = false): Promise<string> {
  return (await renderMarkdownHtml(markdown, { kind, math })).html;
}

const rows: { name: string; markdown: string; kind?: BodyKind; math?: boolean; html: string }[] = [
  { name: 'Chinese', markdown: '这是==重点==内容。', html: '<p>这是<mark>重点</mark>内容。</p>' },
  { name: 'two in a line', markdown: '==甲== 和 ==乙==', html: '<p><mark>甲</mark> 和 <mark>乙</mark></p>' },
  {
    name: 'around other markup',
    markdown: '==跨 **粗体** 与 [链接](/a/) 的高亮==',
    html: '<p><mark>跨 <strong>粗体</strong> 与 <a href="/a/">链接</a> 的高亮</mark></p>',
  },
  {
    name: 'inside emphasis',
    markdown: '*斜体里的==高亮==*',
    html: '<p><em>斜体里的<mark>高亮</mark></em></p>',
  },
  { name: 'comparison in prose stays text', markdown: '若 a == b 则相等', html: '<p>若 a == b 则相等</p>' },
  { name: 'spaces inside the markers', markdown: '== 不是 ==', html: '<p>== 不是 ==</p>' },
  { name: 'three equals are no marker', markdown: 'a === b === c', html: '<p>a === b === c</p>' },
  { name: 'unclosed stays text', markdown: '只有==开头', html: '<p>只有==开头</p>' },
  { name: 'empty pair stays text', markdown: '====', html: '<p>====</p>' },
  // Obsidian: a backslash before `==` shows the signs.
  { name: 'escaped opener', markdown: '写成 \\==重点== 就不高亮', html: '<p>写成 ==重点== 就不高亮</p>' },
  { name: 'escaped closer', markdown: '==重点\\== 也不', html: '<p>==重点== 也不</p>' },
  {
    name: 'an escaped pair beside a real one',
    markdown: '\\==字面== 与 ==真的==',
    html: '<p>==字面== 与 <mark>真的</mark></p>',
  },
  {
    name: 'escaped in a quote (the source has > before the line)',
    markdown: '> 第一行\n> \\==字面== 与 ==真的==',
    html: '<p>第一行\n==字面== 与 <mark>真的</mark></p>',
  },
  {
    name: 'an escaped backslash leaves the marker',
    markdown: '\\\\==重点==',
    html: '<p>\\<mark>重点</mark></p>',
  },
  { name: 'inline code unchanged', markdown: '`==代码==` 不变', html: '<p><code>==代码==</code> 不变</p>' },
  {
    name: 'code block unchanged',
    markdown: '```\n==代码==\n```',
    html: '<span>==代码==</span>',
  },
  {
    name: 'math unchanged',
    markdown: '$a==b$ 与 ==c==',
    math: true,
    html: '<mark>c</mark>',
  },
  {
    name: 'in a heading (the TOC reads its text)',
    markdown: '## ==要点==',
    html: '<h2 id="要点"><mark>要点</mark>',
  },
  {
    name: 'a post keeps == as text',
    kind: 'post',
    markdown: '这是==重点==。',
    html: '<p>这是==重点==。</p>',
  },
  {
    name: 'a page keeps == as text',
    kind: 'page',
    markdown: '这是==重点==。',
    html: '<p>这是==重点==。</p>',
  },
];

for (const row of rows) {
  test(`highlights: ${row.name}`, async () => {
    const html = await render(row.markdown, row.kind, row.math);
    assert.ok(html.includes(row.html), `${row.html}\nin\n${html}`);
    if (row.math) assert.ok(!html.includes('<mark>a') && !html.includes('b</mark>'), html);
  });
}
