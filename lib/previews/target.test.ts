import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPreviewTarget, type PreviewTarget } from './target';

const PAGE = 'https://example.com/posts/zhihu-notes-1/';

const rows: [string, string, string, PreviewTarget | null][] = [
  ['another post', '/posts/other/', PAGE, { url: 'https://example.com/posts/other/', section: null }],
  ['a relative link', '../other/', PAGE, { url: 'https://example.com/posts/other/', section: null }],
  [
    'a Chinese note with a heading',
    '/notes/%E6%95%B0%E5%AD%A6/%E7%BA%BF%E4%BB%A3/#%E7%9F%A9%E9%98%B5',
    PAGE,
    { url: 'https://example.com/notes/%E6%95%B0%E5%AD%A6/%E7%BA%BF%E4%BB%A3/', section: '矩阵' },
  ],
  ['a block id', '/notes/a/#^abc123', PAGE, { url: 'https://example.com/notes/a/', section: '^abc123' }],
  [
    'a bad escape in the fragment stays as written',
    '/notes/a/#%E7%9F',
    PAGE,
    { url: 'https://example.com/notes/a/', section: '%E7%9F' },
  ],
  [
    'under a base path',
    '/repo/posts/b/',
    'https://u.github.io/repo/posts/a/',
    { url: 'https://u.github.io/repo/posts/b/', section: null },
  ],
  ['the home page', '/', PAGE, { url: 'https://example.com/', section: null }],
  ['an in-page anchor', '#一核心底层逻辑', PAGE, null],
  ['the page itself', '/posts/zhihu-notes-1/', PAGE, null],
  ['another site', 'https://zhihu.com/question/1', PAGE, null],
  ['protocol-relative', '//cdn.example.com/x/', PAGE, null],
  ['an image', '/assets/img/a.png', PAGE, null],
  ['a PDF', '/notes/附件/讲义.pdf', PAGE, null],
  ['the feed', '/feed.xml', PAGE, null],
  ['mailto', 'mailto:a@example.com', PAGE, null],
  ['javascript', 'javascript:alert(1)', PAGE, null],
  [
    'a dotted folder name is still a page',
    '/notes/v1.2%20笔记/',
    PAGE,
    { url: 'https://example.com/notes/v1.2%20%E7%AC%94%E8%AE%B0/', section: null },
  ],
];

for (const [name, href, page, expected] of rows) {
  test(name, () => assert.deepEqual(findPreviewTarget(href, page), expected));
}
