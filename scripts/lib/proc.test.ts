import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forkedNotExeced } from './proc';

test('a child between fork and exec is told from a started one by its command line', () => {
  const cases: [child: string, parent: string, forked: boolean][] = [
    // Next's main process has set its title; a static worker not yet exec'd still shows it.
    ['next-build (v16.4.6)', 'next-build (v16.4.6)', true],
    ['node /x/node_modules/next/dist/bin/next build', 'node /x/node_modules/next/dist/bin/next build', true],
    // After exec: the worker's own command line.
    ['/usr/bin/node /x/next/dist/compiled/jest-worker/processChild.js', 'next-build (v16.4.6)', false],
    ['sh -c tsx scripts/build.ts', 'node /usr/bin/npm run build', false],
    // A process that is gone (or a zombie) reads as empty: counted as it is (its RSS is 0 then).
    ['', '', false],
  ];
  for (const [child, parent, forked] of cases) assert.equal(forkedNotExeced(child, parent), forked, child);
});
