import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { visit } from 'unist-util-visit';

const repo = path.resolve(import.meta.dirname, '..');

test('patches/: unist-util-visit-parents no longer renames its visitor at every node (14 % of a render)', () => {
  const source = readFileSync(path.join(repo, 'node_modules/unist-util-visit-parents/lib/index.js'), 'utf8');
  assert.match(source, /xiaoji patch/, 'patch-package applied the patch (npm ci runs postinstall)');
  assert.doesNotMatch(source, /defineProperty\(visit, 'name', \{/);
  // Visiting is otherwise the same: every node in order, with its index and parent.
  const tree = {
    type: 'root',
    children: [{ type: 'a', children: [{ type: 'b' }] }, { type: 'c' }],
  };
  const seen: string[] = [];
  visit(tree, (node, index, parent) => {
    seen.push(`${node.type}:${index ?? '-'}:${parent?.type ?? '-'}`);
  });
  assert.deepEqual(seen, ['root:-:-', 'a:0:root', 'b:0:a', 'c:1:root']);
});

test('patches/: Contentlayer keeps four notes per core in flight, so the record workers never wait for it', () => {
  const source = readFileSync(
    path.join(repo, 'node_modules/@contentlayer2/source-files/dist/fetchData/fetchAllDocuments.js'),
    'utf8',
  );
  assert.match(source, /const concurrencyLimit = os\.cpus\(\)\.length \* 4;/);
});
