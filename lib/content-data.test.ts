import assert from 'node:assert/strict';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  CONTENT_DATA_DIR,
  KEPT_SNAPSHOTS,
  parseContentData,
  readGeneratedContent,
  snapshotContentData,
  splitIndex,
} from './content-data';

const root = mkdtempSync(path.join(tmpdir(), 'xiaoji-content-data-'));
after(() => rmSync(root, { recursive: true, force: true }));

let projects = 0;
function project(): string {
  const dir = path.join(root, `p${projects++}`);
  mkdirSync(dir);
  return dir;
}

function writeIndexes(dir: string, posts: unknown[], pages: unknown[] = [], notes: unknown[] = []): void {
  for (const [type, docs] of [
    ['Post', posts],
    ['Page', pages],
    ['Note', notes],
  ] as const) {
    mkdirSync(path.join(dir, '.contentlayer/generated', type), { recursive: true });
    writeFileSync(path.join(dir, '.contentlayer/generated', type, '_index.json'), JSON.stringify(docs));
  }
}

const doc = (slug: string) => ({ note: { slug, problems: [] }, body: { raw: `# ${slug}\n\n正文` } });
const snapshots = (dir: string) => readdirSync(path.join(dir, CONTENT_DATA_DIR)).sort();

test('a snapshot holds every document type under the hash of its content', () => {
  const dir = project();
  writeIndexes(dir, [doc('a'), doc('b')], [doc('about')], [doc('笔记')]);
  const name = snapshotContentData(dir);
  assert.match(name, /^[0-9a-f]{32}\.json$/);
  const file = path.join(dir, CONTENT_DATA_DIR, name);
  assert.deepEqual(parseContentData(readFileSync(file, 'utf8'), file), {
    posts: [doc('a'), doc('b')],
    pages: [doc('about')],
    notes: [doc('笔记')],
  });
  assert.equal(snapshotContentData(dir), name, 'the same content, the same file');
  assert.deepEqual(snapshots(dir), [name]);
});

test('a snapshot of data made before knowledge notes has no notes', () => {
  const dir = project();
  writeIndexes(dir, [doc('a')]);
  rmSync(path.join(dir, '.contentlayer/generated/Note'), { recursive: true });
  const file = path.join(dir, CONTENT_DATA_DIR, snapshotContentData(dir));
  assert.deepEqual(parseContentData(readFileSync(file, 'utf8'), file).notes, []);
});

test("a build's snapshot stays when a later build rewrites Contentlayer's data", () => {
  const dir = project();
  writeIndexes(dir, [doc('a')]);
  const first = snapshotContentData(dir);
  writeIndexes(dir, [doc('a'), doc('new')]);
  const second = snapshotContentData(dir);
  assert.notEqual(second, first);
  assert.deepEqual(snapshots(dir), [first, second].sort());
  const file = path.join(dir, CONTENT_DATA_DIR, first);
  assert.deepEqual(parseContentData(readFileSync(file, 'utf8'), file).posts, [doc('a')]);
});

test('only the most recently used snapshots are kept', () => {
  const dir = project();
  const names: string[] = [];
  for (let i = 0; i < KEPT_SNAPSHOTS + 4; i++) {
    writeIndexes(dir, [doc(`n${i}`)]);
    names.push(snapshotContentData(dir));
    // Distinct, increasing times without waiting: snapshot i was used i seconds after the first.
    const at = new Date(Date.UTC(2026, 0, 1) + i * 1000);
    utimesSync(path.join(dir, CONTENT_DATA_DIR, names[i] as string), at, at);
  }
  assert.equal(snapshots(dir).length, KEPT_SNAPSHOTS);
  assert.deepEqual(snapshots(dir), names.slice(-KEPT_SNAPSHOTS).sort());
  // Building the oldest kept content again marks it used: the next new one drops another.
  writeIndexes(dir, [doc('n4')]);
  assert.equal(snapshotContentData(dir), names[4]);
  writeIndexes(dir, [doc('newest')]);
  const newest = snapshotContentData(dir);
  assert.ok(snapshots(dir).includes(names[4] as string));
  assert.ok(snapshots(dir).includes(newest));
  assert.ok(!snapshots(dir).includes(names[5] as string), 'the least recently used one went');
  assert.equal(snapshots(dir).length, KEPT_SNAPSHOTS);
});

test("without Contentlayer's data, the error names the file and the command that makes it", () => {
  const dir = project();
  assert.throws(
    () => snapshotContentData(dir),
    (error: Error) =>
      error.message.includes(path.join(dir, '.contentlayer/generated/Post/_index.json')) &&
      error.message.includes('npm run build'),
  );
});

test('a file that is not a snapshot is named in the error', () => {
  assert.throws(() => parseContentData('[1, 2]', '/x/y.json'), /\/x\/y\.json: not a content snapshot/);
  assert.throws(() => parseContentData('{"posts": []}', '/x/y.json'), /\/x\/y\.json: not a content snapshot/);
  assert.throws(() => parseContentData('null', '/x/y.json'), /\/x\/y\.json: not a content snapshot/);
});

