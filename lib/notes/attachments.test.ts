import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  attachmentFile,
  attachmentFolderUrl,
  attachmentType,
  attachmentUrl,
  listAttachments,
} from './attachments';

const dir = mkdtempSync(path.join(tmpdir(), 'xiaoji-attachments-'));
for (const file of [
  'notes/学习/attachments/示意图.png',
  'notes/学习/讲义 第一章.pdf',
  'notes/学习/笔记.md',
  'notes/.obsidian/icon.png',
  'notes/封面.JPG',
  'notes/数据.csv',
]) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), 'x');
}

describe('vault attachments', () => {
  test('every image and PDF by path (code-unit order), dot-folders and notes left out', () => {
    assert.deepEqual(
      listAttachments(dir).map((a) => `${a.name} ${a.url}`),
      [
        '示意图.png /notes-files/学习/attachments/示意图.png',
        '讲义 第一章.pdf /notes-files/学习/讲义 第一章.pdf',
        '封面.JPG /notes-files/封面.JPG',
      ],
    );
  });

  test('a vault-less site has none', () => assert.deepEqual(listAttachments(path.join(dir, 'nothing')), []));

  const rows: [string, boolean][] = [
    ['/notes-files/学习/attachments/示意图.png', true],
    ['/notes-files/学习/讲义 第一章.pdf', true],
    ['/notes-files/学习/笔记.md', false],
    ['/notes-files/.obsidian/icon.png', false],
    ['/notes-files/../notes/封面.JPG', false],
    ['/notes-files/学习/无.png', false],
    ['/posts/a.png', false],
  ];
  for (const [sitePath, expected] of rows)
    test(`file behind ${sitePath}: ${expected}`, () =>
      assert.equal(attachmentFile(sitePath, dir) !== null, expected));

  test('types and URLs', () => {
    assert.equal(attachmentType('a.PNG'), 'image/png');
    assert.equal(attachmentType('a.pdf'), 'application/pdf');
    assert.equal(attachmentType('a.md'), null);
    assert.equal(attachmentUrl('学习/a b.png'), '/notes-files/学习/a b.png');
    assert.equal(attachmentFolderUrl([]), '/notes-files/');
    assert.equal(attachmentFolderUrl(['学习', 'Python 入门']), '/notes-files/学习/Python 入门/');
  });
});
