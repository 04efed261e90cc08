import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentStamp } from './content-dev';

const files = (entries: [string, number, number][]) =>
  new Map(entries.map(([p, mtimeMs, size]) => [p, { mtimeMs, size }]));

test('the content stamp names the files, not the order they were listed in', () => {
  const a = contentStamp(
    files([
      ['posts/a.md', 1, 10],
      ['posts/b.md', 2, 20],
    ]),
  );
  assert.equal(
    a,
    contentStamp(
      files([
        ['posts/b.md', 2, 20],
        ['posts/a.md', 1, 10],
      ]),
    ),
  );
  assert.match(a, /^[0-9a-f]{16}$/);
});

test('the content stamp changes with a file saved, resized, added, removed or renamed', () => {
  const base = contentStamp(
    files([
      ['posts/a.md', 1, 10],
      ['posts/b.md', 2, 20],
    ]),
  );
  const variants = [
    files([
      ['posts/a.md', 1.5, 10],
      ['posts/b.md', 2, 20],
    ]),
    files([
      ['posts/a.md', 1, 11],
      ['posts/b.md', 2, 20],
    ]),
    files([
      ['posts/a.md', 1, 10],
      ['posts/b.md', 2, 20],
      ['pages/about.md', 3, 5],
    ]),
    files([['posts/a.md', 1, 10]]),
    files([
      ['posts/c.md', 1, 10],
      ['posts/b.md', 2, 20],
    ]),
    // sums of times and sizes unchanged
    files([
      ['posts/a.md', 2, 20],
      ['posts/b.md', 1, 10],
    ]),
  ];
  const stamps = new Set(variants.map(contentStamp));
  assert.equal(stamps.size, variants.length);
  assert.ok(!stamps.has(base));
});
