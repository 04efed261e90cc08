import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../front-matter';
import type { NoteMeta } from '../types';

const NOTE = { timeZone: 'Asia/Shanghai', kind: 'note', fallbackTitle: '01 基础功能汇总' } as const;
const FILE = 'content/notes/学习/01 基础功能汇总.md';

/** A vault note whose front matter is `lines` (line 2 onwards) followed by a short body. */
function note(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n笔记正文。\n`;
}

describe('an Obsidian note reads its own keys', () => {
  const rows: { name: string; input: string; expected: Partial<NoteMeta> }[] = [
    {
      name: 'no front matter: the file name is the title, undated',
      input: '只有正文的笔记。\n',
      expected: { title: '01 基础功能汇总', date: '', updated: null, draft: false, aliases: [], tags: [] },
    },
    {
      name: 'empty front matter',
      input: '---\n---\n正文\n',
      expected: { title: '01 基础功能汇总', date: '' },
    },
    { name: 'an empty title falls back too', input: note('title:'), expected: { title: '01 基础功能汇总' } },
    { name: 'a Chinese title wins', input: note('title: 线性代数笔记'), expected: { title: '线性代数笔记' } },
    {
      name: 'created only, in the site time zone',
      input: note('created: 2024-03-05 09:30'),
      expected: { date: '2024-03-05T01:30:00.000Z', updated: null },
    },
    {
      name: 'date wins over created',
      input: note('date: 2024-03-06', 'created: 2024-03-05'),
      expected: { date: '2024-03-05T16:00:00.000Z' },
    },
    {
      name: 'updated fills meta.updated',
      input: note('updated: 2024-04-01 12:00:00 +0800'),
      expected: { date: '', updated: '2024-04-01T04:00:00.000Z' },
    },
    {
      name: 'updated wins over last_modified_at',
      input: note('updated: 2024-04-02', 'last_modified_at: 2024-04-01'),
      expected: { updated: '2024-04-01T16:00:00.000Z' },
    },
    {
      name: 'last_modified_at alone',
      input: note('last_modified_at: 2024-04-01'),
      expected: { updated: '2024-03-31T16:00:00.000Z' },
    },
    {
      name: 'a dated file name is not a date for a note',
      input: note('title: 日记'),
      expected: { date: '' },
    },
    { name: 'publish: false is a draft', input: note('publish: false'), expected: { draft: true } },
    { name: 'publish: true is not', input: note('publish: true'), expected: { draft: false } },
    { name: 'draft: true still counts', input: note('draft: true'), expected: { draft: true } },
    {
      name: 'aliases as a list',
      input: note('aliases: [矩阵, 行列式, 矩阵]'),
      expected: { aliases: ['矩阵', '行列式'] },
    },
    {
      name: 'aliases as a block list',
      input: note('aliases:', '  - 线代', '  - "Linear Algebra"'),
      expected: { aliases: ['线代', 'Linear Algebra'] },
    },
    {
      name: 'one alias as a string is not split on spaces',
      input: note('aliases: 线性 代数'),
      expected: { aliases: ['线性 代数'] },
    },
    { name: 'empty aliases', input: note('aliases:'), expected: { aliases: [] } },
    {
      name: 'tags as a string or a list',
      input: note('tags: 数学 笔记'),
      expected: { tags: ['数学', '笔记'] },
    },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const file = row.name.startsWith('a dated') ? 'content/notes/2024-01-02-日记.md' : FILE;
      const result = parseFrontMatter(row.input, file, NOTE);
      assert.deepEqual(result.problems, []);
      for (const [key, value] of Object.entries(row.expected))
        assert.deepEqual(result.meta?.[key as keyof NoteMeta], value, key);
    });
  }
});

describe('an Obsidian note: problems', () => {
  const rows: { name: string; input: string; expected: [string, number, 'error' | 'warning', string][] }[] = [
    {
      name: 'a wrong created',
      input: note('created: 明天'),
      expected: [['created', 2, 'error', '"明天" is not a date (expected YYYY-MM-DD']],
    },
    {
      name: 'created as a list',
      input: note('title: x', 'created: [2024-01-01]'),
      expected: [['created', 3, 'error', 'a list is not a date']],
    },
    {
      name: 'publish: no is read with a warning',
      input: note('publish: no'),
      expected: [['publish', 2, 'warning', '"no" is read as false; write false']],
    },
    {
      name: 'aliases holding a map',
      input: note('aliases: [a, {b: 1}]'),
      expected: [
        ['aliases', 2, 'error', 'has a map as an item (expected a list of strings or a single string)'],
      ],
    },
    {
      name: 'a misspelt Obsidian key gets a hint',
      input: note('craeted: 2024-01-01'),
      expected: [['craeted', 2, 'warning', 'did you mean `created`?']],
    },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const result = parseFrontMatter(row.input, FILE, NOTE);
      assert.equal(result.problems.length, row.expected.length, JSON.stringify(result.problems));
      row.expected.forEach(([field, line, severity, says], i) => {
        const problem = result.problems[i];
        assert.deepEqual([problem?.field, problem?.line, problem?.severity], [field, line, severity]);
        assert.ok(problem?.message.includes(says), problem?.message);
      });
    });
  }
});

describe('posts and pages keep Chirpy keys only, plus aliases', () => {
  const POST = { timeZone: 'Asia/Shanghai' };
  test('Obsidian keys are unknown in a post', () => {
    const result = parseFrontMatter(
      note('title: 文章', 'date: 2024-01-01', 'created: 2024-01-01', 'publish: false'),
      'content/posts/2024-01-01-a.md',
      POST,
    );
    assert.deepEqual(
      result.problems.map((p) => [p.field, p.severity]),
      [
        ['created', 'warning'],
        ['publish', 'warning'],
      ],
    );
    assert.equal(result.meta?.draft, false);
  });
  test('a post may have aliases', () => {
    const result = parseFrontMatter(
      note('title: 文章', 'aliases: 别名'),
      'content/posts/2024-01-01-a.md',
      POST,
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.meta?.aliases, ['别名']);
  });
  test('a post without a title still needs one', () => {
    const result = parseFrontMatter(note('date: 2024-01-01'), 'content/posts/2024-01-01-a.md', {
      ...POST,
      fallbackTitle: 'a',
    });
    assert.deepEqual(
      result.problems.map((p) => [p.field, p.message]),
      [['title', 'is missing (every note needs title: ...)']],
    );
  });
  test('a page (kind) needs no date', () => {
    const result = parseFrontMatter(note('title: 关于'), 'content/pages/about.md', { ...POST, kind: 'page' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.meta?.date, '');
  });
  test('a post without front matter is still an error', () => {
    const result = parseFrontMatter('正文\n', 'content/posts/2024-01-01-a.md', POST);
    assert.equal(result.problems[0]?.field, 'file');
  });
});
