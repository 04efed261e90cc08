import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GRAPH_PALETTE, groupColor } from './palette';
import {
  cleanEdges,
  countGraph,
  generateGraph,
  getNeighbourhood,
  MAX_COLORED_GROUPS,
  mapNeighbours,
  rankGroups,
  shapeGraph,
} from './shape';
import type { GraphNode, LinkGraph } from './types';

const node = (id: string, group = '数学', kind: GraphNode['kind'] = 'note'): GraphNode => ({
  id,
  title: id.replace(/\W/g, '') || id,
  kind,
  group,
});

// A chain a → b → c → d, e → a, and f alone; g is a post in another category.
const chain: LinkGraph = {
  nodes: [
    node('/notes/a/'),
    node('/notes/b/'),
    node('/notes/c/', '物理'),
    node('/notes/d/', '物理'),
    node('/notes/e/'),
    node('/notes/f/'),
    node('/posts/g/', '小记', 'post'),
  ],
  edges: [
    { source: '/notes/a/', target: '/notes/b/' },
    { source: '/notes/b/', target: '/notes/c/' },
    { source: '/notes/c/', target: '/notes/d/' },
    { source: '/notes/e/', target: '/notes/a/' },
    { source: '/posts/g/', target: '/notes/d/' },
  ],
};

describe('cleanEdges', () => {
  const nodes = [node('/a/'), node('/b/')];
  const rows: [string, LinkGraph['edges'], LinkGraph['edges']][] = [
    ['keeps a plain edge', [{ source: '/a/', target: '/b/' }], [{ source: '/a/', target: '/b/' }]],
    [
      'drops a repeat',
      [
        { source: '/a/', target: '/b/' },
        { source: '/a/', target: '/b/' },
      ],
      [{ source: '/a/', target: '/b/' }],
    ],
    [
      'keeps both directions',
      [
        { source: '/a/', target: '/b/' },
        { source: '/b/', target: '/a/' },
      ],
      [
        { source: '/a/', target: '/b/' },
        { source: '/b/', target: '/a/' },
      ],
    ],
    ['drops a self-link', [{ source: '/a/', target: '/a/' }], []],
    ['drops an unknown target', [{ source: '/a/', target: '/缺失/' }], []],
    ['drops an unknown source', [{ source: '/草稿/', target: '/a/' }], []],
    ['empty', [], []],
  ];
  for (const [name, edges, expected] of rows)
    test(name, () => assert.deepEqual(cleanEdges(nodes, edges), expected));
});

describe('rankGroups', () => {
  test('by size, then name; colours in that order', () => {
    const nodes = [node('/1/', '乙'), node('/2/', '甲'), node('/3/', '丙'), node('/4/', '丙')];
    assert.deepEqual(rankGroups(nodes), [
      { name: '丙', count: 2, color: 0 },
      { name: '乙', count: 1, color: 1 },
      { name: '甲', count: 1, color: 2 },
    ]);
  });
  test('groups past the palette share the "other" colour', () => {
    const nodes = Array.from({ length: MAX_COLORED_GROUPS + 3 }, (_, i) =>
      node(`/${i}/`, `g${String(i).padStart(2, '0')}`),
    );
    const colors = rankGroups(nodes).map((g) => g.color);
    assert.equal(colors[MAX_COLORED_GROUPS - 1], MAX_COLORED_GROUPS - 1);
    assert.deepEqual(colors.slice(MAX_COLORED_GROUPS), [
      MAX_COLORED_GROUPS,
      MAX_COLORED_GROUPS,
      MAX_COLORED_GROUPS,
    ]);
  });
  test('no nodes, no groups', () => assert.deepEqual(rankGroups([]), []));
});

describe('shapeGraph', () => {
  const shaped = shapeGraph(chain);
  const rows: [string, number, number][] = [
    ['/notes/a/', 1, 1],
    ['/notes/b/', 1, 1],
    ['/notes/d/', 0, 2],
    ['/notes/f/', 0, 0],
    ['/posts/g/', 1, 0],
  ];
  for (const [id, links, backlinks] of rows) {
    test(`${id}: ${links} links, ${backlinks} backlinks`, () => {
      const n = shaped.nodes.find((x) => x.id === id);
      assert.equal(n?.links, links);
      assert.equal(n?.backlinks, backlinks);
    });
  }
  test('nodes keep their order', () =>
    assert.deepEqual(
      shaped.nodes.map((n) => n.id),
      chain.nodes.map((n) => n.id),
    ));
  test('counts', () =>
    assert.deepEqual(countGraph(shaped), { nodes: 7, edges: 5, byKind: { post: 1, page: 0, note: 6 } }));
});

