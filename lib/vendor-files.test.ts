import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  findVersioned,
  findVersionedFolder,
  versionedName,
  versionOf,
  writeVersioned,
  writeVersionedFolder,
} from './vendor-files';
import { vendorUrl } from './vendor-paths';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a versioned name carries a hash of the bytes: new bytes, new name', () => {
  const rows: [string, string, RegExp][] = [
    ['tw.js', '繁體表', /^tw\.[0-9a-f]{10}\.js$/],
    ['mermaid.min.js', 'var mermaid={}', /^mermaid\.min\.[0-9a-f]{10}\.js$/],
    ['zh.js', '', /^zh\.[0-9a-f]{10}\.js$/],
    ['LICENSE', 'MIT', /^LICENSE\.[0-9a-f]{10}$/],
  ];
  for (const [name, text, pattern] of rows) {
    assert.match(versionedName(name, bytes(text)), pattern, name);
    assert.equal(versionedName(name, bytes(text)), versionedName(name, bytes(text)), `${name}: stable`);
    assert.notEqual(
      versionedName(name, bytes(text)),
      versionedName(name, bytes(`${text} `)),
      `${name}: changed`,
    );
  }
});

test('writing a changed file gives it a new name and removes its other versions only', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'xiaoji-vendor-'));
  try {
    writeFileSync(path.join(folder, 'tw.js'), 'before versioned names');
    writeFileSync(path.join(folder, 'hk.0123456789.js'), '香港');
    const first = writeVersioned(folder, 'tw.js', bytes('台灣 1'));
    assert.deepEqual(readdirSync(folder).sort(), ['hk.0123456789.js', first].sort());
    assert.equal(writeVersioned(folder, 'tw.js', bytes('台灣 1')), first, 'same bytes, same name');
    const second = writeVersioned(folder, 'tw.js', bytes('台灣 2'));
    assert.notEqual(second, first);
    assert.deepEqual(readdirSync(folder).sort(), ['hk.0123456789.js', second].sort());
    assert.equal(readFileSync(path.join(folder, second), 'utf8'), '台灣 2');
    assert.equal(findVersioned(folder, 'tw.js'), second);
    assert.equal(findVersioned(folder, 'zh.js'), null);
    assert.equal(findVersioned(path.join(folder, 'missing'), 'tw.js'), null);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a set of files: one version folder, a new one when any file changes, the old ones removed', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'xiaoji-vendor-set-'));
  try {
    writeFileSync(path.join(parent, 'tw.js'), 'before version folders');
    const set = { 'zh.js': bytes('转换'), 'tw.js': bytes('台灣'), 'hk.js': bytes('香港') };
    const first = writeVersionedFolder(parent, set);
    assert.match(first, /^[0-9a-f]{10}$/);
    assert.deepEqual(readdirSync(parent), [first]);
    assert.deepEqual(readdirSync(path.join(parent, first)).sort(), ['hk.js', 'tw.js', 'zh.js']);
    assert.equal(writeVersionedFolder(parent, set), first, 'same bytes, same folder');
    assert.equal(findVersionedFolder(parent, ['zh.js', 'tw.js', 'hk.js']), first);
    assert.equal(findVersionedFolder(parent, ['zh.js', 'mo.js']), null, 'a file missing');
    const rows: [string, Record<string, Uint8Array>][] = [
      ['the tables changed', { ...set, 'tw.js': bytes('臺灣') }],
      ['the converter changed', { ...set, 'zh.js': bytes('轉換') }],
      ['bytes moved between files', { ...set, 'zh.js': bytes('转换台'), 'tw.js': bytes('灣') }],
    ];
    for (const [name, changed] of rows) assert.notEqual(versionOf(changed), first, name);
    const second = writeVersionedFolder(parent, rows[0]?.[1] ?? set);
    assert.deepEqual(readdirSync(parent), [second]);
    assert.equal(readFileSync(path.join(parent, second, 'tw.js'), 'utf8'), '臺灣');
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('a page asks for the versioned URL the build wrote, or the plain one without a build', () => {
  const files = { 'zh/tw.js': 'zh/0123456789/tw.js' };
  assert.equal(vendorUrl('zh/tw.js', files), '/vendor/zh/0123456789/tw.js');
  assert.equal(vendorUrl('zh/hk.js', files), '/vendor/zh/hk.js');
  assert.equal(vendorUrl('mermaid/mermaid.min.js', {}), '/vendor/mermaid/mermaid.min.js');
});
