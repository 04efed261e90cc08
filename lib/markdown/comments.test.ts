import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripComments } from './comments';
import { prepareNoteBody } from './prepare';

const rows: { name: string; body: string; math?: boolean; text: string; unclosedLine?: number }[] = [
  { name: 'inline', body: '前文%%私密%%后文', text: '前文后文' },
  { name: 'two on a line', body: '甲%%一%%乙%%二%%丙', text: '甲乙丙' },
  {
    name: 'block over lines keeps the line breaks',
    body: '段一\n\n%%\n草稿\n想法\n%%\n\n段二',
    text: '段一\n\n\n\n\n\n\n段二',
  },
  { name: 'inline over two lines', body: '开头%%注\n释%%结尾\n下一行', text: '开头\n结尾\n下一行' },
  { name: 'inline code unchanged', body: '`%%代码%%` 外%%注%%面', text: '`%%代码%%` 外面' },
  { name: 'fenced code unchanged', body: '```\n%%代码%%\n```\n%%注%%', text: '```\n%%代码%%\n```\n' },
  {
    name: 'a code block inside a comment goes, its lines kept',
    body: 'a\n%%\n```\nx\ny\n```\n%%\nb',
    text: 'a\n\n\n\n\n\n\nb',
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