describe('getNeighbourhood', () => {
  const rows: [string, string, number, Record<string, number>][] = [
    [
      'two hops both ways',
      '/notes/b/',
      2,
      { '/notes/b/': 0, '/notes/a/': 1, '/notes/c/': 1, '/notes/e/': 2, '/notes/d/': 2 },
    ],
    ['one hop', '/notes/b/', 1, { '/notes/b/': 0, '/notes/a/': 1, '/notes/c/': 1 }],
    ['backlinks count as neighbours', '/notes/d/', 1, { '/notes/d/': 0, '/notes/c/': 1, '/posts/g/': 1 }],
    ['a lone note is its own neighbourhood', '/notes/f/', 2, { '/notes/f/': 0 }],
    ['an unknown page has none', '/notes/无/', 2, {}],
  ];
  for (const [name, id, hops, expected] of rows) {
    test(name, () => {
      const got = getNeighbourhood(chain, id, hops);
      assert.deepEqual(Object.fromEntries(got.nodes.map((n) => [n.id, n.depth])), expected);
      for (const e of got.edges) assert.ok(e.source in expected && e.target in expected);
    });
  }
  test('colours are the whole site’s', () => {
    const whole = shapeGraph(chain).nodes.find((n) => n.id === '/notes/c/');
    const local = getNeighbourhood(chain, '/notes/d/', 1).nodes.find((n) => n.id === '/notes/c/');
    assert.equal(local?.color, whole?.color);
  });
  test('groups listed are only those present', () =>
    assert.deepEqual(
      getNeighbourhood(chain, '/notes/f/').groups.map((g) => g.name),
      ['数学'],
    ));
});

describe('mapNeighbours', () => {
  test('either direction, once', () => {
    const map = mapNeighbours([
      { source: '/a/', target: '/b/' },
      { source: '/b/', target: '/a/' },
      { source: '/a/', target: '/c/' },
    ]);
    assert.deepEqual([...(map.get('/a/') ?? [])].sort(), ['/b/', '/c/']);
    assert.deepEqual([...(map.get('/c/') ?? [])], ['/a/']);
  });
});

describe('generateGraph (the 1,500-node fixture)', () => {
  const graph = generateGraph(1500);
  const shaped = shapeGraph(graph);
  test('1,500 nodes with unique ids', () => assert.equal(new Set(graph.nodes.map((n) => n.id)).size, 1500));
  test('about two links per note once cleaned', () => {
    assert.ok(shaped.edges.length > 1500 && shaped.edges.length < 4500, String(shaped.edges.length));
  });
  test('deterministic', () => assert.deepEqual(generateGraph(50), generateGraph(50)));
  test('12 groups, 125 notes each', () =>
    assert.deepEqual(new Set(shaped.groups.map((g) => g.count)), new Set([125])));
  test('a two-hop neighbourhood is small', () => {
    const local = getNeighbourhood(graph, graph.nodes[700]?.id ?? '');
    assert.ok(local.nodes.length > 1 && local.nodes.length < 100, String(local.nodes.length));
  });
});

describe('groupColor', () => {
  const rows: [number, string][] = [
    [0, GRAPH_PALETTE.light[0]],
    [MAX_COLORED_GROUPS, GRAPH_PALETTE.light[MAX_COLORED_GROUPS]],
    [99, GRAPH_PALETTE.light[MAX_COLORED_GROUPS]],
    [-1, GRAPH_PALETTE.light[0]],
  ];
  for (const [i, expected] of rows) test(`index ${i}`, () => assert.equal(groupColor('light', i), expected));
  test('both themes have a colour per group and one for the rest', () => {
    assert.equal(GRAPH_PALETTE.light.length, MAX_COLORED_GROUPS + 1);
    assert.equal(GRAPH_PALETTE.dark.length, MAX_COLORED_GROUPS + 1);
  });
});
