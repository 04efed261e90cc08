import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findMdxProblems } from './check-mdx';

describe('findMdxProblems', () => {
  const rows: { name: string; body: string; expected: { severity: string; line: number; says: string }[] }[] =
    [
      { name: 'plain markdown', body: '## 标题\n\n正文 **粗体**。\n', expected: [] },
      {
        name: 'HTML elements',
        body: '<details>\n<summary>更多</summary>\n\n内容 <kbd>Ctrl</kbd>\n</details>\n',
        expected: [],
      },
      {
        name: 'an unclosed component',
        body: '正文\n\n<Foo bar="1">\n\n更多\n',
        expected: [{ severity: 'error', line: 3, says: 'Expected a closing tag for `<Foo>`' }],
      },
      {
        name: 'an expression that does not parse',
        body: '一加 {1 + } 等于？\n',
        expected: [{ severity: 'error', line: 1, says: 'Could not parse expression with acorn' }],
      },
      {
        name: 'Liquid braces in an .mdx note',
        body: 'a\n\n{{ site.url }}\n',
        expected: [{ severity: 'error', line: 3, says: 'does not parse as MDX' }],
      },
      {
        name: 'a component the renderer does not provide',
        body: '前\n\n<Chart data="x" />\n\n后 <Badge>1</Badge>\n',
        expected: [
          { severity: 'error', line: 3, says: 'uses <Chart>' },
          { severity: 'error', line: 5, says: 'uses <Badge>' },
        ],
      },
      {
        name: 'import, export and expressions are removed: one warning',
        body: "import fs from 'node:fs'\nexport const a = 1\n\n{a} and {a}\n",
        expected: [{ severity: 'warning', line: 1, says: 'import/export' }],
      },
    ];
  for (const { name, body, expected } of rows) {
    test(name, () => {
      const found = findMdxProblems(body);
      assert.deepEqual(
        found.map(({ severity, line }) => ({ severity, line })),
        expected.map(({ severity, line }) => ({ severity, line })),
      );
      for (const [i, { says }] of expected.entries()) {
        assert.ok(found[i]?.message.includes(says), found[i]?.message);
        assert.match(found[i]?.message ?? '', /\(expected .+\)$/);
      }
    });
  }
});
