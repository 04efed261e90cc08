import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportDir, readBasePath, readOutputMode, withBasePath } from './static-export';

test('readOutputMode', () => {
  for (const [input, expected] of [
    [undefined, 'server'],
    ['', 'server'],
    ['server', 'server'],
    ['export', 'export'],
    [' export ', 'export'],
  ] as const)
    assert.equal(readOutputMode(input), expected, String(input));
  assert.throws(() => readOutputMode('static'), /XIAOJI_OUTPUT: expected "export".*"static"/);
});

test('readBasePath', () => {
  for (const [input, expected] of [
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['/repo', '/repo'],
    ['repo', '/repo'],
    ['/repo/', '/repo'],
    ['/a/b.c', '/a/b.c'],
  ] as const)
    assert.equal(readBasePath(input), expected, String(input));
  for (const bad of ['/a b', '/a//b', '/..', '/a?x', '/博客'])
    assert.throws(() => readBasePath(bad), /XIAOJI_BASE_PATH: expected a URL path/, bad);
});

test('withBasePath', () => {
  for (const [path, base, expected] of [
    ['/feed.xml', '/repo', '/repo/feed.xml'],
    ['/', '/repo', '/repo/'],
    ['/feed.xml', '', '/feed.xml'],
    ['//cdn.example.com/x.js', '/repo', '//cdn.example.com/x.js'],
    ['https://example.com/x', '/repo', 'https://example.com/x'],
    ['#top', '/repo', '#top'],
    ['../x/', '/repo', '../x/'],
  ] as const)
    assert.equal(withBasePath(path, base), expected, `${path} ${base}`);
});

test('exportDir: out/, or the dist dir Next then writes the export to', () => {
  assert.equal(exportDir('.next'), 'out');
  assert.equal(exportDir('.next-e2e-export'), '.next-e2e-export');
});
