import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { countWords, countWordsByScript, readingMinutes, type WordCounts } from './text-stats';

describe('countWordsByScript', () => {
  const rows: { input: string; expected: WordCounts }[] = [
    { input: '', expected: { cjk: 0, latin: 0 } },
    { input: '   \n\n ', expected: { cjk: 0, latin: 0 } },
    { input: '你好世界', expected: { cjk: 4, latin: 0 } },
    { input: 'Hello world', expected: { cjk: 0, latin: 2 } },
    { input: '你好 world', expected: { cjk: 2, latin: 1 } },
    { input: '我用Llama-3-8B做实验', expected: { cjk: 5, latin: 3 } },
    { input: "don't stop, it’s fine", expected: { cjk: 0, latin: 4 } },
    { input: '，。！？、；：“”（）《》', expected: { cjk: 0, latin: 0 } },
    { input: 'ＬＬＭ 模型', expected: { cjk: 2, latin: 1 } },
    { input: 'ひらがなカタカナ', expected: { cjk: 8, latin: 0 } },
    { input: '한국어 노트', expected: { cjk: 5, latin: 0 } },
    { input: '3.14 和 100%', expected: { cjk: 1, latin: 3 } },
    { input: '# 标题\n\n**粗体** _斜体_ ~~删除~~', expected: { cjk: 8, latin: 0 } },
    { input: '[链接](https://example.com/a-b-c)', expected: { cjk: 2, latin: 0 } },
    { input: '[link text](/posts/some-long-slug "title")', expected: { cjk: 0, latin: 2 } },
    { input: '![图片说明](/img/a-b.png) 文字', expected: { cjk: 2, latin: 0 } },
    {
      input: '![Desktop View](/posts/20190808/mockup.png){: width="972" height="589" }',
      expected: { cjk: 0, latin: 0 },
    },
    { input: '<https://example.com/path>', expected: { cjk: 0, latin: 0 } },
    { input: 'see https://example.com/a/b?c=d now', expected: { cjk: 0, latin: 2 } },
    { input: '[ref]: https://example.com/x "Title"\n文字', expected: { cjk: 2, latin: 0 } },
    { input: '<span class="note">你好</span>', expected: { cjk: 2, latin: 0 } },
    { input: '<kbd>Ctrl</kbd> + <kbd>C</kbd>', expected: { cjk: 0, latin: 2 } },
    { input: '<!-- 注释 comment -->正文', expected: { cjk: 2, latin: 0 } },
    { input: '<!-- never closed\n正文', expected: { cjk: 0, latin: 0 } },
    { input: '{% include embed/youtube.html id="x" %}你好', expected: { cjk: 2, latin: 0 } },
    { input: '{{ site.title }} 你好', expected: { cjk: 2, latin: 0 } },
    { input: '> 提示\n{: .prompt-tip }', expected: { cjk: 2, latin: 0 } },
    { input: '```python\nprint("hi")\n```', expected: { cjk: 0, latin: 2 } },
    { input: '~~~\n代码 code\n~~~', expected: { cjk: 2, latin: 1 } },
    { input: '`inline code` 和 text', expected: { cjk: 1, latin: 3 } },
    { input: '$$E = mc^2$$', expected: { cjk: 0, latin: 3 } },
    { input: '- 列表一\n- 列表二\n1. item', expected: { cjk: 6, latin: 2 } },
    { input: '| 表头 | head |\n|---|---|\n| 格 | cell |', expected: { cjk: 3, latin: 2 } },
  ];
  for (const { input, expected } of rows) {
    test(JSON.stringify(input), () => assert.deepEqual(countWordsByScript(input), expected));
  }
});

describe('countWords is the sum of both scripts', () => {
  const rows: { input: string; expected: number }[] = [
    { input: '', expected: 0 },
    { input: '你好 world', expected: 3 },
    { input: '我用Llama-3-8B做实验', expected: 8 },
    { input: 'The quick brown fox.', expected: 4 },
    { input: '摆脱“预训练大模型=LLM研究”的误区', expected: 14 },
  ];
  for (const { input, expected } of rows)
    test(JSON.stringify(input), () => assert.equal(countWords(input), expected));
});

describe('readingMinutes (400 CJK characters or 200 words a minute, rounded, at least 1)', () => {
  const rows: { input: string | WordCounts; expected: number }[] = [
    { input: '', expected: 1 },
    { input: { cjk: 0, latin: 0 }, expected: 1 },
    { input: { cjk: 1, latin: 0 }, expected: 1 },
    { input: { cjk: 400, latin: 0 }, expected: 1 },
    { input: { cjk: 799, latin: 0 }, expected: 2 },
    { input: { cjk: 1000, latin: 0 }, expected: 3 },
    { input: { cjk: 0, latin: 200 }, expected: 1 },
    { input: { cjk: 0, latin: 1000 }, expected: 5 },
    { input: { cjk: 2000, latin: 600 }, expected: 8 },
    { input: '字'.repeat(4000), expected: 10 },
    { input: 'word '.repeat(1000), expected: 5 },
    { input: `${'字'.repeat(2000)} ${'word '.repeat(600)}`, expected: 8 },
  ];
  for (const { input, expected } of rows) {
    const name = typeof input === 'string' ? `${input.length} characters of text` : JSON.stringify(input);
    test(name, () => assert.equal(readingMinutes(input), expected));
  }
});

describe('the seed note', () => {
  const text = readFileSync(
    path.resolve(import.meta.dirname, '../content/posts/2025-11-28-zhihu-notes-1.md'),
    'utf8',
  );
  const body = text.slice(text.indexOf('\n---\n') + 5);
  const rows: { name: string; check: () => void }[] = [
    {
      name: 'counts thousands of Chinese characters',
      check: () => assert.ok(countWordsByScript(body).cjk > 2000),
    },
    { name: 'counts the English terms', check: () => assert.ok(countWordsByScript(body).latin > 100) },
    {
      name: 'reads in a handful of minutes',
      check: () => assert.ok(readingMinutes(body) >= 5 && readingMinutes(body) <= 15),
    },
    {
      name: 'string and counts give the same minutes',
      check: () => assert.equal(readingMinutes(body), readingMinutes(countWordsByScript(body))),
    },
  ];
  for (const { name, check } of rows) test(name, check);
});

describe('large input stays linear', () => {
  const rows: { name: string; input: string }[] = [
    { name: '5 MB of Chinese', input: '中'.repeat(5_000_000) },
    { name: 'many unclosed tags', input: '<a '.repeat(200_000) },
    { name: 'many unclosed comments', input: '<!-- '.repeat(200_000) },
    { name: 'many unclosed links', input: '](x '.repeat(200_000) },
    { name: 'many unclosed liquid tags', input: '{% '.repeat(200_000) },
  ];
  for (const { name, input } of rows) {
    test(name, () => {
      const started = performance.now();
      countWords(input);
      assert.ok(performance.now() - started < 3000, 'took more than 3 s');
    });
  }
});
