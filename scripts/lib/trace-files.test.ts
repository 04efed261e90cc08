import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { addTracedFiles } from './trace-files';

describe('addTracedFiles', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'xiaoji-trace-'));
  after(() => rmSync(dist, { recursive: true, force: true }));
  const trace = 'server/app/moved/[...path]/route.js.nft.json';
  const extra = [{ trace, files: ['server/app/_not-found.html'] }];
  mkdirSync(path.join(dist, 'server/app/moved/[...path]'), { recursive: true });
  writeFileSync(path.join(dist, trace), JSON.stringify({ version: 1, files: ['../../../../../a.json'] }));
  writeFileSync(path.join(dist, 'server/app/_not-found.html'), '<html>404</html>');
  const read = () =>
    JSON.parse(readFileSync(path.join(dist, trace), 'utf8')) as { version: number; files: string[] };

  test('adds the file relative to the trace, once, keeping the rest', () => {
    addTracedFiles(dist, extra);
    addTracedFiles(dist, extra);
    assert.deepEqual(read(), { version: 1, files: ['../../../../../a.json', '../../_not-found.html'] });
  });

  test('a missing trace or file is an error naming it', () => {
    assert.throws(
      () => addTracedFiles(dist, [{ trace: 'server/app/gone.js.nft.json', files: [] }]),
      /gone\.js\.nft\.json: no such trace/,
    );
    assert.throws(
      () => addTracedFiles(dist, [{ trace, files: ['server/app/none.html'] }]),
      /none\.html: missing/,
    );
  });
});
