import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findVersioned, versionedName, writeVersioned } from './vendor-files';
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

test('a page asks for the versioned URL the build wrote, or the plain one without a build', () => {
  const files = { 'zh/tw.js': 'zh/tw.0123456789.js' };
  assert.equal(vendorUrl('zh/tw.js', files), '/vendor/zh/tw.0123456789.js');
  assert.equal(vendorUrl('zh/hk.js', files), '/vendor/zh/hk.js');
  assert.equal(vendorUrl('mermaid/mermaid.min.js', {}), '/vendor/mermaid/mermaid.min.js');
});
