import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupSeries, orderSeriesParts, placeSeriesMembers, type SeriesMember } from './order';

/** A note of series `series` dated `day` (or undated ''), with an optional `series_order`. */
function part(
  name: string,
  day: string,
  order: number | null = null,
  series: string | null = '机器学习入门',
  updated: string | null = null,
): SeriesMember {
  return {
    url: `/posts/${name}/`,
    sourcePath: `posts/${day || '0000-00-00'}-${name}.md`,
    meta: { date: day ? `${day}T00:00:00.000Z` : '', updated, series, seriesOrder: order },
  };
}
const names = (notes: readonly SeriesMember[]) => notes.map((n) => n.url.slice(7, -1));

describe('orderSeriesParts: series_order is a place, the rest fill by date', () => {
  const rows: [string, SeriesMember[], string[]][] = [
    [
      'by date, oldest first',
      [part('c', '2024-03-01'), part('a', '2024-01-01'), part('b', '2024-02-01')],
      ['a', 'b', 'c'],
    ],
    [
      'one series_order: 1 puts the newest first',
      [part('a', '2024-01-01'), part('b', '2024-02-01'), part('序', '2024-05-01', 1)],
      ['序', 'a', 'b'],
    ],
    [
      'series_order: 3 on the third is where it is anyway',
      [part('a', '2024-01-01'), part('b', '2024-02-01'), part('c', '2024-03-01', 3)],
      ['a', 'b', 'c'],
    ],
    [
      'series_order: 2 on the oldest',
      [part('a', '2024-01-01', 2), part('b', '2024-02-01'), part('c', '2024-03-01')],
      ['b', 'a', 'c'],
    ],
    [
      '1.5 goes between the first and the second',
      [part('a', '2024-01-01'), part('b', '2024-02-01'), part('插曲', '2024-09-01', 1.5)],
      ['a', '插曲', 'b'],
    ],
    [
      '0 and negative orders come first, smallest first',
      [part('a', '2024-01-01'), part('z', '2024-02-01', 0), part('y', '2024-03-01', -1)],
      ['y', 'z', 'a'],
    ],
    [
      'an order past the end follows the rest',
      [part('a', '2024-01-01', 10), part('b', '2024-02-01'), part('c', '2024-03-01')],
      ['b', 'c', 'a'],
    ],
    [
      'equal orders keep date order',
      [part('b', '2024-02-01', 1), part('a', '2024-01-01', 1), part('c', '2024-03-01')],
      ['a', 'b', 'c'],
    ],
    [
      'every part ordered',
      [part('a', '2024-01-01', 3), part('b', '2024-02-01', 1), part('c', '2024-03-01', 2)],
      ['b', 'c', 'a'],
    ],
    ['an undated note after the dated ones', [part('无日期', ''), part('a', '2024-01-01')], ['a', '无日期']],
    ['same date: by source path', [part('乙', '2024-01-01'), part('甲', '2024-01-01')], ['乙', '甲'].sort()],
    ['one part', [part('only', '2024-01-01', 5)], ['only']],
    ['none', [], []],
  ];
  for (const [name, input, expected] of rows)
    test(name, () => assert.deepEqual(names(orderSeriesParts(input)), expected));
});

describe('groupSeries', () => {
  test('groups by name case-insensitively, newest series first, no series left out', () => {
    const groups = groupSeries([
      part('rag-2', '2024-06-01', null, 'RAG 实战'),
      part('ml-2', '2024-04-01'),
      part('rag-1', '2024-05-01', null, 'rag 实战'),
      part('alone', '2024-07-01', null, null),
      part('ml-1', '2024-03-01', null, '机器学习入门', '2024-08-01T00:00:00.000Z'),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.name, g.slug, names(g.parts), g.latest]),
      [
        ['机器学习入门', '机器学习入门', ['ml-1', 'ml-2'], '2024-08-01T00:00:00.000Z'],
        ['RAG 实战', 'rag-实战', ['rag-1', 'rag-2'], '2024-06-01T00:00:00.000Z'],
      ],
    );
  });
  test('same latest date: by name, in pinyin order', () => {
    const groups = groupSeries([part('b', '2024-01-01', null, '乙'), part('a', '2024-01-01', null, '甲')]);
    assert.deepEqual(
      groups.map((g) => g.name),
      ['甲', '乙'],
    );
  });
  test('nothing in a series: no series', () =>
    assert.deepEqual(groupSeries([part('a', '2024-01-01', null, null)]), []));
});

describe('placeSeriesMembers', () => {
  const places = placeSeriesMembers(
    groupSeries([part('a', '2024-01-01'), part('b', '2024-02-01'), part('c', '2024-03-01')]),
  );
  const rows: [string, { index: number; previous: string | null; next: string | null } | undefined][] = [
    ['/posts/a/', { index: 0, previous: null, next: '/posts/b/' }],
    ['/posts/b/', { index: 1, previous: '/posts/a/', next: '/posts/c/' }],
    ['/posts/c/', { index: 2, previous: '/posts/b/', next: null }],
    ['/posts/other/', undefined],
  ];
  for (const [url, expected] of rows) {
    test(url, () => {
      const place = places.get(url);
      assert.deepEqual(
        place && { index: place.index, previous: place.previous?.url ?? null, next: place.next?.url ?? null },
        expected,
      );
      if (place) assert.equal(place.series.parts.length, 3);
    });
  }
});
