import assert from 'node:assert/strict';
import { test } from 'node:test';
import MiniSearch from 'minisearch';
import { type PackedIndex, packIndex, unpackIndex } from './pack';

const rows: { name: string; docs: { id: number; title: string; text: string }[] }[] = [
  { name: 'empty', docs: [] },
  { name: 'one document', docs: [{ id: 0, title: 'a b', text: 'b b c' }] },
  {
    name: 'gaps and repeated terms',
    docs: [
      { id: 0, title: 'alpha', text: 'beta beta gamma' },
      { id: 1, title: 'beta', text: 'alpha' },
      { id: 7, title: 'gamma gamma gamma', text: 'delta' },
      { id: 734, title: 'alpha beta', text: 'alpha alpha alpha' },
    ],
  },
];

test('unpackIndex(packIndex(x)) gives back MiniSearch’s serialization', () => {
  for (const row of rows) {
    const miniSearch = new MiniSearch({ fields: ['title', 'text'] });
    miniSearch.addAll(row.docs);
    const plain = miniSearch.toJSON();
    const packed = JSON.parse(JSON.stringify(packIndex(plain))) as PackedIndex;
    assert.deepEqual(unpackIndex(packed), JSON.parse(JSON.stringify(plain)), row.name);
  }
});

test('packed posting lists are id gaps, frequencies only when one is not 1', () => {
  const miniSearch = new MiniSearch({ fields: ['title', 'text'] });
  miniSearch.addAll(rows[2]?.docs ?? []);
  const terms = Object.fromEntries(
    packIndex(miniSearch.toJSON()).terms.map(([term, ...rest]) => [term, rest]),
  );
  assert.deepEqual(terms.alpha, [0, [0, 3], [], 1, [1, 2], [1, 3]]);
  // Fields in id order; MiniSearch's short ids are dense (0, 1, 2, 3), whatever the documents' ids.
  assert.deepEqual(terms.gamma, [0, [2], [3], 1, [0], []]);
});

test('an unknown MiniSearch serialization is refused', () => {
  const plain = new MiniSearch({ fields: ['title'] }).toJSON();
  assert.throws(() => packIndex({ ...plain, serializationVersion: 3 }), /serialization 3/);
});
