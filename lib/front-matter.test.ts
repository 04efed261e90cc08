import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { dayInZone } from './dates';
import { decodeNote, parseFrontMatter, splitFrontMatter } from './front-matter';
import type { NoteMeta } from './types';

const SH = { timeZone: 'Asia/Shanghai' };
const FILE = 'content/posts/2025-11-28-x.md';
const CHIRPY_DEMO = path.resolve(import.meta.dirname, '../e2e/fixtures/chirpy-demo');
const SEED = path.resolve(import.meta.dirname, '../content/posts/2025-11-28-zhihu-notes-1.md');

/** A note whose front matter is `lines` (line 2 onwards) followed by a short body. */
function note(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n正文\n`;
}

describe('splitFrontMatter', () => {
  const rows: { name: string; input: string; expected: ReturnType<typeof splitFrontMatter> }[] = [
    {
      name: 'fenced front matter',
      input: '---\ntitle: x\n---\nbody\n',
      expected: { yaml: 'title: x\n', yamlLine: 2, body: 'body\n', bodyLine: 4, unclosed: false },
    },
    {
      name: 'leading BOM',
      input: '\uFEFF---\ntitle: 小记\n---\n正文',
      expected: { yaml: 'title: 小记\n', yamlLine: 2, body: '正文', bodyLine: 4, unclosed: false },
    },
    {
      name: 'CRLF line endings',
      input: '---\r\ntitle: x\r\ntags: [a]\r\n---\r\nline 1\r\nline 2\r\n',
      expected: {
        yaml: 'title: x\ntags: [a]\n',
        yamlLine: 2,
        body: 'line 1\nline 2\n',
        bodyLine: 5,
        unclosed: false,
      },
    },
    {
      name: 'closing with ...',
      input: '---\ntitle: x\n...\nbody',
      expected: { yaml: 'title: x\n', yamlLine: 2, body: 'body', bodyLine: 4, unclosed: false },
    },
    {
      name: 'fences with trailing spaces',
      input: '--- \ntitle: x\n---\t\nbody',
      expected: { yaml: 'title: x\n', yamlLine: 2, body: 'body', bodyLine: 4, unclosed: false },
    },
    {
      name: 'empty front matter',
      input: '---\n---\nbody',
      expected: { yaml: '', yamlLine: 2, body: 'body', bodyLine: 3, unclosed: false },
    },
    {
      name: 'closing fence at end of file',
      input: '---\ntitle: x\n---',
      expected: { yaml: 'title: x\n', yamlLine: 2, body: '', bodyLine: 4, unclosed: false },
    },
    {
      name: 'a --- later in the body stays in the body',
      input: '---\ntitle: x\n---\na\n---\nb',
      expected: { yaml: 'title: x\n', yamlLine: 2, body: 'a\n---\nb', bodyLine: 4, unclosed: false },
    },
    {
      name: 'no front matter',
      input: '# 标题\n正文',
      expected: { yaml: null, yamlLine: 0, body: '# 标题\n正文', bodyLine: 1, unclosed: false },
    },
    {
      name: 'empty text',
      input: '',
      expected: { yaml: null, yamlLine: 0, body: '', bodyLine: 1, unclosed: false },
    },
    {
      name: 'four dashes are not a fence',
      input: '----\ntitle: x\n----\n',
      expected: { yaml: null, yamlLine: 0, body: '----\ntitle: x\n----\n', bodyLine: 1, unclosed: false },
    },
    {
      name: 'an indented fence is not a fence',
      input: ' ---\ntitle: x\n---\n',
      expected: { yaml: null, yamlLine: 0, body: ' ---\ntitle: x\n---\n', bodyLine: 1, unclosed: false },
    },
    {
      name: 'never closed',
      input: '---\ntitle: x\nbody',
      expected: { yaml: null, yamlLine: 0, body: '---\ntitle: x\nbody', bodyLine: 1, unclosed: true },
    },
    {
      name: 'only an opening fence',
      input: '---',
      expected: { yaml: null, yamlLine: 0, body: '---', bodyLine: 1, unclosed: true },
    },
  ];
  for (const { name, input, expected } of rows)
    test(name, () => assert.deepEqual(splitFrontMatter(input), expected));
});

describe('decodeNote', () => {
  const rows: { name: string; input: Buffer; expected: ReturnType<typeof decodeNote> }[] = [
    {
      name: 'plain UTF-8',
      input: Buffer.from('小记'),
      expected: { text: '小记', bom: false, invalidUtf8: false },
    },
    {
      name: 'BOM',
      input: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('---')]),
      expected: { text: '---', bom: true, invalidUtf8: false },
    },
    {
      name: 'GBK bytes',
      input: Buffer.from([0xc4, 0xe3, 0xba, 0xc3]),
      expected: { text: '\uFFFD\uFFFD\uFFFD', bom: false, invalidUtf8: true },
    },
    {
      name: 'truncated character',
      input: Buffer.from([0x61, 0xe4, 0xb8]),
      expected: { text: 'a\uFFFD', bom: false, invalidUtf8: true },
    },
    { name: 'empty', input: Buffer.alloc(0), expected: { text: '', bom: false, invalidUtf8: false } },
    {
      name: 'a real U+FFFD is valid UTF-8',
      input: Buffer.from('\uFFFD'),
      expected: { text: '\uFFFD', bom: false, invalidUtf8: false },
    },
  ];
  for (const { name, input, expected } of rows)
    test(name, () => assert.deepEqual(decodeNote(input), expected));
});

describe('parseFrontMatter reads real notes without problems', () => {
  const rows: { name: string; file: string; expected: Partial<NoteMeta>; day: string }[] = [
    {
      name: 'the seed note',
      file: SEED,
      day: '2025-11-28',
      expected: {
        title: '俺的第一篇知乎小记',
        date: '2025-11-28T14:43:00.000Z',
        categories: ['知乎', '小记'],
        tags: ['知乎', '乱七八糟', 'LLM'],
        toc: true,
        comments: true,
        description: '记录下刷知乎时学到的东西ovo',
        draft: false,
        pin: false,
      },
    },
    ...readdirSync(CHIRPY_DEMO)
      .filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.md$/.test(name))
      .map((name) => ({
        name: `Chirpy demo ${name}`,
        file: path.join(CHIRPY_DEMO, name),
        expected: {},
        day: name.slice(0, 10),
      })),
  ];
  for (const { name, file, expected, day } of rows) {
    test(name, () => {
      const result = parseFrontMatter(readFileSync(file, 'utf8'), `content/posts/${path.basename(file)}`, SH);
      assert.deepEqual(result.problems, []);
      assert.ok(result.meta);
      assert.deepEqual({ ...result.meta, ...expected }, result.meta);
      assert.equal(dayInZone(result.meta.date, SH.timeZone), day);
    });
  }
  test('the Chirpy demo has four posts', () => assert.equal(rows.length, 5));
});

describe('parseFrontMatter normalises Chirpy/Jekyll keys', () => {
  const rows: { name: string; input: string; file?: string; zone?: string; expected: Partial<NoteMeta> }[] = [
    {
      name: 'a number title stays as written',
      input: note('title: 2024', 'date: 2024-01-01'),
      expected: { title: '2024' },
    },
    {
      name: 'a decimal title keeps its zero',
      input: note('title: 1.10', 'date: 2024-01-01'),
      expected: { title: '1.10' },
    },
    {
      name: 'a title with </script> is kept as text',
      input: note('title: "</script><b>x</b>"'),
      expected: { title: '</script><b>x</b>' },
    },
    { name: 'a title is trimmed', input: note('title: "  小记  "'), expected: { title: '小记' } },
    {
      name: 'defaults',
      input: note('title: x'),
      expected: {
        date: '2025-11-27T16:00:00.000Z',
        updated: null,
        categories: [],
        tags: [],
        toc: true,
        comments: true,
        description: null,
        pin: false,
        draft: false,
        hidden: false,
        slug: null,
        math: false,
        mermaid: false,
        image: null,
        mediaSubpath: null,
        renderWithLiquid: true,
        authors: [],
        aliases: [],
        series: null,
        seriesOrder: null,
      },
    },
    {
      name: 'a series and its order',
      input: note('title: x', 'series: 从零学写小记', 'series_order: 1.5'),
      expected: { series: '从零学写小记', seriesOrder: 1.5 },
    },
    {
      name: 'date from the file name in the site zone',
      input: note('title: x'),
      zone: 'UTC',
      expected: { date: '2025-11-28T00:00:00.000Z' },
    },
    {
      name: 'an empty date falls back to the file name',
      input: note('title: x', 'date:'),
      expected: { date: '2025-11-27T16:00:00.000Z' },
    },
    {
      name: 'date with offset',
      input: note('title: x', 'date: 2025-11-28 00:30:00 +0800'),
      expected: { date: '2025-11-27T16:30:00.000Z' },
    },
    {
      name: 'date without offset uses the zone',
      input: note('title: x', 'date: 2025-07-01 12:00'),
      zone: 'America/New_York',
      expected: { date: '2025-07-01T16:00:00.000Z' },
    },
    {
      name: 'quoted date',
      input: note('title: x', 'date: "2025-11-28T14:43:00Z"'),
      expected: { date: '2025-11-28T14:43:00.000Z' },
    },
    {
      name: 'last_modified_at becomes updated',
      input: note('title: x', 'last_modified_at: 2025-12-01 08:00:00 +0800'),
      expected: { updated: '2025-12-01T00:00:00.000Z' },
    },
    {
      name: 'flow list categories',
      input: note('title: x', 'categories: [知乎, 小记]'),
      expected: { categories: ['知乎', '小记'] },
    },
    {
      name: 'block list categories',
      input: note('title: x', 'categories:', '  - Blogging', '  - Tutorial'),
      expected: { categories: ['Blogging', 'Tutorial'] },
    },
    {
      name: 'a categories string is split',
      input: note('title: x', 'categories: Blogging Tutorial'),
      expected: { categories: ['Blogging', 'Tutorial'] },
    },
    {
      name: 'a singular category is one category',
      input: note('title: x', 'category: 知乎 小记'),
      expected: { categories: ['知乎 小记'] },
    },
    {
      name: 'categories then category, duplicates dropped',
      input: note('title: x', 'categories: [a, b, a]', 'category: c'),
      expected: { categories: ['a', 'b', 'c'] },
    },
    {
      name: 'a tags string is split',
      input: note('title: x', 'tags: llm 知乎'),
      expected: { tags: ['llm', '知乎'] },
    },
    {
      name: 'a full-width space splits tags too',
      input: note('title: x', 'tags: 知乎　LLM'),
      expected: { tags: ['知乎', 'LLM'] },
    },
    {
      name: 'a singular tag is one tag',
      input: note('title: x', 'tag: machine learning'),
      expected: { tags: ['machine learning'] },
    },
    {
      name: 'tags deduplicated case-insensitively, first spelling kept',
      input: note('title: x', 'tags: [LLM, llm, Llm, 知乎, 知乎]'),
      expected: { tags: ['LLM', '知乎'] },
    },
    {
      name: 'number tags become text',
      input: note('title: x', 'tags: [2024, 1.0, 3]'),
      expected: { tags: ['2024', '1.0', '3'] },
    },
    {
      name: 'null and empty tags dropped, others trimmed',
      input: note('title: x', 'tags: [a, ~, "", " b "]'),
      expected: { tags: ['a', 'b'] },
    },
    { name: 'an empty tags key', input: note('title: x', 'tags:'), expected: { tags: [] } },
    {
      name: 'tags and tag merged',
      input: note('title: x', 'tags: [a]', 'tag: A'),
      expected: { tags: ['a'] },
    },
    {
      name: 'booleans',
      input: note(
        'title: x',
        'toc: false',
        'comments: false',
        'pin: true',
        'hidden: true',
        'math: true',
        'mermaid: true',
        'render_with_liquid: false',
      ),
      expected: {
        toc: false,
        comments: false,
        pin: true,
        hidden: true,
        math: true,
        mermaid: true,
        renderWithLiquid: false,
      },
    },
    {
      name: 'capitalised booleans are YAML 1.2 booleans',
      input: note('title: x', 'pin: True', 'toc: FALSE'),
      expected: { pin: true, toc: false },
    },
    { name: 'draft: true', input: note('title: x', 'draft: true'), expected: { draft: true } },
    {
      name: 'published: false is a draft',
      input: note('title: x', 'published: false'),
      expected: { draft: true },
    },
    {
      name: 'published: true and draft: false',
      input: note('title: x', 'published: true', 'draft: false'),
      expected: { draft: false },
    },
    {
      name: 'folded description',
      input: note('title: x', 'description: >-', '  第一行', '  second line'),
      expected: { description: '第一行 second line' },
    },
    {
      name: 'literal description',
      input: note('title: x', 'description: |', '  a', '  b'),
      expected: { description: 'a\nb' },
    },
    {
      name: 'an empty description is null',
      input: note('title: x', 'description: ""'),
      expected: { description: null },
    },
    {
      name: 'slug override slugified',
      input: note('title: x', 'slug: My Note！'),
      expected: { slug: 'My-Note' },
    },
    {
      name: 'Chinese slug override',
      input: note('title: x', 'slug: 我的 笔记'),
      expected: { slug: '我的-笔记' },
    },
    {
      name: 'permalink and redirect_from (a list, or one path)',
      input: note('title: x', 'permalink: /2021/hello/', 'redirect_from:\n  - /posts/old/\n  - /2019/x.html'),
      expected: { permalink: '/2021/hello/', redirectFrom: ['/posts/old/', '/2019/x.html'] },
    },
    {
      name: 'redirect_from as one string',
      input: note('title: x', 'redirect_from: /posts/旧名字/'),
      expected: { permalink: null, redirectFrom: ['/posts/旧名字/'] },
    },
    {
      name: 'image string resolved against media_subpath',
      input: note('title: x', "media_subpath: '/posts/20180809'", 'image: x.png'),
      expected: {
        image: { src: '/posts/20180809/x.png', alt: '', lqip: null },
        mediaSubpath: '/posts/20180809',
      },
    },
    {
      name: 'image map with img_path, ./ and a trailing slash',
      input: note(
        'title: x',
        'img_path: /img/',
        'image:',
        '  path: ./cover.webp',
        '  alt: 封面',
        '  lqip: cover-lqip.webp',
      ),
      expected: {
        image: { src: '/img/cover.webp', alt: '封面', lqip: '/img/cover-lqip.webp' },
        mediaSubpath: '/img/',
      },
    },
    {
      name: 'media_subpath wins over img_path',
      input: note('title: x', 'media_subpath: /a', 'img_path: /b', 'image: c.png'),
      expected: { image: { src: '/a/c.png', alt: '', lqip: null }, mediaSubpath: '/a' },
    },
    {
      name: 'absolute image URL and data: lqip untouched',
      input: note(
        'title: x',
        'media_subpath: /m',
        'image:',
        '  path: https://cdn.example.com/a.png',
        '  lqip: data:image/webp;base64,AAAA',
      ),
      expected: {
        image: { src: 'https://cdn.example.com/a.png', alt: '', lqip: 'data:image/webp;base64,AAAA' },
      },
    },
    {
      name: 'a /-rooted image is untouched',
      input: note('title: x', 'media_subpath: /m', 'image: /commons/devices-mockup.png'),
      expected: { image: { src: '/commons/devices-mockup.png', alt: '', lqip: null } },
    },
    {
      name: 'older image.src',
      input: note('title: x', 'image:', '  src: a.png'),
      expected: { image: { src: 'a.png', alt: '', lqip: null } },
    },
    { name: 'author string', input: note('title: x', 'author: cotes'), expected: { authors: ['cotes'] } },
    {
      name: 'authors list',
      input: note('title: x', 'authors: [cotes, sille_bille]'),
      expected: { authors: ['cotes', 'sille_bille'] },
    },
    {
      name: 'an author with a space is one author',
      input: note('title: x', 'author: Cotes Chung'),
      expected: { authors: ['Cotes Chung'] },
    },
    {
      name: 'author and authors merged',
      input: note('title: x', 'author: a', 'authors: [a, b]'),
      expected: { authors: ['a', 'b'] },
    },
    {
      name: 'aliases are followed',
      input: note('title: &t 小记', 'description: *t', 'tags: &l [a, b]', 'categories: *l'),
      expected: { description: '小记', tags: ['a', 'b'], categories: ['a', 'b'] },
    },
    {
      name: 'CRLF and BOM',
      input: '\uFEFF---\r\ntitle: 小记\r\ntags: [a]\r\n---\r\n正文\r\n',
      expected: { title: '小记', tags: ['a'] },
    },
    { name: 'empty body', input: '---\ntitle: x\n---', expected: { title: 'x' } },
  ];
  for (const { name, input, file = FILE, zone = 'Asia/Shanghai', expected } of rows) {
    test(name, () => {
      const result = parseFrontMatter(input, file, { timeZone: zone });
      assert.deepEqual(result.problems, []);
      assert.ok(result.meta);
      assert.deepEqual({ ...result.meta, ...expected }, result.meta);
    });
  }
});

interface Expected {
  field: string;
  line: number;
  severity: 'error' | 'warning';
  /** Fragments the message must contain. */
  says?: string[];
}

describe('parseFrontMatter reports each problem on its line', () => {
  const rows: { name: string; input: string; file?: string; expected: Expected[] }[] = [
    {
      name: 'missing title',
      input: note('date: 2025-11-28'),
      expected: [{ field: 'title', line: 1, severity: 'error', says: ['missing'] }],
    },
    {
      name: 'a permalink that is not a site path, and a redirect_from that is not one either',
      input: note('title: x', 'permalink: posts/x/', 'redirect_from: [old-name]'),
      expected: [
        { field: 'permalink', line: 3, severity: 'error', says: ['is not a site path'] },
        { field: 'redirect_from', line: 4, severity: 'error', says: ['is not a site path'] },
      ],
    },
    {
      name: 'empty title',
      input: note('title: ""'),
      expected: [{ field: 'title', line: 2, severity: 'error', says: ['empty'] }],
    },
    {
      name: 'null title',
      input: note('tags: [a]', 'title:'),
      expected: [{ field: 'title', line: 3, severity: 'error' }],
    },
    {
      name: 'a list as title',
      input: note('title: [a, b]'),
      expected: [{ field: 'title', line: 2, severity: 'error', says: ['a list is not text'] }],
    },
    {
      name: 'a map as title',
      input: note('title:', '  zh: 小记'),
      expected: [{ field: 'title', line: 2, severity: 'error', says: ['a map'] }],
    },
    {
      name: 'month 13',
      input: note('title: x', 'date: 2025-13-01'),
      expected: [
        {
          field: 'date',
          line: 3,
          severity: 'error',
          says: ['"2025-13-01" is not a date (expected YYYY-MM-DD HH:MM:SS +ZZZZ'],
        },
      ],
    },
    {
      name: 'February 30',
      input: note('title: x', 'tags: [a]', 'date: 2025-02-30 10:00:00 +0800'),
      expected: [{ field: 'date', line: 4, severity: 'error', says: ['day from 01 to 28 in 2025-02'] }],
    },
    {
      name: 'hour 25',
      input: note('title: x', 'date: 2025-11-28 25:00:00'),
      expected: [{ field: 'date', line: 3, severity: 'error', says: ['hour'] }],
    },
    {
      name: 'a number as date',
      input: note('title: x', 'date: 20251128'),
      expected: [{ field: 'date', line: 3, severity: 'error', says: ['"20251128"'] }],
    },
    {
      name: 'Chinese date',
      input: note('title: x', 'date: 2025年11月28日'),
      expected: [{ field: 'date', line: 3, severity: 'error' }],
    },
    {
      name: 'a list as date',
      input: note('title: x', 'date: [2025-11-28]'),
      expected: [{ field: 'date', line: 3, severity: 'error', says: ['a list is not a date'] }],
    },
    {
      name: 'no date anywhere',
      input: note('title: x'),
      file: 'content/posts/undated.md',
      expected: [{ field: 'date', line: 1, severity: 'error', says: ['YYYY-MM-DD- prefix'] }],
    },
    {
      name: 'bad last_modified_at',
      input: note('title: x', 'last_modified_at: soon'),
      expected: [{ field: 'last_modified_at', line: 3, severity: 'error', says: ['"soon" is not a date'] }],
    },
    {
      name: 'series_order: 第二',
      input: note('title: x', 'series: 系列', 'series_order: 第二'),
      expected: [
        { field: 'series_order', line: 4, severity: 'error', says: ['"第二" is not a number', 'such as 1'] },
      ],
    },
    {
      name: 'series_order without series',
      input: note('title: x', 'series_order: 2'),
      expected: [{ field: 'series_order', line: 3, severity: 'warning', says: ['no series'] }],
    },
    {
      name: 'a series name too long for a URL',
      input: note('title: x', `series: ${'长'.repeat(60)}`),
      expected: [{ field: 'series', line: 3, severity: 'error', says: ['too long for a URL'] }],
    },
    {
      name: 'pin: flase',
      input: note('title: x', 'pin: flase'),
      expected: [{ field: 'pin', line: 3, severity: 'error', says: ['"flase"', 'expected true or false'] }],
    },
    {
      name: 'toc: "yes" (quoted)',
      input: note('title: x', 'toc: "yes"'),
      expected: [{ field: 'toc', line: 3, severity: 'error', says: ['"yes"', 'expected true or false'] }],
    },
    {
      name: 'comments: 1',
      input: note('title: x', 'comments: 1'),
      expected: [{ field: 'comments', line: 3, severity: 'error', says: ['"1"'] }],
    },
    {
      name: 'math: [true]',
      input: note('title: x', 'math: [true]'),
      expected: [{ field: 'math', line: 3, severity: 'error', says: ['a list is not a boolean'] }],
    },
    {
      name: 'draft: "false"',
      input: note('title: x', 'draft: "false"'),
      expected: [{ field: 'draft', line: 3, severity: 'error' }],
    },
    {
      name: 'draft and published both wrong',
      input: note('title: x', 'draft: maybe', 'published: nope'),
      expected: [
        { field: 'draft', line: 3, severity: 'error' },
        { field: 'published', line: 4, severity: 'error' },
      ],
    },
    {
      name: 'plain yes is read as true, with a warning',
      input: note('title: x', 'toc: yes'),
      expected: [{ field: 'toc', line: 3, severity: 'warning', says: ['write true'] }],
    },
    {
      name: 'plain off is read as false, with a warning',
      input: note('title: x', 'comments: off'),
      expected: [{ field: 'comments', line: 3, severity: 'warning', says: ['write false'] }],
    },
    {
      name: 'an empty boolean uses the default',
      input: note('title: x', 'pin:'),
      expected: [{ field: 'pin', line: 3, severity: 'warning', says: ['default false'] }],
    },
    {
      name: 'a map as categories',
      input: note('title: x', 'categories:', '  a: 1'),
      expected: [
        {
          field: 'categories',
          line: 3,
          severity: 'error',
          says: ['expected a list of strings or a single string'],
        },
      ],
    },
    {
      name: 'a bare number as tags',
      input: note('title: x', 'tags: 2024'),
      expected: [{ field: 'tags', line: 3, severity: 'error', says: ['"2024" is not a list'] }],
    },
    {
      name: 'a boolean as tags',
      input: note('title: x', 'tags: true'),
      expected: [{ field: 'tags', line: 3, severity: 'error' }],
    },
    {
      name: 'a nested list in tags',
      input: note('title: x', 'tags:', '  - a', '  - [b, c]'),
      expected: [{ field: 'tags', line: 3, severity: 'error', says: ['has a list as an item'] }],
    },
    {
      name: 'a map in categories',
      input: note('title: x', 'categories: [a, {b: c}]'),
      expected: [{ field: 'categories', line: 3, severity: 'error' }],
    },
    {
      name: 'a list as description',
      input: note('title: x', 'description: [a]'),
      expected: [{ field: 'description', line: 3, severity: 'error' }],
    },
    {
      name: 'a slug with no letters',
      input: note('title: x', 'slug: "！？"'),
      expected: [{ field: 'slug', line: 3, severity: 'error', says: ['no letters or digits'] }],
    },
    {
      name: 'an image without path',
      input: note('title: x', 'image:', '  alt: 图'),
      expected: [{ field: 'image.path', line: 3, severity: 'error' }],
    },
    {
      name: 'an image list',
      input: note('title: x', 'image: [a.png]'),
      expected: [{ field: 'image', line: 3, severity: 'error' }],
    },
    {
      name: 'a list as media_subpath',
      input: note('title: x', 'media_subpath: [a]'),
      expected: [{ field: 'media_subpath', line: 3, severity: 'error' }],
    },
    {
      name: 'categries',
      input: note('title: x', 'categries: [a]'),
      expected: [{ field: 'categries', line: 3, severity: 'warning', says: ['did you mean `categories`?'] }],
    },
    {
      name: 'tgas',
      input: note('title: x', 'tgas: [a]'),
      expected: [{ field: 'tgas', line: 3, severity: 'warning', says: ['did you mean `tags`?'] }],
    },
    {
      name: 'Title',
      input: note('title: x', 'Title: y'),
      expected: [{ field: 'Title', line: 3, severity: 'warning', says: ['did you mean `title`?'] }],
    },
    {
      name: 'descripton',
      input: note('title: x', 'descripton: y'),
      expected: [
        { field: 'descripton', line: 3, severity: 'warning', says: ['did you mean `description`?'] },
      ],
    },
    {
      name: 'layuot',
      input: note('title: x', 'layuot: post'),
      expected: [{ field: 'layuot', line: 3, severity: 'warning', says: ['did you mean `layout`?'] }],
    },
    {
      name: 'an unknown key without a near match',
      input: note('title: x', 'mood: 开心'),
      expected: [{ field: 'mood', line: 3, severity: 'warning', says: ['ignored'] }],
    },
    {
      name: 'ignored Jekyll keys give no warning',
      input: note(
        'title: x',
        'layout: post',
        'permalink: /x/',
        'excerpt_separator: <!--more-->',
        'lang: zh',
        'sitemap: false',
        'redirect_from: [/a]',
        'seo:',
        '  type: BlogPosting',
      ),
      expected: [],
    },
    {
      name: 'a key given twice (Contentlayer cannot read it)',
      input: note('title: a', 'tags: [x]', 'title: b'),
      expected: [{ field: 'title', line: 4, severity: 'error', says: ['line 2', 'expected each key once'] }],
    },
    {
      name: 'a key given twice inside image: (Contentlayer cannot read it)',
      input: note('title: a', 'image:', '  path: /a.png', '  path: /b.png'),
      expected: [{ field: 'yaml', line: 5, severity: 'error', says: ['"path" is given twice'] }],
    },
    {
      name: 'an escape for half a character (Turbopack cannot import such JSON)',
      input: note('title: "半个\\ud800字"'),
      expected: [{ field: 'title', line: 2, severity: 'warning', says: ['half a character'] }],
    },
    {
      name: 'a date that becomes year 10000 in UTC (archives need four digits)',
      input: note('title: x', 'date: 9999-12-31 23:59:59 -1200'),
      expected: [
        {
          field: 'date',
          line: 3,
          severity: 'error',
          says: ['the year 10000 in UTC', 'expected a year from 0001 to 9999'],
        },
      ],
    },
    {
      name: 'year 0000',
      input: note('title: x', 'date: 0000-06-01'),
      expected: [{ field: 'date', line: 3, severity: 'error', says: ['expected a year from 0001 to 9999'] }],
    },
    {
      name: '101 tags, a 51-character Chinese tag and an 11-level category path',
      input: note(
        'title: x',
        `tags: [${Array.from({ length: 101 }, (_, i) => `t${i}`).join(', ')}, ${'很'.repeat(51)}]`,
        `categories: [${Array.from({ length: 11 }, (_, i) => `c${i}`).join(', ')}]`,
      ),
      expected: [
        { field: 'tags', line: 3, severity: 'error', says: ['has 102 tags (expected at most 100'] },
        {
          field: 'tags',
          line: 3,
          severity: 'error',
          says: ['too long for a URL (expected at most 150 bytes'],
        },
        {
          field: 'categories',
          line: 4,
          severity: 'error',
          says: ['has 11 category levels (expected at most 10'],
        },
      ],
    },
    {
      name: 'control characters in a title are removed, with a warning',
      input: note('title: "前\\0\\x1b[31m后"'),
      expected: [{ field: 'title', line: 2, severity: 'warning', says: ['control characters'] }],
    },
    {
      name: 'the key Contentlayer reads the document type from',
      input: note('title: x', '_contentlayerType: Page'),
      expected: [
        { field: '_contentlayerType', line: 3, severity: 'warning', says: ['not a front matter key'] },
        { field: '_contentlayerType', line: 3, severity: 'error', says: ['would not be a post'] },
      ],
    },
    {
      name: 'a 301-character title',
      input: note(`title: ${'长'.repeat(301)}`),
      expected: [
        {
          field: 'title',
          line: 2,
          severity: 'error',
          says: ['is 301 characters long (expected at most 300'],
        },
      ],
    },
    {
      name: 'a 300-character title',
      input: note(`title: ${'长'.repeat(300)}`),
      expected: [],
    },
    {
      name: 'a slug override over 150 bytes',
      input: note('title: x', `slug: ${'s'.repeat(151)}`),
      expected: [{ field: 'slug', line: 3, severity: 'error', says: ['too long for a URL'] }],
    },
    {
      name: 'front matter closed with ... (Contentlayer reads only ---)',
      input: '---\ntitle: x\ndate: 2024-01-01\n...\nbody\n',
      expected: [{ field: 'yaml', line: 4, severity: 'error', says: ['expected ---'] }],
    },
    {
      name: 'aliases expanding past 100 nodes (yaml.parse refuses them)',
      input: note(
        'title: x',
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'lol: *c',
      ),
      expected: [
        { field: 'yaml', line: 2, severity: 'error', says: ['expected at most 100 uses of aliases'] },
        { field: 'a', line: 3, severity: 'warning', says: ['expected a key such as title'] },
        { field: 'b', line: 4, severity: 'warning', says: [] },
        { field: 'c', line: 5, severity: 'warning', says: [] },
        { field: 'lol', line: 6, severity: 'warning', says: [] },
      ],
    },
    {
      name: 'YAML syntax error carries its line',
      input: note('title: x', 'tags: [a, b', 'toc: true'),
      expected: [{ field: 'yaml', line: 4, severity: 'error', says: ['end with a ]'] }],
    },
    {
      name: 'a tab-indented key',
      input: note('title: x', 'image:', '\tpath: a.png'),
      expected: [{ field: 'yaml', line: 4, severity: 'error', says: ['not tabs'] }],
    },
    {
      name: 'an unquoted colon value',
      input: note('title: 知乎: 小记'),
      expected: [{ field: 'yaml', line: 2, severity: 'error', says: ['must be put in quotes'] }],
    },
    {
      name: 'a value starting with @',
      input: note('title: x', 'author: @me'),
      expected: [{ field: 'yaml', line: 3, severity: 'error', says: ['put the value in quotes'] }],
    },
    {
      name: 'front matter that is a list',
      input: note('- a', '- b'),
      expected: [{ field: 'yaml', line: 2, severity: 'error', says: ['a list'] }],
    },
    {
      name: 'front matter that is a scalar',
      input: note('just some text'),
      expected: [{ field: 'yaml', line: 2, severity: 'error', says: ['a single value'] }],
    },
    {
      name: 'empty front matter',
      input: '---\n---\n正文',
      expected: [{ field: 'title', line: 1, severity: 'error' }],
    },
    {
      name: 'an empty file',
      input: '',
      expected: [{ field: 'file', line: 0, severity: 'error', says: ['empty'] }],
    },
    {
      name: 'a whitespace-only file',
      input: ' \n\t\n　\n',
      expected: [{ field: 'file', line: 0, severity: 'error', says: ['empty'] }],
    },
    { name: 'a BOM-only file', input: '\uFEFF', expected: [{ field: 'file', line: 0, severity: 'error' }] },
    {
      name: 'no front matter',
      input: '# 标题\n正文',
      expected: [{ field: 'file', line: 1, severity: 'error', says: ['no front matter'] }],
    },
    {
      name: 'front matter never closed',
      input: '---\ntitle: x\n正文',
      expected: [{ field: 'yaml', line: 1, severity: 'error', says: ['never closed'] }],
    },
    {
      name: 'invalid UTF-8 on line 3',
      input: note('title: x', 'description: \uFFFD\uFFFD'),
      expected: [{ field: 'file', line: 3, severity: 'error', says: ['UTF-8'] }],
    },
    {
      name: 'lines are right in a CRLF file with a BOM',
      input: '\uFEFF---\r\ntitle: x\r\npin: flase\r\n---\r\n',
      expected: [{ field: 'pin', line: 3, severity: 'error' }],
    },
    {
      name: 'every problem is reported, in line order',
      input: note('title: [x]', 'date: 2025-13-01', 'pin: flase', 'tgas: a', 'toc: "no"', 'tags: {a: 1}'),
      expected: [
        { field: 'title', line: 2, severity: 'error' },
        { field: 'date', line: 3, severity: 'error' },
        { field: 'pin', line: 4, severity: 'error' },
        { field: 'tgas', line: 5, severity: 'warning' },
        { field: 'toc', line: 6, severity: 'error' },
        { field: 'tags', line: 7, severity: 'error' },
      ],
    },
    {
      name: 'an unresolved Ruby tag is a warning',
      input: note('title: x', 'extra: !ruby/object:Foo bar'),
      expected: [
        { field: 'yaml', line: 3, severity: 'warning' },
        { field: 'extra', line: 3, severity: 'warning' },
      ],
    },
  ];
  for (const { name, input, file = FILE, expected } of rows) {
    test(name, () => {
      const result = parseFrontMatter(input, file, SH);
      const got = result.problems.map(({ field, line, severity }) => ({ field, line, severity }));
      assert.deepEqual(
        got,
        expected.map(({ field, line, severity }) => ({ field, line, severity })),
      );
      for (const [index, { says = [] }] of expected.entries()) {
        for (const fragment of says)
          assert.ok(
            result.problems[index]?.message.includes(fragment),
            `"${result.problems[index]?.message}" lacks "${fragment}"`,
          );
      }
      for (const problem of result.problems) assert.equal(problem.file, file);
      const hasError = expected.some((p) => p.severity === 'error');
      assert.equal(result.meta === null, hasError);
    });
  }
});

describe('parseFrontMatter never throws', () => {
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const rows: { name: string; input: string; valid: boolean }[] = [
    { name: 'binary junk', input: decodeNote(junk).text, valid: false },
    { name: 'binary junk after a fence', input: `---\n${decodeNote(junk).text}\n---\n`, valid: false },
    { name: 'NUL characters', input: note('title: "a\0b"', 'tags: [\0]'), valid: true },
    { name: 'a 5 MB body', input: note('title: x') + '中'.repeat(5_000_000), valid: true },
    {
      name: 'a 5 MB title (over the 300-character limit)',
      input: note(`title: ${'a'.repeat(5_000_000)}`),
      valid: false,
    },
    { name: 'a 5 MB file with no front matter', input: 'x'.repeat(5_000_000), valid: false },
    {
      name: '10,000 tags (each would be a page of the build)',
      input: note('title: x', `tags: [${Array.from({ length: 10_000 }, (_, i) => `t${i}`).join(', ')}]`),
      valid: false,
    },
    {
      name: 'deeply nested flow lists',
      input: note('title: x', `tags: ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      valid: false,
    },
    {
      name: 'deeply nested block lists',
      input: note(
        'title: x',
        'tags:',
        ...Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i + 1)}-`),
        '  a',
      ),
      valid: false,
    },
    {
      name: 'an alias bomb',
      input: note('title: x', 'a: &a [x, x]', 'b: &b [*a, *a]', 'c: &c [*b, *b]', 'tags: *c'),
      valid: false,
    },
    {
      name: '</script> everywhere',
      input: note('title: </script>', 'description: "<script>alert(1)</script>"', 'tags: [</script>]'),
      valid: true,
    },
    { name: 'a complex key', input: note('title: x', '? [a, b]', ': c'), valid: true },
    { name: 'many documents', input: note('title: x', '---', 'title: y'), valid: true },
    { name: 'only dashes', input: '---\n---\n---\n---\n', valid: false },
    { name: 'directives', input: note('%YAML 1.1', '---', 'title: x'), valid: false },
  ];
  for (const { name, input, valid } of rows) {
    test(name, () => {
      const result = parseFrontMatter(input, FILE, SH);
      assert.ok(Array.isArray(result.problems));
      assert.equal(result.meta !== null, valid, JSON.stringify(result.problems.slice(0, 3)));
    });
  }
});

test('standalone pages may omit the date', () => {
  const text = '---\ntitle: 关于\n---\n\n关于我。\n';
  const page = parseFrontMatter(text, 'content/pages/about.md', {
    timeZone: 'Asia/Shanghai',
    requireDate: false,
  });
  assert.deepEqual(page.problems, []);
  assert.equal(page.meta?.date, '');
  const post = parseFrontMatter(text, 'content/posts/about.md', { timeZone: 'Asia/Shanghai' });
  assert.deepEqual(
    post.problems.map((p) => [p.field, p.severity]),
    [['date', 'error']],
  );
});

describe('HTML entities in title and description are decoded once, as a Chirpy page shows them', () => {
  const rows: {
    name: string;
    title: string;
    description?: string;
    expected: string;
    desc?: string | null;
  }[] = [
    { name: 'named entity', title: '"&sect;2.3 Wick 定理"', expected: '§2.3 Wick 定理' },
    { name: 'ampersand', title: '"春&amp;秋"', expected: '春&秋' },
    { name: 'numeric entities', title: '"It&#39;s &#x4E2D;文"', expected: "It's 中文" },
    { name: 'markup stays text', title: '"&lt;script&gt; 标签"', expected: '<script> 标签' },
    { name: 'decoded once only', title: '"&amp;sect; 原样"', expected: '&sect; 原样' },
    { name: 'bare ampersand kept', title: 'R&D 与 AT&T', expected: 'R&D 与 AT&T' },
    { name: 'full-width text untouched', title: '第一章：引言（上）', expected: '第一章：引言（上）' },
    {
      name: 'description too',
      title: 'x',
      description: '"&laquo;摘要&raquo; &mdash; 简介"',
      expected: 'x',
      desc: '«摘要» — 简介',
    },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const lines = [`title: ${row.title}`, 'date: 2024-02-12 10:00:00 +0800'];
      if (row.description) lines.push(`description: ${row.description}`);
      const result = parseFrontMatter(note(...lines), FILE, SH);
      assert.deepEqual(result.problems, []);
      assert.equal(result.meta?.title, row.expected);
      if (row.desc !== undefined) assert.equal(result.meta?.description, row.desc);
    });
  }
});

describe('parseFrontMatter reads knowledge notes (Obsidian forms)', () => {
  const NOTE_FILE = 'content/notes/学习/01 基础功能汇总.md';
  const options = { ...SH, kind: 'note' as const, fallbackTitle: '01 基础功能汇总' };
  const rows: { name: string; input: string; expected: Partial<NoteMeta>; problems?: string[] }[] = [
    {
      name: 'no front matter: title from the file name, undated',
      input: '# 小标题\n正文\n',
      expected: { title: '01 基础功能汇总', date: '', updated: null, draft: false, tags: [], aliases: [] },
    },
    { name: 'an empty file', input: '', expected: { title: '01 基础功能汇总', date: '' } },
    { name: 'title given', input: note('title: 基础'), expected: { title: '基础' } },
    { name: 'an empty title falls back', input: note('title:'), expected: { title: '01 基础功能汇总' } },
    {
      name: 'created is the date',
      input: note('created: 2024-03-01 10:00'),
      expected: { date: '2024-03-01T02:00:00.000Z' },
    },
    {
      name: 'date wins over created',
      input: note('date: 2024-03-02', 'created: 2024-03-01'),
      expected: { date: '2024-03-01T16:00:00.000Z' },
    },
    {
      name: 'updated, else last_modified_at',
      input: note('updated: 2024-03-05'),
      expected: { date: '', updated: '2024-03-04T16:00:00.000Z' },
    },
    {
      name: 'last_modified_at as updated',
      input: note('last_modified_at: 2024-03-05'),
      expected: { updated: '2024-03-04T16:00:00.000Z' },
    },
    { name: 'publish: false is a draft', input: note('publish: false'), expected: { draft: true } },
    { name: 'draft: true is a draft', input: note('draft: true'), expected: { draft: true } },
    { name: 'tags as a string', input: note('tags: 读书 笔记'), expected: { tags: ['读书', '笔记'] } },
    {
      name: 'aliases as a list',
      input: note('aliases: [基础, 汇总]'),
      expected: { aliases: ['基础', '汇总'] },
    },
    {
      name: 'aliases as one string',
      input: note('aliases: 基础 功能'),
      expected: { aliases: ['基础 功能'] },
    },
    {
      name: 'a wrong created is an error on its line',
      input: note('title: x', 'created: 明天'),
      expected: {},
      problems: ['error created 3'],
    },
    {
      name: 'unknown keys still warn',
      input: note('cssclass: wide'),
      expected: {},
      problems: ['warning cssclass 2'],
    },
  ];
  for (const { name, input, expected, problems = [] } of rows) {
    test(name, () => {
      const result = parseFrontMatter(input, NOTE_FILE, options);
      assert.deepEqual(
        result.problems.map((p) => `${p.severity} ${p.field} ${p.line}`),
        problems,
      );
      if (problems.some((p) => p.startsWith('error'))) return;
      assert.ok(result.meta);
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(result.meta[key as keyof NoteMeta], value, key);
    });
  }

  test('posts keep their rules: created, updated and publish are unknown keys there', () => {
    const result = parseFrontMatter(note('title: x', 'created: 2024-03-01', 'publish: false'), FILE, SH);
    assert.deepEqual(
      result.problems.map((p) => `${p.severity} ${p.field}`),
      ['warning created', 'warning publish'],
    );
    assert.equal(result.meta?.draft, false);
  });

  test('a post without front matter is still an error', () => {
    const result = parseFrontMatter('正文\n', FILE, SH);
    assert.equal(result.meta, null);
  });
});
