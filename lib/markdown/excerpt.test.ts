import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { excerptFromTree, extractExcerpt } from './excerpt';
import { prepareNoteBody } from './prepare';
import { parseForToc } from './toc';

const seed = readFileSync(
  path.resolve(import.meta.dirname, '../../content/posts/2025-11-28-zhihu-notes-1.md'),
  'utf8',
);
const seedBody = seed.replace(/^---\n[\s\S]*?\n---\n/, '');

const rows: { name: string; markdown: string; maxLength?: number; expected: string }[] = [
  {
    name: 'seed note',
    markdown: seedBody,
    expected:
      '因为刷知乎的时候从总能学到很多东西，所以向专门做个分类来记录在知乎中学习到的内容qaq顺便清清收藏夹',
  },
  {
    name: 'headings and html comments skipped',
    markdown: '<!-- markdownlint-disable -->\n\n# T\n\n## Sub\n\nHello',
    expected: 'Hello',
  },
  { name: 'image-only paragraph skipped', markdown: '![cover](/a.png)\n\n正文', expected: '正文' },
  { name: 'linked image skipped', markdown: '[![badge](/b.svg)](https://x.y)\n\n正文', expected: '正文' },
  {
    name: 'Chirpy image with attributes and caption skipped',
    markdown: '![a](/a.png){: width="972" height="589" }\n_Full screen width_\n\nBody',
    expected: 'Body',
  },
  {
    name: 'image followed by real text kept, alt dropped',
    markdown: '![a](/a.png){: .left}\nPraesent maximus.',
    expected: 'Praesent maximus.',
  },
  { name: 'kramdown attribute line skipped', markdown: '{: .prompt-tip }\n\nBody', expected: 'Body' },
  {
    name: 'Liquid tag skipped',
    markdown: "{% include embed/youtube.html id='Balreaj8Yqs' %}\n\nBody",
    expected: 'Body',
  },
  {
    name: 'Chirpy prompt: lazy attribute line dropped',
    markdown: '> An example of the `tip` prompt.\n{: .prompt-tip }',
    expected: 'An example of the tip prompt.',
  },
  {
    name: 'inline attribute list dropped',
    markdown: 'Create `_posts`{: .filepath} first.',
    expected: 'Create _posts first.',
  },
  {
    name: 'markup flattened',
    markdown: '**粗体** 和 [链接](https://x.y) `code` ~~删~~',
    expected: '粗体 和 链接 code 删',
  },
  {
    name: 'inline html tags dropped, text kept',
    markdown: 'Press <kbd>Ctrl</kbd> now',
    expected: 'Press Ctrl now',
  },
  { name: 'GitHub alert marker dropped', markdown: '> [!NOTE]\n> 先看这里\n\nBody', expected: '先看这里' },
  { name: 'footnote definitions skipped', markdown: '[^1]: 注释\n\n正文[^1]', expected: '正文' },
  { name: 'code blocks skipped', markdown: '```ts\nconst a = 1;\n```\n\nText', expected: 'Text' },
  { name: 'CJK line break joins without space', markdown: '第一行\n第二行', expected: '第一行第二行' },
  { name: 'Latin line break becomes a space', markdown: 'one\ntwo', expected: 'one two' },
  { name: 'mixed line break keeps a space', markdown: '中文\nEnglish', expected: '中文 English' },
  { name: 'hard break between CJK', markdown: '第一行\\\n第二行', expected: '第一行第二行' },
  { name: 'whitespace collapsed', markdown: 'a   b\t c', expected: 'a b c' },
  { name: 'first list item when a list comes first', markdown: '- item one\n\nBody', expected: 'item one' },
  { name: 'exactly maxLength unchanged', markdown: 'abcde', maxLength: 5, expected: 'abcde' },
  {
    name: 'Latin cut with ellipsis',
    markdown: 'a'.repeat(200),
    maxLength: 10,
    expected: `${'a'.repeat(9)}…`,
  },
  { name: 'CJK cut with ellipsis', markdown: '一二三四五六七八九十', maxLength: 5, expected: '一二三四…' },
  {
    name: 'trailing punctuation dropped before ellipsis',
    markdown: '一二三，四五六',
    maxLength: 5,
    expected: '一二三…',
  },
  { name: 'emoji never split', markdown: '👍🏽'.repeat(5), maxLength: 3, expected: '👍🏽👍🏽…' },
  { name: 'default maxLength 160', markdown: '字'.repeat(300), expected: `${'字'.repeat(159)}…` },
  { name: 'headings only', markdown: '# Only\n\n## Headings', expected: '' },
  { name: 'empty', markdown: '', expected: '' },
];

test('a note excerpt drops ==highlight== markers, a post keeps them; comments never reach it', () => {
  const parse = (markdown: string) => {
    const tree = parseForToc(prepareNoteBody(markdown, { format: 'md', kind: 'note' }).text, {
      format: 'md',
    });
    assert.ok(tree);
    return tree;
  };
  assert.equal(
    excerptFromTree(parse('这是==重点==%%私密%%，a == b'), 160, { highlights: true }),
    '这是重点，a == b',
  );
  assert.equal(excerptFromTree(parse('> [!tip]- 标题\n> 正文'), 160, { highlights: true }), '标题正文');
  const escaped = '写成 \\==字面== 与 ==重点==';
  assert.equal(
    excerptFromTree(parse(escaped), 160, { highlights: true, source: escaped }),
    '写成 ==字面== 与 重点',
  );
  assert.equal(extractExcerpt('这是==重点=='), '这是==重点==');
});

test('extractExcerpt takes the first real paragraph as plain text', () => {
  for (const row of rows) {
    assert.equal(extractExcerpt(row.markdown, row.maxLength), row.expected, row.name);
  }
});
