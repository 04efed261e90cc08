import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultSlug,
  noteFileTitle,
  noteFolders,
  noteFolderUrl,
  noteUrl,
  postUrl,
  prettySlug,
  sanitizeJekyllPath,
  slugFromFileName,
  urlLookupKey,
} from './slug';

// Expected values are what Jekyll 4 gives: `:title` is Utils.slugify(name, mode: "pretty", cased: true)
// of the file name without its date and extension (trailing periods dropped first).
describe('slugFromFileName (Jekyll :title)', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'content/posts/2025-11-28-zhihu-notes-1.md', expected: 'zhihu-notes-1' },
    { input: '2021-03-02-Attention-Is-All-You-Need.md', expected: 'Attention-Is-All-You-Need' },
    { input: '2020-05-01-python-numpy.ndarray.md', expected: 'python-numpy.ndarray' },
    { input: '2020-05-01-v1.2.3..md', expected: 'v1.2.3' },
    { input: '2025-01-01-Hello World.markdown', expected: 'Hello-World' },
    { input: '2025-01-01-我的 笔记!.md', expected: '我的-笔记!' },
    { input: '2024-01-16-Hello World! 你好 (2).md', expected: 'Hello-World!-你好-(2)' },
    { input: '2025-01-01-Q&A.md', expected: 'Q&A' },
    { input: '2025-01-01-C++ 与 C#.md', expected: 'C++-与-C' },
    { input: "2025-01-01-it's_a~test@home.md", expected: "it's_a~test@home" },
    { input: '2025-01-01-a=b;c,d$e.md', expected: 'a=b;c,d$e' },
    { input: '2025-01-01-100%.md', expected: '100' },
    { input: '2025-01-01-LLM：大模型（入门）.md', expected: 'LLM-大模型-入门' },
    { input: '2025-01-01-知乎，小记。.md', expected: '知乎-小记' },
    { input: '2025-01-01-「引号」与《书名》.md', expected: '引号-与-书名' },
    { input: '2025-01-01-ＬＬＭ.md', expected: 'ＬＬＭ' },
    { input: '2025-01-01-emoji 🎉 note.md', expected: 'emoji-note' },
    { input: '2025-01-01-日本語とカタカナ.md', expected: '日本語とカタカナ' },
    { input: '2025-01-01-第1章.md', expected: '第1章' },
    // Only decimal digits (\p{Nd}) count: ① and 〇 are other numbers.
    { input: '2025-01-01-第①〇章.md', expected: '第-章' },
    { input: '2025-01-01-cafe\u0301.md', expected: 'cafe\u0301' },
    { input: '2025-01-01---a--b--.md', expected: 'a-b' },
    { input: '2025-01-01-Hello_World.mdx', expected: 'Hello_World' },
    { input: '2025-1-5-short-date.md', expected: 'short-date' },
    { input: '2025-01-01-</script>.md', expected: 'script' },
    // All punctuation: the pretty set survives, anything else leaves nothing.
    { input: '2025-01-01-!!!.md', expected: '!!!' },
    { input: '2025-01-01-！？。.md', expected: '' },
    { input: '2025-01-01-.md', expected: '' },
    { input: '2025-01-01-....md', expected: '' },
    // Without a date Jekyll uses the name without its extension.
    { input: 'about.md', expected: 'about' },
    { input: '2025-11-28.md', expected: '2025-11-28' },
    { input: 'C:\\blog\\posts\\2025-01-01-windows.md', expected: 'windows' },
  ];
  for (const { input, expected } of rows)
    test(input || '(empty)', () => assert.equal(slugFromFileName(input), expected));

  test('slug: replaces the file name part and is slugified the same way', () => {
    assert.equal(slugFromFileName('2025-01-01-x.md', '我的 新名字'), '我的-新名字');
    assert.equal(slugFromFileName('2025-01-01-x.md', 'Keep.Case'), 'Keep.Case');
  });
});

describe('prettySlug and defaultSlug', () => {
  const rows: { input: string; pretty: string; plain: string }[] = [
    { input: ' Q*bert says _@!#?@!', pretty: 'Q-bert-says-_@!-@!', plain: 'q-bert-says' },
    { input: 'The _config.yml file', pretty: 'The-_config.yml-file', plain: 'the-config-yml-file' },
    { input: '机器学习', pretty: '机器学习', plain: '机器学习' },
    { input: 'Deep Learning', pretty: 'Deep-Learning', plain: 'deep-learning' },
    { input: 'C++', pretty: 'C++', plain: 'c' },
    { input: '++', pretty: '++', plain: '' },
    { input: '', pretty: '', plain: '' },
  ];
  for (const { input, pretty, plain } of rows)
    test(JSON.stringify(input), () => {
      assert.equal(prettySlug(input), pretty);
      assert.equal(defaultSlug(input), plain);
    });
});

