import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noteUrl } from '../slug';
import { buildNoteTree, compareNames, listNoteFolders } from './tree';

const note = (sourcePath: string) => ({ sourcePath, url: noteUrl(sourcePath), meta: { title: sourcePath } });

describe('buildNoteTree', () => {
  const tree = buildNoteTree(
    [
      'notes/学习/10 进阶.md',
      'notes/学习/2 入门.md',
      'notes/学习/Python 入门/变量.md',
      'notes/学习/Python 入门/函数.md',
      'notes/随笔.md',
      'notes/读书/三体.md',
    ].map(note),
  );

  test('the root counts every note', () => {
    assert.equal(tree.url, '/notes/');
    assert.equal(tree.count, 6);
    assert.deepEqual(
      tree.notes.map((n) => n.sourcePath),
      ['notes/随笔.md'],
    );
  });

  test('folders nest, with counts of everything below, Chinese names in pinyin order', () => {
    const rows = listNoteFolders(tree).map((f) => `${f.url} ${f.count} ${f.path.join('/')}`);
    assert.deepEqual(rows, [
      '/notes/ 6 ',
      '/notes/读书/ 1 读书',
      '/notes/学习/ 4 学习',
      '/notes/学习/Python-入门/ 2 学习/Python 入门',
    ]);
  });

  test('numbers in names sort by value', () => {
    const study = tree.folders.find((f) => f.name === '学习');
    assert.deepEqual(
      study?.notes.map((n) => n.sourcePath),
      ['notes/学习/2 入门.md', 'notes/学习/10 进阶.md'],
    );
  });

  test('an empty vault is an empty root', () => {
    const empty = buildNoteTree([]);
    assert.deepEqual([empty.count, empty.folders.length, empty.notes.length], [0, 0, 0]);
  });
});

describe('compareNames', () => {
  const rows: [string, string, number][] = [
    ['2 a', '10 a', -1],
    ['01 基础', '02 进阶', -1],
    ['a', 'B', -1],
    ['读书', '学习', -1],
    ['same', 'same', 0],
  ];
  for (const [a, b, expected] of rows)
    test(`${a} vs ${b}`, () => assert.equal(Math.sign(compareNames(a, b)), expected));
});
