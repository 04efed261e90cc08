import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findLimitProblem, MAX_NOTE_BYTES } from './note-limits';

describe('findLimitProblem', () => {
  const rows: {
    name: string;
    body: string;
    bytes?: number;
    expected: null | { field: string; bodyLine: number; says: string };
  }[] = [
    {
      name: 'an ordinary note',
      body: '## 标题\n\n正文 **粗体** [链接](/posts/a)。\n\n- 一\n  - 二\n',
      expected: null,
    },
    { name: 'a note of exactly the size limit', body: 'x', bytes: MAX_NOTE_BYTES, expected: null },
    {
      name: 'one byte over the size limit',
      body: 'x',
      bytes: MAX_NOTE_BYTES + 1,
      expected: { field: 'file', bodyLine: -1, says: 'expected at most 1.0 MB' },
    },
    { name: '32 nested quotes', body: `${'> '.repeat(32)}x\n`, expected: null },
    {
      name: '33 nested quotes',
      body: `ok\n${'>'.repeat(33)} x\n`,
      expected: { field: 'body', bodyLine: 1, says: 'nests 33 block quotes' },
    },
    { name: 'a list 64 levels deep (128 columns)', body: `${' '.repeat(128)}- x\n`, expected: null },
    {
      name: 'indented 130 columns',
      body: `${' '.repeat(130)}- x\n`,
      expected: { field: 'body', bodyLine: 0, says: 'indented 130 columns' },
    },
    {
      name: 'tabs count to the next multiple of 4',
      body: `${'\t'.repeat(33)}x\n`,
      expected: { field: 'body', bodyLine: 0, says: 'indented 132 columns' },
    },
    { name: '256 stars in a row', body: `${'*'.repeat(256)}x\n`, expected: null },
    {
      name: '257 stars in a row',
      body: `${'*'.repeat(257)}x\n`,
      expected: { field: 'body', bodyLine: 0, says: 'has 257 `*` in a row' },
    },
    {
      name: '300 brackets',
      body: `a\nb\n${'['.repeat(300)}\n`,
      expected: { field: 'body', bodyLine: 2, says: '`[` in a row' },
    },
    {
      name: 'long runs inside a code fence are code',
      body: `\`\`\`\n${'*'.repeat(1000)}\n${'>'.repeat(50)}\n\`\`\`\n`,
      expected: null,
    },
    {
      name: 'a fence closed by a longer one',
      body: `~~~\n${'*'.repeat(300)}\n~~~~\n${'*'.repeat(300)}\n`,
      expected: { field: 'body', bodyLine: 3, says: 'in a row' },
    },
    { name: '100 nested divs', body: `${'<div>'.repeat(100)}x${'</div>'.repeat(100)}\n`, expected: null },
    {
      name: '101 nested divs on one line',
      body: `${'<div>'.repeat(101)}x${'</div>'.repeat(101)}\n`,
      expected: { field: 'body', bodyLine: 0, says: 'more than 100 deep' },
    },
    {
      name: 'nesting across lines',
      body: `${'<section>\n'.repeat(101)}x\n`,
      expected: { field: 'body', bodyLine: 100, says: 'more than 100 deep' },
    },
    {
      name: 'unclosed p, li and br do not nest',
      body: '<p>a<br><li>b<img src=x>\n'.repeat(200),
      expected: null,
    },
    { name: 'self-closing JSX does not nest', body: '<Foo />\n'.repeat(200), expected: null },
  ];
  for (const { name, body, bytes, expected } of rows) {
    test(name, () => {
      const found = findLimitProblem(bytes ?? Buffer.byteLength(body), body);
      if (expected === null) return assert.equal(found, null);
      assert.ok(found, 'expected a problem');
      assert.equal(found.field, expected.field);
      assert.equal(found.bodyLine, expected.bodyLine);
      assert.ok(found.message.includes(expected.says), found.message);
      assert.match(found.message, /\(expected .+\)/);
    });
  }
});
