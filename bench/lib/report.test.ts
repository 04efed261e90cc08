import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareWithFloor } from './report';

const goal = { lcpMs: 300, score: 3 };

const rows: {
  name: string;
  page: { lcp: number; performance: number };
  floor: { lcp: number; performance: number };
  expected: { lcp: boolean; score: boolean; lcpActual: string; scoreActual: string };
}[] = [
  {
    name: 'the same as the floor',
    page: { lcp: 664, performance: 100 },
    floor: { lcp: 664, performance: 100 },
    expected: {
      lcp: true,
      score: true,
      lcpActual: '664 ms (floor 664 ms, +0)',
      scoreActual: '100 (floor 100)',
    },
  },
  {
    name: 'exactly at both limits',
    page: { lcp: 964, performance: 97 },
    floor: { lcp: 664, performance: 100 },
    expected: {
      lcp: true,
      score: true,
      lcpActual: '964 ms (floor 664 ms, +300)',
      scoreActual: '97 (floor 100)',
    },
  },
  {
    name: 'one millisecond and one point past them',
    page: { lcp: 965, performance: 96 },
    floor: { lcp: 664, performance: 100 },
    expected: {
      lcp: false,
      score: false,
      lcpActual: '965 ms (floor 664 ms, +301)',
      scoreActual: '96 (floor 100)',
    },
  },
  {
    name: 'the LCP of issue 23 (2.2 s against 0.66 s)',
    page: { lcp: 2174, performance: 96 },
    floor: { lcp: 664, performance: 100 },
    expected: {
      lcp: false,
      score: false,
      lcpActual: '2,174 ms (floor 664 ms, +1,510)',
      scoreActual: '96 (floor 100)',
    },
  },
  {
    name: 'faster and better than the floor (a noisy floor run)',
    page: { lcp: 600, performance: 99 },
    floor: { lcp: 1000, performance: 94 },
    expected: {
      lcp: true,
      score: true,
      lcpActual: '600 ms (floor 1,000 ms, −400)',
      scoreActual: '99 (floor 94)',
    },
  },
];

for (const row of rows) {
  test(`compareWithFloor: ${row.name}`, () => {
    const [lcp, score] = compareWithFloor('Lighthouse post, light', row.page, row.floor, goal);
    assert.deepEqual(lcp, {
      name: 'Lighthouse post, light: LCP vs floor',
      target: '≤ floor + 0.3 s',
      actual: row.expected.lcpActual,
      met: row.expected.lcp,
    });
    assert.deepEqual(score, {
      name: 'Lighthouse post, light: score vs floor',
      target: '≥ floor − 3',
      actual: row.expected.scoreActual,
      met: row.expected.score,
    });
  });
}
