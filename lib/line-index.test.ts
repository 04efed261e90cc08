import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineIndexAt, lineStarts } from './line-index';

test('lineStarts and lineIndexAt: each offset maps to its 0-based line', () => {
  const rows: { text: string; starts: number[]; at: [number, number][] }[] = [
    { text: '', starts: [0], at: [[0, 0]] },
    {
      text: 'abc',
      starts: [0],
      at: [
        [0, 0],
        [2, 0],
        [3, 0],
      ],
    },
    {
      text: '中文\n第二行\n',
      starts: [0, 3, 7],
      at: [
        [0, 0],
        [2, 0],
        [3, 1],
        [6, 1],
        [7, 2],
      ],
    },
    {
      text: '\n\n\n',
      starts: [0, 1, 2, 3],
      at: [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
        [99, 3],
      ],
    },
  ];
  for (const { text, starts, at } of rows) {
    assert.deepEqual(lineStarts(text), starts, JSON.stringify(text));
    for (const [offset, line] of at)
      assert.equal(lineIndexAt(starts, offset), line, `${JSON.stringify(text)} @${offset}`);
  }
});
