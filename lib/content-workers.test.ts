import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { buildContentRecord } from './content-build';
import { createRecordPool } from './content-workers';
import { readRenderedHtml } from './page-body';
import { readPreparedSearch } from './search/prepared';

const repo = path.resolve(import.meta.dirname, '..');
const seed = 'posts/2025-11-28-zhihu-notes-1.md';

test('the worker pool builds the same record as this thread, body HTML included', async () => {
  const pool = createRecordPool(repo, 2);
  const [fromWorker, again] = await Promise.all([pool.build(seed), pool.build(seed)]);
  const here = await buildContentRecord(seed);
  assert.deepEqual(fromWorker, here);
  assert.deepEqual(again, here);
  assert.ok(here.rendered, 'the seed note is rendered');
  assert.match(readRenderedHtml(here.rendered) ?? '', /<h2 id=/, 'its HTML is stored with its headings');
  assert.equal(here.rendered?.pageUrl, '/posts/zhihu-notes-1/');
  // A file gone since (a cleaned folder under a kept Contentlayer cache): the page renders it again.
  assert.equal(readRenderedHtml({ ...here.rendered, file: 'gone.html' }), null);
  // Its search data, for the index route: sections under the rendered headings' ids.
  const search = here.search ? readPreparedSearch(here.search) : null;
  assert.ok(search, 'the seed note has stored search data');
  const ids = new Set(here.toc.map((entry) => entry.id));
  assert.ok(
    search.sections.some(([id]) => ids.has(id)),
    'its sections carry the headings’ ids',
  );
  assert.ok(search.terms.text.length > 100, 'and the terms of its text');
});

test('a job that fails names its note, and the pool goes on with the next one', async () => {
  const pool = createRecordPool(repo, 1);
  await assert.rejects(pool.build('posts/no-such-note.md'), /posts\/no-such-note\.md: .*ENOENT/);
  assert.equal((await pool.build(seed)).slug, 'zhihu-notes-1');
});

test('records built ahead are the ones handed out; a note never asked for fails quietly', async () => {
  const pool = createRecordPool(repo, 2);
  pool.prefetch(['posts/no-such-note.md', seed, 'pages/no-such-page.md']);
  const here = await buildContentRecord(seed);
  assert.deepEqual(await pool.build(seed), here);
  // Asked for after its prefetch failed: the failure is reported to the one who asks.
  await assert.rejects(pool.build('posts/no-such-note.md'), /posts\/no-such-note\.md: .*ENOENT/);
  // Asked for again, a note is built again (a later version of it in dev).
  assert.deepEqual(await pool.build(seed), here);
});
