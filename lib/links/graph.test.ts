import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WrittenLink } from '../types';
import {
  buildLinkState,
  createLinkMemo,
  groupOf,
  type LinkedRecord,
  type LinkState,
  rankRelated,
} from './graph';
import type { LinkTarget } from './resolve';

function link(target: string, context = '', extra: Partial<WrittenLink> = {}): WrittenLink {
  return { kind: 'wikilink', target, heading: null, block: null, line: 3, context, ...extra };
}

function record(
  sourcePath: string,
  links: WrittenLink[],
  extra: Partial<LinkedRecord> = {},
  target: Partial<LinkTarget> = {},
): LinkedRecord {
  const name = sourcePath.slice(sourcePath.lastIndexOf('/') + 1).replace(/\.md$/, '');
  return {
    target: {
      url: `/${sourcePath.replace(/\.md$/, '')}/`,
      sourcePath,
      kind: sourcePath.startsWith('notes/') ? 'note' : sourcePath.startsWith('pages/') ? 'page' : 'post',
      title: name,
      aliases: [],
      headings: [],
      blockIds: [],
      ...target,
    },
    links,
    tags: [],
    categories: [],
    date: '',
    ...extra,
  };
}

const records = [
  record(
    'notes/学习/甲.md',
    [link('乙', '甲提到乙。'), link('乙', '又提到乙。'), link('乙', '甲提到乙。'), link('丙')],
    { tags: ['Python'] },
  ),
  record(
    'notes/学习/乙.md',
    [link('甲', '乙回指甲。'), link('没有'), link('图.png', '', { kind: 'embed' })],
    { tags: ['python'] },
  ),
  record('notes/丙.md', [link('乙', '', { heading: '不存在' }), link('丙')]),
  record('posts/2024-01-01-文章.md', [link('甲', '文章里说甲。')], {
    categories: ['技术'],
    date: '2024-01-01T00:00:00Z',
  }),
  record('posts/2024-02-01-另一篇.md', [], {
    categories: ['技术'],
    tags: ['PYTHON'],
    date: '2024-02-01T00:00:00Z',
  }),
  record('pages/about.md', [link('甲')]),
];
const state = buildLinkState(records, [], 'content');

test('backlinks: each linking note once, its sentences without repeats, in record order', () => {
  assert.deepEqual(state.backlinks.get('/notes/学习/乙/'), [
    { url: '/notes/学习/甲/', title: '甲', kind: 'note', contexts: ['甲提到乙。', '又提到乙。'] },
    { url: '/notes/丙/', title: '丙', kind: 'note', contexts: [] },
  ]);
  assert.deepEqual(
    state.backlinks.get('/notes/学习/甲/')?.map((b) => b.url),
    ['/notes/学习/乙/', '/posts/2024-01-01-文章/', '/pages/about/'],
  );
  // A note linking to itself is no backlink.
  assert.equal(
    state.backlinks.get('/notes/丙/')?.some((b) => b.url === '/notes/丙/'),
    false,
  );
});

test('graph: every record a node, each linked pair one edge, grouped by top folder or category', () => {
  assert.equal(state.graph.nodes.length, records.length);
  assert.deepEqual(
    state.graph.nodes.map((n) => n.group),
    ['学习', '学习', '', '技术', '技术', ''],
  );
  assert.equal(groupOf(records[0] as LinkedRecord), '学习');
  assert.deepEqual(
    state.graph.edges.filter((e) => e.source === '/notes/学习/甲/'),
    [
      { source: '/notes/学习/甲/', target: '/notes/学习/乙/' },
      { source: '/notes/学习/甲/', target: '/notes/丙/' },
    ],
  );
});

