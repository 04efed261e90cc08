import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findLoadAssets, type LoadAssets, weighPage } from './page-weight';

const rows: { name: string; html: string; expected: LoadAssets }[] = [
  {
    name: 'Next 16 head: async scripts kept, noModule polyfill dropped',
    html:
      '<head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/p.js"/>' +
      '<script src="/_next/static/chunks/1.js" async=""></script>' +
      '<script src="/_next/static/chunks/poly.js" noModule=""></script></head>' +
      '<body><script src="/_next/static/chunks/p.js" async=""></script></body>',
    expected: {
      scripts: ['/_next/static/chunks/1.js', '/_next/static/chunks/p.js'],
      styles: ['/_next/static/chunks/a.css'],
    },
  },
  {
    name: 'a preload alone is not run',
    html: '<link rel="preload" as="script" href="/x.js"><link rel="modulepreload" href="/m.js">',
    expected: { scripts: [], styles: [] },
  },
  {
    name: 'inline scripts and JSON-LD are not counted',
    html:
      '<script>self.__next_f=[]</script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="application/json" src="/data.json"></script>',
    expected: { scripts: [], styles: [] },
  },
  {
    name: 'module and classic types, any attribute order and quoting, duplicates once',
    html:
      "<script type=module src='/m.js'></script><SCRIPT defer SRC=/c.js></SCRIPT>" +
      '<script type="text/javascript" src="/c.js"></script>',
    expected: { scripts: ['/m.js', '/c.js'], styles: [] },
  },
  {
    name: 'nomodule in any case, with or without a value',
    html: '<script nomodule src="/a.js"></script><script NOMODULE="" src="/b.js"></script>',
    expected: { scripts: [], styles: [] },
  },
  {
    name: 'rel lists and entity-encoded hrefs',
    html: '<link rel="preload stylesheet" href="/a.css?v=1&amp;b=2"><link rel="icon" href="/i.svg">',
    expected: { scripts: [], styles: ['/a.css?v=1&b=2'] },
  },
  {
    name: 'CJK page text does not confuse the scanner',
    html: '<p>小记：<code>&lt;script src="/fake.js"&gt;</code></p><script src="/real.js"></script>',
    expected: { scripts: ['/real.js'], styles: [] },
  },
];

for (const row of rows) {
  test(`findLoadAssets: ${row.name}`, () => {
    assert.deepEqual(findLoadAssets(row.html), row.expected);
  });
}

test('weighPage sums raw and gzip sizes per file', async () => {
  const files: Record<string, string> = {
    '/': '<script src="/a.js"></script><script src="/b.js"></script><link rel="stylesheet" href="/s.css">',
    '/a.js': 'console.log(1);'.repeat(100),
    '/b.js': 'x',
    '/s.css': 'body{color:red}',
  };
  const weight = await weighPage('/', async (url) => new TextEncoder().encode(files[url] ?? ''));
  assert.equal(weight.js.raw, 1501);
  assert.equal(weight.scripts.length, 2);
  assert.equal(
    weight.js.gzip,
    weight.scripts.reduce((n, s) => n + s.gzip, 0),
  );
  assert.ok(weight.js.gzip < weight.js.raw);
  assert.deepEqual(
    weight.styles.map((s) => s.url),
    ['/s.css'],
  );
  assert.equal(weight.html.raw, files['/']?.length);
});
