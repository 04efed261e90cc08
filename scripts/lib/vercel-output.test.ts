import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import {
  headersFor,
  listFunctions,
  outputName,
  pageOutput,
  phaseRoutesTo,
  type Route,
  redirectFor,
  rewriteFor,
  sitemapPaths,
  unexplainedWarnings,
} from './vercel-output';

// Shaped like what `vercel build` writes for next.config.ts's redirects, headers and rewrites.
const ROUTES: Route[] = [
  {
    src: '^(?!/_next)(?:/((?!\\.well-known(?:/.*)?)(?!posts/)(?:[^/]+/)*[^/]+\\.\\w+))/(?:/)?$',
    headers: { Location: '/$1' },
    status: 308,
    continue: true,
  },
  {
    src: '^(?!/_next)(?:/((?!.*/$)(?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/\\.]+))(?:/)?$',
    headers: { Location: '/$1/' },
    status: 308,
    continue: true,
  },
  {
    src: '^(?:/(.*))(?:/)?$',
    headers: { 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' },
    continue: true,
  },
  { src: '/404/?', status: 404, continue: true },
  { src: '^(?!/_next)/page(?:/(\\d+))/(?:/)?$', headers: { Location: '/page$1/' }, status: 308 },
  { handle: 'filesystem' },
  { src: '^/after-filesystem/$', headers: { Location: '/never/' }, status: 308 },
  {
    src: '^/page(\\d+)(?:/)?(?<rscsuff>\\.rsc|\\.segments/.+\\.segment\\.rsc)?$',
    dest: '/page/$1/$rscsuff',
    check: true,
  } as Route,
  { handle: 'resource' },
  { src: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', dest: '/moved/$1', continue: true },
  { handle: 'error' },
  { src: '/.*', dest: '/404', status: 404 },
];

describe('redirectFor', () => {
  const table: [string, { status: number; location: string } | null][] = [
    ['/posts/小记', { status: 308, location: '/posts/小记/' }],
    ['/posts/小记/', null],
    ['/feed.xml/', { status: 308, location: '/feed.xml' }],
    ['/feed.xml', null],
    ['/page/3/', { status: 308, location: '/page3/' }],
    ['/.well-known/x', null],
    // Routes after `handle: filesystem` are not redirects a request meets first.
    ['/after-filesystem/', null],
  ];
  for (const [from, to] of table) test(from, () => assert.deepEqual(redirectFor(ROUTES, from), to));
});

describe('rewriteFor', () => {
  const table: [string, string | null][] = [
    ['/page2/', '/page/2/'],
    ['/page12', '/page/12/'],
    ['/page2.rsc', '/page/2/.rsc'],
    ['/pages/', null],
    ['/2019/old-post/', null],
  ];
  for (const [from, to] of table) test(from, () => assert.equal(rewriteFor(ROUTES, from), to));
});

describe('headersFor', () => {
  test('every path gets the header route', () => {
    for (const p of ['/', '/tags/%E7%9F%A5%E4%B9%8E/', '/feed.xml'])
      assert.deepEqual(headersFor(ROUTES, p), {
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
      });
  });
  test('redirect and status routes add none', () => {
    assert.deepEqual(headersFor([{ src: '^/a$', headers: { Location: '/b' }, status: 308 }], '/a'), {});
  });
});

describe('phaseRoutesTo', () => {
  const table: [string, string, string, boolean][] = [
    ['resource', '/2019/old-post/', '/moved/$1', true],
    ['error', '/no-such-page/', '/404', true],
    ['error', '/no-such-page/', '/500', false],
    ['rewrite', '/x/', '/moved/$1', false],
  ];
  for (const [phase, p, dest, want] of table)
    test(`${phase} ${p} → ${dest}`, () => assert.equal(phaseRoutesTo(ROUTES, phase, p, dest), want));
});

describe('outputName', () => {
  const table: [string, string][] = [
    ['/', 'index'],
    ['/posts/zhihu-notes-1/', 'posts/zhihu-notes-1'],
    ['/tags/%E7%9F%A5%E4%B9%8E/', 'tags/知乎'],
    ['/feed.xml', 'feed.xml'],
  ];
  for (const [p, name] of table) test(p, () => assert.equal(outputName(p), name));
});

test('sitemapPaths', () => {
  const xml =
    '<urlset><url><loc>https://例子.example/</loc></url><url><loc> https://x.example/tags/%E7%9F%A5/ </loc></url></urlset>';
  assert.deepEqual(sitemapPaths(xml), ['/', '/tags/%E7%9F%A5/']);
});

describe('unexplainedWarnings', () => {
  test('known harmless lines pass, others are returned', () => {
    const log = [
      'Vercel CLI 58.10.0',
      'WARNING! Build not running on Vercel. System environment variables will not be available.',
      'Warning: Detected "engines": { "node": ">=20.9" } in your `package.json` that will automatically upgrade when a new major Node.js Version is released.',
      'WARNING: You should not upload the `.next` directory.',
      'warning: .e2e/fixture/notes/链接/链接总览.md:19: link: [[不存在的笔记]] matches no note',
      'warning: the build cache is cold',
      ' ⚠ Using edge runtime on a page currently disables static generation for that page',
      'WARNING: Unable to find source file for page middleware with extensions: tsx, ts',
      'Tracing initial Next.js server files due to missing build trace: 51.111s',
      'Build Completed in .vercel/output [45s]',
    ].join('\n');
    assert.deepEqual(unexplainedWarnings(log), [
      'warning: the build cache is cold',
      '⚠ Using edge runtime on a page currently disables static generation for that page',
      'WARNING: Unable to find source file for page middleware with extensions: tsx, ts',
      'Tracing initial Next.js server files due to missing build trace: 51.111s',
    ]);
  });
});

describe('an output folder', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xiaoji-vercel-output-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('static/404.html', '<html></html>');
  write('static/feed.xml', '<feed/>');
  const fnConfig = JSON.stringify({
    handler: 'launcher.cjs',
    operationType: 'ISR',
    filePathMap: { 'a.json': 'a.json' },
  });
  write('functions/posts/[slug].func/.vc-config.json', fnConfig);
  symlinkSync('[slug].func', path.join(dir, 'functions/posts/小记.func'));
  symlinkSync('[slug].func', path.join(dir, 'functions/posts/no-fallback.func'));
  write(
    'functions/posts/小记.prerender-config.json',
    JSON.stringify({ type: 'Prerender', fallback: { fsPath: '小记.prerender-fallback.html' } }),
  );
  write('functions/posts/小记.prerender-fallback.html', '<html>小记</html>');
  write(
    'functions/posts/no-fallback.prerender-config.json',
    JSON.stringify({ type: 'Prerender', fallback: null }),
  );

  test('pages: static, prerendered, missing', () => {
    assert.equal(pageOutput(dir, '/404').kind, 'static');
    assert.equal(pageOutput(dir, '/feed.xml').kind, 'static');
    assert.deepEqual(pageOutput(dir, '/posts/%E5%B0%8F%E8%AE%B0/'), {
      kind: 'prerender',
      fallback: path.join(dir, 'functions/posts/小记.prerender-fallback.html'),
      status: 200,
    });
    assert.equal(pageOutput(dir, '/posts/no-fallback/').kind, 'missing');
    assert.equal(pageOutput(dir, '/posts/none/').kind, 'missing');
  });

  test('functions: symlinked names share one folder', () => {
    const fns = listFunctions(dir);
    assert.deepEqual(
      fns.map((f) => f.name),
      ['posts/[slug]', 'posts/no-fallback', 'posts/小记'],
    );
    assert.equal(new Set(fns.map((f) => f.dir)).size, 1);
    assert.deepEqual(fns[0]?.config.filePathMap, { 'a.json': 'a.json' });
  });
});
