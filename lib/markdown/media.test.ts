import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveMediaPath } from './media';

const rows: { path: string; subpath: string | null; expected: string }[] = [
  { path: 'a.png', subpath: '/posts/20180809', expected: '/posts/20180809/a.png' },
  { path: 'a.png', subpath: '/posts/20180809/', expected: '/posts/20180809/a.png' },
  { path: 'a.png', subpath: 'posts/x', expected: '/posts/x/a.png' },
  { path: './a.png', subpath: '/m', expected: '/m/a.png' },
  { path: '../a.png', subpath: '/m/n', expected: '/m/a.png' },
  { path: 'a.png', subpath: null, expected: '/a.png' },
  { path: 'img/图片 1.png', subpath: null, expected: '/img/图片 1.png' },
  { path: 'a.png?v=1#x', subpath: '/m', expected: '/m/a.png?v=1#x' },
  { path: '/abs.png', subpath: '/m', expected: '/abs.png' },
  { path: 'https://cdn.example.com/a.png', subpath: '/m', expected: 'https://cdn.example.com/a.png' },
  { path: '//cdn.example.com/a.png', subpath: '/m', expected: '//cdn.example.com/a.png' },
  { path: 'data:image/png;base64,AA', subpath: '/m', expected: 'data:image/png;base64,AA' },
  {
    path: 'a.png',
    subpath: 'https://cdn.example.com/posts',
    expected: 'https://cdn.example.com/posts/a.png',
  },
  { path: 'bad%zz.png', subpath: null, expected: '/bad%zz.png' },
  { path: '', subpath: '/m', expected: '' },
];

test('resolveMediaPath: media_subpath, then the site root', () => {
  for (const row of rows)
    assert.equal(resolveMediaPath(row.path, row.subpath), row.expected, JSON.stringify(row));
});
