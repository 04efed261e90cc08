import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createStaticServer } from './static-server';

const out = mkdtempSync(path.join(tmpdir(), 'xiaoji-static-'));
const server = createStaticServer(out, '/blog');
let origin = '';

before(async () => {
  mkdirSync(path.join(out, 'posts/文章'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), 'home');
  writeFileSync(path.join(out, 'posts/文章/index.html'), 'post');
  writeFileSync(path.join(out, 'feed.xml'), '<feed/>');
  writeFileSync(path.join(out, 'about.html'), 'about');
  writeFileSync(path.join(out, '404.html'), 'missing');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.close();
  rmSync(out, { recursive: true, force: true });
});

test('answers as GitHub Pages does', async () => {
  for (const [url, status, body, location] of [
    ['/blog/', 200, 'home', null],
    ['/blog/posts/%E6%96%87%E7%AB%A0/', 200, 'post', null],
    ['/blog/posts/%E6%96%87%E7%AB%A0', 301, null, '/blog/posts/%E6%96%87%E7%AB%A0/'],
    ['/blog/feed.xml', 200, '<feed/>', null],
    ['/blog/about', 200, 'about', null],
    ['/blog/nothing/', 404, 'missing', null],
    ['/posts/%E6%96%87%E7%AB%A0/', 404, 'missing', null],
    ['/blog/../etc/passwd', 404, 'missing', null],
    ['/blog/%E0%A4%A', 404, 'missing', null],
  ] as const) {
    const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
    assert.equal(response.status, status, url);
    if (body !== null) assert.equal(await response.text(), body, url);
    if (location !== null) assert.equal(response.headers.get('location'), location, url);
  }
  const feed = await fetch(`${origin}/blog/feed.xml`);
  assert.match(feed.headers.get('content-type') ?? '', /^application\/xml/);
});
