import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripComments } from './comments';
import { prepareNoteBody } from './prepare';
import { renderMarkdownHtml } from './render-html';

const rows: { name: string; body: string; math?: boolean; text: string; unclosedLine?: number }[] = [
  { name: 'inline', body: '前文%%私密%%后文', text: '前文后文' },
  { name: 'two on a line', body: '甲%%一%%乙%%二%%丙', text: '甲乙丙' },
  {
    name: 'block over lines keeps the line breaks',
    body: '段一\n\n%%\n草稿\n想法\n%%\n\n段二',
    text: '段一\n\n\n\n\n\n\n段二',
  },
  // Obsidian keeps one paragraph: the line breaks go to the paragraph's end (or the text's).
  { name: 'inline over two lines', body: '开头%%注\n释%%结尾\n下一行', text: '开头结尾\n下一行\n' },
  {
    name: 'over a blank line inside a paragraph',
    body: '甲%%一\n\n二%%乙\n丙\n\n下一段',
    text: '甲乙\n丙\n\n\n\n下一段',
  },
  { name: 'a comment line inside a paragraph goes whole', body: '段一\n%%注%%\n段二', text: '段一\n段二\n' },
  {
    name: 'comment lines inside a paragraph go whole',
    body: '段一\n%%\n草稿\n%%\n段二\n\n另一段',
    text: '段一\n段二\n\n\n\n\n另一段',
  },
  {
    name: 'a comment line after a blank line stays a line',
    body: '段一\n\n%%注%%\n段二',
    text: '段一\n\n\n段二',
  },
  {
    name: 'a comment line before a blank line stays a line',
    body: '段一\n%%注%%\n\n段二',
    text: '段一\n\n\n段二',
  },
  { name: 'a list keeps its items tight', body: '- 甲\n%%注%%\n- 乙', text: '- 甲\n- 乙\n' },
  { name: 'inline code unchanged', body: '`%%代码%%` 外%%注%%面', text: '`%%代码%%` 外面' },
  { name: 'fenced code unchanged', body: '```\n%%代码%%\n```\n%%注%%', text: '```\n%%代码%%\n```\n' },
  {
    name: 'a code block inside a comment goes, its lines kept',
    body: 'a\n%%\n```\nx\ny\n```\n%%\nb',
    text: 'a\nb\n\n\n\n\n\n',
  },
  {
    name: 'math unchanged where the note reads math',
    body: '$a %% b$ 与 %%注%%',
    math: true,
    text: '$a %% b$ 与 ',
  },
  { name: 'display math unchanged', body: '$$\nx %% y\n$$\n%%注%%', math: true, text: '$$\nx %% y\n$$\n' },
  { name: 'unclosed hides the rest', body: '可见\n%% 隐藏\n也隐藏', text: '可见\n\n', unclosedLine: 1 },
  { name: 'no comment: same text', body: '百分之百 100% 没有注释', text: '百分之百 100% 没有注释' },
];

for (const row of rows) {
  test(`comments: ${row.name}`, () => {
    const result = stripComments(row.body, { math: row.math });
    assert.equal(result.text, row.text);
    assert.equal(result.unclosedLine, row.unclosedLine ?? null);
    assert.equal(result.text.split('\n').length, row.body.split('\n').length, 'line count kept');
  });
}

test('comments: a paragraph with a comment over several lines stays one paragraph', async () => {
  const body = '第一句，%%这里\n\n不公开%%第二句。\n%%\n整行注释\n%%\n第三句。\n\n下一段。';
  const { text } = prepareNoteBody(body, { format: 'md', kind: 'note' });
  const { html } = await renderMarkdownHtml(text, { kind: 'note' });
  assert.equal(html.match(/<p>/g)?.length, 2, html);
  assert.ok(html.includes('<p>第一句，第二句。\n第三句。</p>'), html);
  assert.ok(!html.includes('公开') && !html.includes('整行'), html);
});

test('comments: removed in notes only, before Liquid', () => {
  const body = '正文%%{{ page.secret }}%%';
  assert.equal(prepareNoteBody(body, { format: 'md', kind: 'note' }).text, '正文');
  assert.equal(prepareNoteBody('正文%%注%%', { format: 'md', kind: 'post' }).text, '正文%%注%%');
  assert.equal(prepareNoteBody('正文%%注%%', { format: 'md' }).text, '正文%%注%%');
});

test('comments: an unclosed one is a warning naming file and line', () => {
  const { problems } = prepareNoteBody('第一行\n第二行 %% 没有收尾\n第三行', {
    format: 'md',
    kind: 'note',
    file: 'content/notes/草稿.md',
    bodyLine: 4,
  });
  assert.deepEqual(problems, [
    {
      file: 'content/notes/草稿.md',
      line: 5,
      field: 'comment',
      message: '%% is never closed, so the rest of the note is hidden (a closing %%)',
      severity: 'warning',
    },
  ]);
});
