import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { type Field, frontMatterFields, Scalar } from './schema';

const FIELDS = frontMatterFields('Asia/Shanghai');
const yes = new Scalar('yes', true, true);

/** One value through one table row: its output and warnings, or its error messages. */
function read(
  key: keyof typeof FIELDS,
  input: unknown,
): { value?: unknown; warnings?: string[]; errors?: string[] } {
  const spec = FIELDS[key] as Field<unknown>;
  const parsed = v.safeParse(spec.schema, input);
  if (!parsed.success)
    return {
      errors: parsed.issues.map((issue) =>
        [[key, ...(issue.path ?? []).map((p) => String(p.key))].join('.'), issue.message].join(': '),
      ),
    };
  return { value: parsed.output, warnings: spec.warn?.(input) ?? [] };
}

describe('each table row reads the shapes Chirpy allows', () => {
  const rows: [string, keyof typeof FIELDS, unknown, ReturnType<typeof read>][] = [
    ['text trimmed', 'description', '  摘要  ', { value: '摘要', warnings: [] }],
    ['license: an id', 'license', 'CC-BY-SA-4.0', { value: 'CC-BY-SA-4.0', warnings: [] }],
    ['license: own text trimmed', 'license', ' 保留所有权利 ', { value: '保留所有权利', warnings: [] }],
    ['license: false hides it', 'license', new Scalar('false', false), { value: false, warnings: [] }],
    ["license: true is the site's", 'license', new Scalar('true', true), { value: null, warnings: [] }],
    ["license: empty is the site's", 'license', null, { value: null, warnings: [] }],
    [
      'license: a number is not a licence',
      'license',
      new Scalar('4.0', 4),
      {
        errors: [
          'license: "4.0" is not a licence (expected an id such as CC-BY-4.0, your own text, or false to show none)',
        ],
      },
    ],
    [
      'license: a list is not a licence',
      'license',
      ['CC-BY-4.0'],
      {
        errors: [
          'license: a list is not a licence (expected an id such as CC-BY-4.0, your own text, or false to show none)',
        ],
      },
    ],
    ['empty text is null', 'description', '   ', { value: null, warnings: [] }],
    ['a number as written', 'title', new Scalar('1.10', 1.1), { value: '1.10', warnings: [] }],
    ['entities decoded once', 'title', '春&amp;秋', { value: '春&秋', warnings: [] }],
    [
      'a list is not text',
      'title',
      ['a'],
      { errors: ['title: a list is not text (expected a single string)'] },
    ],
    ['true', 'toc', new Scalar('true', true), { value: true, warnings: [] }],
    [
      'plain yes, with a warning',
      'pin',
      yes,
      { value: true, warnings: ['"yes" is read as true; write true (YAML 1.2 has no yes/no/on/off)'] },
    ],
    [
      'empty: the default, with a warning',
      'comments',
      null,
      { value: true, warnings: ['is empty, so the default true is used (expected true or false)'] },
    ],
    [
      'quoted "yes" is text',
      'math',
      'yes',
      { errors: ['math: "yes" is not a boolean (expected true or false)'] },
    ],
    [
      'tags: a string split on spaces',
      'tags',
      '机器学习  笔记',
      { value: ['机器学习', '笔记'], warnings: [] },
    ],
    ['tag: one string kept whole', 'tag', '机器 学习', { value: ['机器 学习'], warnings: [] }],
    [
      'a list: numbers as text, empties dropped',
      'categories',
      ['知乎', new Scalar('2024', 2024), null, ' '],
      { value: ['知乎', '2024'], warnings: [] },
    ],
    ['a yes/no word as a tag', 'tags', yes, { value: ['yes'], warnings: [] }],
    [
      'a number alone is not a list',
      'tags',
      new Scalar('2024', 2024),
      { errors: ['tags: "2024" is not a list (expected a list of strings or a single string)'] },
    ],
    [
      'a nested list',
      'tags',
      ['a', ['b']],
      { errors: ['tags: has a list as an item (expected a list of strings or a single string)'] },
    ],
    [
      'a date without offset, in the site zone',
      'date',
      '2024-02-12 10:00',
      { value: '2024-02-12T02:00:00.000Z', warnings: [] },
    ],
    ['created reads as date', 'created', '2024-02-12', { value: '2024-02-11T16:00:00.000Z', warnings: [] }],
    [
      'a date as a number',
      'date',
      new Scalar('2024', 2024),
      { errors: ['date: "2024" is not a date (expected YYYY-MM-DD HH:MM:SS +ZZZZ)'] },
    ],
    [
      'year 0',
      'last_modified_at',
      '0000-06-01 +0000',
      {
        errors: [
          'last_modified_at: "0000-06-01 +0000" is in the year 0 in UTC (expected a year from 0001 to 9999)',
        ],
      },
    ],
    ['image as a path', 'image', 'a.png', { value: { path: 'a.png', alt: '', lqip: null }, warnings: [] }],
    [
      'image as a map, src for path',
      'image',
      { src: 'b.png', alt: '封面' },
      { value: { path: 'b.png', alt: '封面', lqip: null }, warnings: [] },
    ],
    [
      'image without path',
      'image',
      { alt: '封面' },
      { errors: ['image.path: is missing (expected image: { path: ..., alt: ... } or image: <path>)'] },
    ],
    [
      'image path as a list: wrong, not missing',
      'image',
      { path: ['a'] },
      { errors: ['image.path: a list is not text (expected a single string)'] },
    ],
    ['slug made pretty', 'slug', '我的 新名字', { value: '我的-新名字', warnings: [] }],
    ['series: a name', 'series', ' 从零学写小记 ', { value: '从零学写小记', warnings: [] }],
    [
      'series: a list is not a name',
      'series',
      ['甲', '乙'],
      { errors: ['series: a list is not text (expected a single string)'] },
    ],
    ['series_order: a whole number', 'series_order', new Scalar('2', 2), { value: 2, warnings: [] }],
    ['series_order: a decimal', 'series_order', new Scalar('1.5', 1.5), { value: 1.5, warnings: [] }],
    ['series_order: negative', 'series_order', new Scalar('-1', -1), { value: -1, warnings: [] }],
    ['series_order: a quoted number', 'series_order', '3', { value: 3, warnings: [] }],
    ['series_order: empty', 'series_order', null, { value: null, warnings: [] }],
    [
      'series_order: Chinese numerals are not a number',
      'series_order',
      '第二',
      { errors: ['series_order: "第二" is not a number (expected a number such as 1, 2 or 2.5)'] },
    ],
    [
      'series_order: true',
      'series_order',
      new Scalar('true', true),
      { errors: ['series_order: "true" is not a number (expected a number such as 1, 2 or 2.5)'] },
    ],
    [
      'series_order: a list',
      'series_order',
      [new Scalar('1', 1)],
      { errors: ['series_order: a list is not a number (expected a number such as 1, 2 or 2.5)'] },
    ],
    [
      'redirect_from: bad paths each reported',
      'redirect_from',
      ['/ok/', 'no-slash', '/a b/'],
      {
        errors: [
          'redirect_from: "no-slash" is not a site path (expected one starting with /, such as /old-name/)',
          'redirect_from: "/a b/" is not a site path (expected one starting with /, such as /old-name/)',
        ],
      },
    ],
    [
      'permalink placeholder unknown to xiaoji',
      'permalink',
      '/:year/:foo/',
      {
        value: '/:year/:foo/',
        warnings: [
          'the placeholder ":foo" is kept as written (xiaoji fills in :title, :slug, :year, :month, :day, :i_month, :i_day, :short_year)',
        ],
      },
    ],
    ['aliases: one string', 'aliases', '线性 代数', { value: ['线性 代数'], warnings: [] }],
  ];
  for (const [name, key, input, expected] of rows)
    test(name, () => assert.deepEqual(read(key, input), expected));
});
