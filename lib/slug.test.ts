import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeSlug, slugFromFileName } from './slug';

describe('slugFromFileName', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'content/posts/2025-11-28-zhihu-notes-1.md', expected: 'zhihu-notes-1' },
    { input: '2019-08-08-text-and-typography.md', expected: 'text-and-typography' },
    { input: '2025-01-01-我的 笔记!.md', expected: '我的-笔记' },
    { input: '2025-01-01-LLM：大模型（入门）.md', expected: 'llm-大模型-入门' },
    { input: '2025-01-01-知乎，小记。.md', expected: '知乎-小记' },
    { input: '2025-01-01-日本語とカタカナ.md', expected: '日本語とカタカナ' },
    { input: '2025-01-01-한국어 노트.md', expected: '한국어-노트' },
    { input: '2025-01-01-ＬＬＭ.md', expected: 'ｌｌｍ' },
    { input: 'posts/sub/2025-01-01-Hello World.markdown', expected: 'hello-world' },
    { input: '2025-01-01-Hello_World.mdx', expected: 'hello-world' },
    { input: '2025-01-01-x.MD', expected: 'x' },
    { input: '2025-1-5-short-date.md', expected: 'short-date' },
    { input: '2025-01-01---a--b--.md', expected: 'a-b' },
    { input: '2025-01-01-C++ 与 C#.md', expected: 'c-与-c' },
    { input: '2025-01-01-version 1.2.md', expected: 'version-1-2' },
    { input: '2025-01-01-emoji 🎉 note.md', expected: 'emoji-note' },
    { input: '2025-01-01-cafe\u0301.md', expected: 'caf\u00e9' },
    { input: '2025-01-01-Ünïcödé Straße.md', expected: 'ünïcödé-straße' },
    { input: '2025-01-01-第1章.md', expected: '第1章' },
    { input: '2025-01-01-!!!.md', expected: '2025-01-01' },
    { input: '2025-01-01-.md', expected: '2025-01-01' },
    { input: '2025-01-01-！？。.md', expected: '2025-01-01' },
    { input: '!!!.md', expected: 'note' },
    { input: '', expected: 'note' },
    { input: 'about.md', expected: 'about' },
    { input: '2025-11-28.md', expected: '2025-11-28' },
    { input: 'notes.txt', expected: 'notes-txt' },
    { input: 'C:\\blog\\posts\\2025-01-01-windows.md', expected: 'windows' },
    { input: '2025-01-01-</script>.md', expected: 'script' },
  ];
  for (const { input, expected } of rows)
    test(input || '(empty)', () => assert.equal(slugFromFileName(input), expected));
});

describe('normalizeSlug', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'Hello World', expected: 'hello-world' },
    { input: 'already-a-slug', expected: 'already-a-slug' },
    { input: '  我的 笔记 ', expected: '我的-笔记' },
    { input: '第1章：开始', expected: '第1章-开始' },
    { input: '「引号」与《书名》', expected: '引号-与-书名' },
    { input: 'A/B/C', expected: 'a-b-c' },
    { input: 'UPPER_lower', expected: 'upper-lower' },
    { input: '　全角空格　', expected: '全角空格' },
    { input: '100%', expected: '100' },
    { input: '</script>', expected: 'script' },
    { input: '!!!', expected: '' },
    { input: '', expected: '' },
    { input: '   ', expected: '' },
  ];
  for (const { input, expected } of rows)
    test(JSON.stringify(input), () => assert.equal(normalizeSlug(input), expected));
});
