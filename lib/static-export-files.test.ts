import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  movePagination,
  redirectFile,
  redirectPageHtml,
  removePlaceholders,
  writeExportFiles,
} from './static-export-files';

test('redirectFile', () => {
  for (const [from, expected] of [
    ['/old/', 'old/index.html'],
    ['/old', 'old/index.html'],
    ['/2020/05/01/post.html', '2020/05/01/post.html'],
    ['/旧文章/', '旧文章/index.html'],
    ['/%E6%97%A7/', '旧/index.html'],
    ['/old/?x=1', 'old/index.html'],
    ['/', null],
    ['/../etc/', null],
    ['/a/./b', null],
  ] as const)
    assert.equal(redirectFile(from), expected, from);
});

const PAGE = {
  href: '/blog/posts/%E6%96%B0/',
  canonical: 'https://a.github.io/blog/posts/新/',
  lang: 'zh-CN',
  title: '页面已移动',
  text: '已移到：',
};

test('a redirect page refreshes to the post and names it canonical', () => {
  const html = redirectPageHtml(PAGE);
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/blog\/posts\/%E6%96%B0\/">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/a\.github\.io\/blog\/posts\/新\/">/);
  assert.match(html, /<html lang="zh-CN">/);
});

test('writeExportFiles writes .nojekyll and the pages, never over a page of the site', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'xiaoji-export-'));
  try {
    mkdirSync(path.join(out, 'about'));
    writeFileSync(path.join(out, 'about/index.html'), 'about');
    const result = writeExportFiles(out, [
      { from: '/old/', page: PAGE },
      { from: '/about/', page: PAGE },
      { from: '/', page: PAGE },
    ]);
    assert.equal(result.written, 1);
    assert.equal(result.warnings.length, 2);
    assert.match(result.warnings[0] ?? '', /"\/about\/": out\/about\/index.html is a page/);
    assert.equal(readFileSync(path.join(out, 'about/index.html'), 'utf8'), 'about');
    assert.match(readFileSync(path.join(out, 'old/index.html'), 'utf8'), /http-equiv="refresh"/);
    assert.equal(readFileSync(path.join(out, '.nojekyll'), 'utf8'), '');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('removePlaceholders removes the pages of routes without pages, nothing else', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'xiaoji-export-'));
  try {
    mkdirSync(path.join(out, 'tags/__xiaoji-no-page__'), { recursive: true });
    writeFileSync(path.join(out, 'tags/__xiaoji-no-page__/index.html'), '404');
    mkdirSync(path.join(out, 'tags/知乎'), { recursive: true });
    writeFileSync(path.join(out, 'tags/知乎/index.html'), 'tag');
    writeFileSync(path.join(out, '__xiaoji-no-page__.txt'), 'rsc');
    mkdirSync(path.join(out, 'page/__xiaoji-no-page__'), { recursive: true });
    assert.equal(removePlaceholders(out), 3);
    assert.equal(existsSync(path.join(out, 'page')), false);
    assert.equal(readFileSync(path.join(out, 'tags/知乎/index.html'), 'utf8'), 'tag');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("movePagination puts the home list's pages at Chirpy's /page2/", () => {
  const out = mkdtempSync(path.join(tmpdir(), 'xiaoji-export-'));
  try {
    for (const n of ['2', '3']) {
      mkdirSync(path.join(out, 'page', n), { recursive: true });
      writeFileSync(path.join(out, 'page', n, 'index.html'), `page ${n}`);
    }
    assert.equal(movePagination(out), 2);
    assert.equal(readFileSync(path.join(out, 'page3/index.html'), 'utf8'), 'page 3');
    assert.equal(existsSync(path.join(out, 'page')), false);
    assert.equal(movePagination(out), 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