test("no server code imports contentlayer/generated: the notes' data is read, not compiled into the bundle", () => {
  const repo = path.resolve(import.meta.dirname, '..');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.includes('.test.')) {
        if (
          /from\s+['"]contentlayer\/generated['"]|import\(\s*['"]contentlayer\/generated/.test(
            readFileSync(file, 'utf8'),
          )
        )
          offenders.push(path.relative(repo, file));
      }
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(path.join(repo, dir));
  assert.deepEqual(offenders, []);
});

test('dev: the generated data is read again only when an index file changed', () => {
  const dir = project();
  const empty = readGeneratedContent(dir);
  assert.deepEqual([empty.posts, empty.pages], [[], []], 'nothing generated yet: no notes');
  writeIndexes(dir, [doc('一')]);
  const first = readGeneratedContent(dir);
  assert.deepEqual(
    first.posts.map((d) => d.note.slug),
    ['一'],
  );
  assert.notEqual(first.stamp, empty.stamp);
  assert.equal(readGeneratedContent(dir), first, 'unchanged files: the same object, not read again');
  writeIndexes(dir, [doc('一'), doc('二')]);
  const second = readGeneratedContent(dir);
  assert.notEqual(second.stamp, first.stamp);
  assert.deepEqual(
    second.posts.map((d) => d.note.slug),
    ['一', '二'],
  );
});

test('dev: an index file caught half written keeps the last complete data', () => {
  const dir = project();
  writeIndexes(dir, [doc('一')]);
  const complete = readGeneratedContent(dir);
  writeFileSync(path.join(dir, '.contentlayer/generated/Post/_index.json'), '[{"note": {"slug"');
  assert.equal(readGeneratedContent(dir), complete);
  writeIndexes(dir, [doc('二')]);
  assert.deepEqual(
    readGeneratedContent(dir).posts.map((d) => d.note.slug),
    ['二'],
  );
});

test('dev: an index file removed to be written again keeps the last data; equal text, the same stamp', () => {
  const dir = project();
  writeIndexes(dir, [doc('一')]);
  const first = readGeneratedContent(dir);
  rmSync(path.join(dir, '.contentlayer/generated/Post/_index.json'));
  assert.equal(readGeneratedContent(dir), first);
  writeIndexes(dir, [doc('一')]);
  assert.equal(readGeneratedContent(dir).stamp, first.stamp, 'rewritten with the same text');
});

test('splitIndex cuts an index as Contentlayer writes it into one text per document', () => {
  const rows: { name: string; docs: unknown[] }[] = [
    { name: 'none', docs: [] },
    { name: 'one', docs: [doc('一')] },
    {
      name: 'nested objects, lists and text that looks like the layout',
      docs: [
        {
          note: { slug: '甲', toc: [{ depth: 2, text: '第一节' }], problems: [] },
          body: { raw: '}\n  },\n  {' },
        },
        doc('乙'),
        { note: { slug: '丙', meta: { tags: ['a', 'b'], image: { path: 'x.png' } } }, body: { raw: '' } },
      ],
    },
  ];
  for (const { name, docs } of rows) {
    const pieces = splitIndex(JSON.stringify(docs, null, 2));
    assert.ok(pieces, name);
    assert.deepEqual(
      pieces.map((piece) => JSON.parse(`{${piece}}`)),
      docs,
      name,
    );
  }
  assert.equal(splitIndex(JSON.stringify([doc('一')])), null, 'another layout: parsed whole');
  assert.equal(splitIndex('[\n  {\n    "note": {'), null, 'half written');
});

test('dev: after a save, the documents that did not change are the objects read before', () => {
  const dir = project();
  let version = 0;
  const write = (posts: unknown[]) => {
    writeIndexes(dir, [], [], []);
    const file = path.join(dir, '.contentlayer/generated/Post/_index.json');
    writeFileSync(file, JSON.stringify(posts, null, 2));
    // Each version a later time stamp, as a later write has.
    version += 1;
    const later = new Date(Date.now() + 5000 * version);
    utimesSync(file, later, later);
  };
  write([doc('一'), doc('二'), doc('三')]);
  const first = readGeneratedContent(dir);
  write([doc('一'), { ...doc('二'), body: { raw: '改过' } }, doc('三')]);
  const second = readGeneratedContent(dir);
  assert.notEqual(second.stamp, first.stamp);
  assert.deepEqual(
    second.posts.map((d, i) => d === first.posts[i]),
    [true, false, true],
  );
  assert.equal(second.posts[1]?.body.raw, '改过');
  write([doc('三'), doc('一')]);
  const third = readGeneratedContent(dir);
  assert.deepEqual(
    third.posts.map((d) => d.note.slug),
    ['三', '一'],
  );
  assert.equal(third.posts[0], first.posts[2], 'moved, not changed: the same object');
});
