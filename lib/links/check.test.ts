import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanWrittenLinks } from './check';

const rows: { body: string; expected: [string, string, number][] }[] = [
  {
    body: '见 [[甲]]。\n\n![[图.png|300]]',
    expected: [
      ['wikilink', '甲', 5],
      ['embed', '图.png', 7],
    ],
  },
  { body: '```\n[[代码]]\n```\n[[后]]', expected: [['wikilink', '后', 8]] },
  { body: '`[[行内]]` 和 \\[[转义]] 与 [[真]]', expected: [['wikilink', '真', 5]] },
  {
    body: '[乙](子目录/乙笔记.md#节) [外](https://x.org/a.md) [[甲]]',
    expected: [
      ['markdown', '子目录/乙笔记.md', 5],
      ['wikilink', '甲', 5],
    ],
  },
  // A wikilink in a markdown link's text wins: the outer link is text, as the page shows it.
  {
    body: '[见 [[甲]]](乙.md) 与 [[丙]]',
    expected: [
      ['wikilink', '甲', 5],
      ['wikilink', '丙', 5],
    ],
  },
  {
    body: '[![[图.png]]](乙.md)',
    expected: [
      ['embed', '图.png', 5],
      ['markdown', '乙.md', 5],
    ],
  },
  {
    body: '[[甲]] 之后 [乙](乙.md)',
    expected: [
      ['wikilink', '甲', 5],
      ['markdown', '乙.md', 5],
    ],
  },
  { body: '没有链接', expected: [] },
];

test('scanWrittenLinks finds what the renderer finds, with file lines', () => {
  for (const { body, expected } of rows) {
    assert.deepEqual(
      scanWrittenLinks(body, 5).map((l) => [l.kind, l.target, l.line]),
      expected,
      body,
    );
  }
});