test('warnings name file, line and what is wrong', () => {
  assert.deepEqual(
    state.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`),
    [
      'content/notes/学习/乙.md:3: link: [[没有]] matches no note',
      'content/notes/学习/乙.md:3: embed: ![[图.png]] matches no file in the notes',
      'content/notes/丙.md:3: link: [[乙#不存在]]: notes/学习/乙.md has no heading "不存在" (the link goes to the top of the page)',
    ],
  );
});

test('related: links, tags (any case) and categories; pages never; at most five', () => {
  assert.deepEqual(
    rankRelated(state, '/notes/学习/甲/').map((r) => [r.url, r.score]),
    [
      ['/notes/学习/乙/', 5],
      ['/notes/丙/', 4],
      ['/posts/2024-01-01-文章/', 3],
      ['/posts/2024-02-01-另一篇/', 2],
    ],
  );
  assert.deepEqual(
    rankRelated(state, '/posts/2024-02-01-另一篇/').map((r) => r.url),
    ['/notes/学习/乙/', '/notes/学习/甲/', '/posts/2024-01-01-文章/'],
  );
  assert.deepEqual(rankRelated(state, '/nowhere/'), []);
  assert.equal(rankRelated(state, '/notes/学习/甲/', 1).length, 1);
});

test('related: ranking through the facet index scores as comparing every pair does', () => {
  // A small seeded generator, so a failure names a site that can be made again.
  let seed = 7;
  const next = (n: number) => {
    // mulberry32: 32-bit integer steps, so every bit varies.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const names = Array.from({ length: 60 }, (_, i) => `笔记${i}`);
  const many = names.map((name, i) =>
    record(
      i % 7 === 0 ? `posts/2024-01-${String((i % 28) + 1).padStart(2, '0')}-${name}.md` : `notes/${name}.md`,
      Array.from({ length: next(4) }, () => link(names[next(names.length)] ?? name)),
      {
        tags: Array.from({ length: next(3) }, () => ['甲', '乙', 'Tag', 'tag'][next(4)] ?? ''),
        categories: next(3) === 0 ? ['技术'] : [],
        date: i % 5 === 0 ? '' : `2024-0${(i % 9) + 1}-01T00:00:00Z`,
      },
      i === 59 ? { url: '/pages/about/', sourcePath: 'pages/about.md' } : {},
    ),
  );
  const big = buildLinkState(many, [], 'content');
  const lowered = (values: readonly string[]) => new Set(values.map((v) => v.toLowerCase()));
  const count = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((v) => b.has(v)).length;
  const incoming = (url: string) => new Set((big.backlinks.get(url) ?? []).map((b) => b.url));
  for (const [url, mine] of big.records) {
    const expected = [...big.records.values()]
      .filter((other) => other.target.url !== url && other.target.kind !== 'page')
      .map((other) => {
        const them = other.target.url;
        const myOut = big.outgoing.get(url) ?? new Set<string>();
        const theirOut = big.outgoing.get(them) ?? new Set<string>();
        const score =
          (myOut.has(them) || theirOut.has(url) ? 3 : 0) +
          2 * count(lowered(mine.tags), lowered(other.tags)) +
          count(myOut, theirOut) +
          count(incoming(url), incoming(them)) +
          count(lowered(mine.categories), lowered(other.categories));
        return { url: them, title: other.target.title, date: other.date, score };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
      .map((r) => [r.url, r.score]);
    assert.deepEqual(
      rankRelated(big, url, 1000).map((r) => [r.url, r.score]),
      expected,
      url,
    );
  }
});

test('with a memo, each version is what a fresh resolution gives', () => {
  const memo = createLinkMemo();
  const plain = (state: LinkState) => ({
    backlinks: [...state.backlinks],
    outgoing: [...state.outgoing].map(([url, out]) => [url, [...out]]),
    graph: state.graph,
    problems: state.problems,
  });
  const [jia, yi, bing, ...rest] = records as [LinkedRecord, LinkedRecord, LinkedRecord, ...LinkedRecord[]];
  const versions: { name: string; records: LinkedRecord[]; indexKept: boolean }[] = [
    { name: 'first', records, indexKept: false },
    {
      name: 'a body edited: a new record, the same names',
      records: [{ ...jia, links: [link('丙', '改过的句子。')] }, yi, bing, ...rest],
      indexKept: true,
    },
    {
      name: 'a note renamed: 丙 becomes 丁, and a new note links to it',
      records: [jia, yi, record('notes/丁.md', []), ...rest, record('notes/戊.md', [link('丁')])],
      indexKept: false,
    },
    {
      name: 'a heading added to 乙: the link to it no longer missing',
      records: [
        jia,
        record('notes/学习/乙.md', [...yi.links], {}, { headings: [{ text: '不存在', id: '不存在' }] }),
        bing,
        ...rest,
      ],
      indexKept: false,
    },
  ];
  let last: LinkState | null = null;
  for (const version of versions) {
    const kept = buildLinkState(version.records, [], 'content', memo);
    assert.deepEqual(plain(kept), plain(buildLinkState(version.records, [], 'content')), version.name);
    if (last) assert.equal(kept.index === last.index, version.indexKept, `${version.name}: index kept`);
    last = kept;
  }
});