describe('postUrl', () => {
  const rows: { fields: Parameters<typeof postUrl>[0]; expected: string }[] = [
    { fields: { title: 'Attention-Is-All-You-Need' }, expected: '/posts/Attention-Is-All-You-Need/' },
    { fields: { title: '中文标题' }, expected: '/posts/中文标题/' },
    { fields: { title: '' }, expected: '/posts/' },
    // Jekyll's sanitize_url turns `..` into `/`.
    { fields: { title: 'a..b' }, expected: '/posts/a/b/' },
    { fields: { title: 'x', permalink: '/2021/hello/' }, expected: '/2021/hello/' },
    { fields: { title: 'x', permalink: '/2021/hello' }, expected: '/2021/hello/' },
    { fields: { title: 'x', permalink: '/old/x.html' }, expected: '/old/x.html' },
    {
      fields: { title: 'Hi', permalink: '/:year/:month/:title/', day: '2021-03-02' },
      expected: '/2021/03/Hi/',
    },
    { fields: { title: 'x', permalink: '//a//b/' }, expected: '/a/b/' },
  ];
  for (const { fields, expected } of rows)
    test(JSON.stringify(fields), () => assert.equal(postUrl(fields), expected));

  test('sanitizeJekyllPath', () => {
    assert.equal(sanitizeJekyllPath('/posts/x./'), '/posts/x');
    assert.equal(postUrl({ title: 'x.' }), '/posts/x/');
    assert.equal(sanitizeJekyllPath('posts//y/'), '/posts/y/');
  });
});

describe('urlLookupKey', () => {
  test('other spellings of one URL share a key', () => {
    const key = urlLookupKey('/posts/Attention-Is-All-You-Need/');
    for (const other of ['/posts/attention-is-all-you-need', '/POSTS/ATTENTION-IS-ALL-YOU-NEED/'])
      assert.equal(urlLookupKey(other), key);
    assert.equal(urlLookupKey('/posts/%E4%B8%AD%E6%96%87/'), urlLookupKey('/posts/中文'));
    assert.equal(urlLookupKey('/posts/%e4%b8%ad%e6%96%87'), urlLookupKey('/posts/中文/'));
    assert.equal(urlLookupKey('/posts/cafe\u0301/'), urlLookupKey('/posts/caf\u00e9/'));
  });
});

describe('noteUrl (knowledge notes)', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'notes/01 基础功能汇总.md', expected: '/notes/01-基础功能汇总/' },
    {
      input: "notes/Python/if __name__ == '__main__'.md",
      expected: "/notes/Python/if-__name__-==-'__main__'/",
    },
    { input: 'notes/学习/读书 笔记/第一章.md', expected: '/notes/学习/读书-笔记/第一章/' },
    { input: 'notes/Case Kept.md', expected: '/notes/Case-Kept/' },
    { input: 'notes/问答？为什么.md', expected: '/notes/问答-为什么/' },
    { input: 'notes/C# 与 100%.md', expected: '/notes/C-与-100/' },
    { input: 'notes/a?b#c.md', expected: '/notes/a-b-c/' },
    { input: 'notes/v1.2 发布.md', expected: '/notes/v1.2-发布/' },
    { input: 'notes/🎉.md', expected: '/notes/_/' },
    { input: 'notes/数学/线性代数.MD', expected: '/notes/数学/线性代数/' },
    // A name in decomposed Unicode (as macOS may write it) gets the composed URL.
    { input: 'notes/cafe\u0301.md', expected: '/notes/caf\u00e9/' },
  ];
  for (const { input, expected } of rows) test(input, () => assert.equal(noteUrl(input), expected));

  test('folder URLs', () => {
    assert.equal(noteFolderUrl([]), '/notes/');
    assert.equal(noteFolderUrl(['学习', 'Python 入门']), '/notes/学习/Python-入门/');
    assert.deepEqual(noteFolders('notes/学习/Python 入门/a.md'), ['学习', 'Python 入门']);
    assert.deepEqual(noteFolders('notes/a.md'), []);
  });

  test('a note without a title is named by its file', () => {
    assert.equal(noteFileTitle('notes/学习/01 基础功能汇总.md'), '01 基础功能汇总');
  });
});
