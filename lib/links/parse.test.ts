import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSize, embedType, findBlockId, findWikilinks, parseNoteHref, sentenceAround } from './parse';

const wikilinks: { source: string; expected: unknown[] }[] = [
  {
    source: '见 [[甲]]。',
    expected: [{ target: '甲', heading: null, block: null, alias: null, embed: false }],
  },
  {
    source: '[[甲|看这里]]',
    expected: [{ target: '甲', heading: null, block: null, alias: '看这里', embed: false }],
  },
  {
    source: '[[甲#第一节]]',
    expected: [{ target: '甲', heading: '第一节', block: null, alias: null, embed: false }],
  },
  {
    source: '[[甲#一#二|x]]',
    expected: [{ target: '甲', heading: '二', block: null, alias: 'x', embed: false }],
  },
  {
    source: '[[文件夹/乙]]',
    expected: [{ target: '文件夹/乙', heading: null, block: null, alias: null, embed: false }],
  },
  {
    source: '[[甲#^abc-1]]',
    expected: [{ target: '甲', heading: null, block: 'abc-1', alias: null, embed: false }],
  },
  {
    source: '[[#本节]]',
    expected: [{ target: '', heading: '本节', block: null, alias: null, embed: false }],
  },
  {
    source: '![[图.png|300]]',
    expected: [{ target: '图.png', heading: null, block: null, alias: '300', embed: true }],
  },
  {
    source: '![[笔记#节]]',
    expected: [{ target: '笔记', heading: '节', block: null, alias: null, embed: true }],
  },
  {
    source: '| [[甲\\|别名]] |',
    expected: [{ target: '甲', heading: null, block: null, alias: '别名', embed: false }],
  },
  // Escaped: no link.
  { source: '\\[[甲]]', expected: [] },
  {
    source: '\\![[甲]]',
    expected: [{ target: '甲', heading: null, block: null, alias: null, embed: false }],
  },
  {
    source: '\\\\[[甲]]',
    expected: [{ target: '甲', heading: null, block: null, alias: null, embed: false }],
  },
  // Not links.
  { source: '[[]]', expected: [] },
  { source: '[[a\nb]]', expected: [] },
  { source: '[[#]]', expected: [] },
  { source: '[[a]] 和 [[b]]', expected: ['a', 'b'] },
];

test('findWikilinks reads Obsidian links and embeds', () => {
  for (const { source, expected } of wikilinks) {
    const found = findWikilinks(source).map(({ start: _s, end: _e, ...parts }) =>
      typeof expected[0] === 'string' ? parts.target : parts,
    );
    assert.deepEqual(found, expected, source);
  }
});

test('findWikilinks gives the span of each link', () => {
  const [link] = findWikilinks('前 ![[x]] 后');
  assert.equal(link?.start, 2);
  assert.equal(link?.end, 8);
});

const hrefs: { href: string; expected: unknown }[] = [
  { href: 'other%20note.md', expected: { target: 'other note.md', heading: null, block: null } },
  { href: '../文件夹/笔记.md#标题', expected: { target: '../文件夹/笔记.md', heading: '标题', block: null } },
  { href: '%E7%AC%94%E8%AE%B0.md#^abc', expected: { target: '笔记.md', heading: null, block: 'abc' } },
  { href: 'NOTE.MD', expected: { target: 'NOTE.MD', heading: null, block: null } },
  { href: 'https://example.com/a.md', expected: null },
  { href: '//cdn/a.md', expected: null },
  { href: '#标题', expected: null },
  { href: '../other/', expected: null },
  { href: 'a.pdf', expected: null },
  { href: 'bad%zz.md', expected: { target: 'bad%zz.md', heading: null, block: null } },
];

test('parseNoteHref takes markdown links to .md files only', () => {
  for (const { href, expected } of hrefs) assert.deepEqual(parseNoteHref(href), expected, href);
});

test('embedType and embedSize', () => {
  const types: [string, string][] = [
    ['图.PNG', 'image'],
    ['a.jpeg', 'image'],
    ['文档.pdf', 'pdf'],
    ['歌.mp3', 'audio'],
    ['片.webm', 'video'],
    ['数据.zip', 'file'],
    ['笔记', 'note'],
    ['笔记.md', 'note'],
    ['v1.2 发布说明', 'note'],
  ];
  for (const [target, type] of types) assert.equal(embedType(target), type, target);
  assert.deepEqual(embedSize('300'), { width: 300, height: null });
  assert.deepEqual(embedSize('300x200'), { width: 300, height: 200 });
  assert.equal(embedSize('说明'), null);
  assert.equal(embedSize(null), null);
});

test('findBlockId reads a trailing ^id', () => {
  assert.deepEqual(findBlockId('一段话 ^abc-1'), { id: 'abc-1', start: 3 });
  assert.deepEqual(findBlockId('一段话\n^abc'), { id: 'abc', start: 3 });
  assert.deepEqual(findBlockId('^abc'), { id: 'abc', start: 0 });
  assert.equal(findBlockId('2^10'), null);
  assert.equal(findBlockId('一段话 ^中文'), null);
});

test('sentenceAround keeps the sentence of the link', () => {
  const text = '第一句话。这里提到甲，很重要！第三句。';
  const start = text.indexOf('甲');
  assert.equal(sentenceAround(text, start, start + 1), '这里提到甲，很重要！');
  assert.equal(sentenceAround('See a. Then b here. End.', 12, 13), 'Then b here.');
  const long = `${'字'.repeat(300)}甲${'字'.repeat(300)}`;
  const cut = sentenceAround(long, 300, 301, 40);
  assert.ok(cut.includes('甲') && [...cut].length <= 41, cut);
});
