import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCategoryTree, groupArchives, groupTags, taxonomySlug } from './taxonomy';

test('taxonomySlug', () => {
  const rows: [string, string][] = [
    ['知乎', '知乎'],
    ['LLM', 'llm'],
    ['getting started', 'getting-started'],
    ['Blogging', 'blogging'],
    ['C/C++', 'c-c'],
    ['a  b', 'a-b'],
    // Jekyll does not fold full-width letters (no NFKC).
    ['ＬｏＲＡ', 'ｌｏｒａ'],
    ['Deep Learning', 'deep-learning'],
    ['C++', 'c'],
    ['乱七八糟', '乱七八糟'],
    ['机器学习 / 深度学习', '机器学习-深度学习'],
    ['100%', '100'],
    ['?#', '_3f23'],
    [' 前后空格 ', '前后空格'],
  ];
  for (const [input, expected] of rows) assert.equal(taxonomySlug(input), expected, input);
});

test('buildCategoryTree counts a note in every level of its path', () => {
  const tree = buildCategoryTree([
    { categories: ['知乎', '小记'] },
    { categories: ['知乎'] },
    { categories: ['Blogging', 'Demo'] },
    { categories: ['Blogging', 'Tutorial'] },
    { categories: ['blogging', 'Tutorial'] },
    { categories: [] },
  ]);
  assert.deepEqual(
    tree.map((n) => [n.name, n.count, n.children.map((c) => [c.name, c.count])]),
    [
      [
        'Blogging',
        3,
        [
          ['Tutorial', 2],
          ['Demo', 1],
        ],
      ],
      ['知乎', 2, [['小记', 1]]],
    ],
  );
});

test('groupTags is case-insensitive and keeps the first spelling', () => {
  const tags = groupTags([
    { tags: ['LLM', '知乎'] },
    { tags: ['llm'] },
    { tags: [] },
    { tags: ['乱七八糟'] },
  ]);
  assert.deepEqual(
    tags.map((t) => [t.name, t.slug, t.count]),
    [
      ['LLM', 'llm', 2],
      ['乱七八糟', '乱七八糟', 1],
      ['知乎', '知乎', 1],
    ],
  );
});

test('groupArchives groups by year and month in input order', () => {
  const notes = [{ day: '2025-11-28' }, { day: '2025-11-01' }, { day: '2025-03-10' }, { day: '2024-12-31' }];
  assert.deepEqual(
    groupArchives(notes).map((y) => [y.year, y.months.map((m) => [m.month, m.notes.length])]),
    [
      [
        '2025',
        [
          ['11', 2],
          ['03', 1],
        ],
      ],
      ['2024', [['12', 1]]],
    ],
  );
  assert.deepEqual(groupArchives([]), []);
});
