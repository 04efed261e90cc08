import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root as MdastRoot } from 'mdast';
import { fixtureNotes, fixtureSourcePath } from '../../scripts/fixture-notes';
import { parseFrontMatter } from '../front-matter';
import { buildRenderedNoteRecord } from '../note-record';
import { preparePageBody, renderPreparedPageBody, storeRenderedFile } from '../page-body';
import type { NoteMeta } from '../types';
import { buildNoteText, buildSearchIndex, type PreparedSearch, type SearchSource } from './build-index';
import { prepareNoteSearch, readPreparedSearch, storePreparedSearch } from './prepared';
import { splitSections } from './sections';

const L = 'zh-CN';
const options = { contentDir: 'content', timeZone: 'Asia/Shanghai', tocMaxDepth: 3 };

const cases = [
  ...fixtureNotes(40),
  {
    name: 'posts/math-and-dollars.md',
    text: '---\ntitle: 数学\ndate: 2024-01-01\nmath: true\n---\n价格 $5 和 $x^2$。\n\n## 公式\n\n$$\na+b\n$$\n',
  },
  {
    name: 'posts/component.mdx',
    text: '---\ntitle: 组件\ndate: 2024-01-01\n---\n开头。\n\n## 小节 {#x}\n\n<Callout>内容</Callout>\n',
  },
];

interface Built {
  name: string;
  meta: NoteMeta;
  fields: Omit<SearchSource, 'body' | 'format' | 'prepared'>;
  format: 'md' | 'mdx';
  /** The body as the page renders it (what the index route reads when nothing is prepared). */
  body: string;
  prepared: PreparedSearch;
  reusedParse: boolean;
}

/** Each note as the content build makes it, with the search data its finisher prepared. */
async function buildAll(): Promise<Built[]> {
  const built: Built[] = [];
  for (const { name, text } of cases) {
    const { sourcePath, requireDate } = fixtureSourcePath(name);
    let prepared: PreparedSearch | null = null;
    let reusedParse = false;
    const record = await buildRenderedNoteRecord(
      sourcePath,
      text,
      { ...options, requireDate },
      (r) => r.url,
      renderPreparedPageBody,
      () => 'body.html',
      (done, meta, body, parsed: MdastRoot | null) => {
        reusedParse = parsed !== null && !meta.math;
        prepared = prepareNoteSearch(done.format, meta, body, parsed, L);
        return { search: 'x.search.json' };
      },
    );
    const meta = record.meta;
    if (!meta || record.problems.some((p) => p.severity === 'error')) {
      assert.equal(prepared, null, `${name}: a broken note gets no search data`);
      assert.equal(record.search, undefined, name);
      continue;
    }
    assert.ok(prepared, name);
    assert.equal(record.search, 'x.search.json', name);
    const raw = parseFrontMatter(text, name, { timeZone: 'Asia/Shanghai', requireDate }).body;
    built.push({
      name,
      meta,
      format: record.format,
      fields: {
        slug: record.slug,
        url: record.url,
        title: meta.title,
        day: record.day,
        dateText: record.day,
        categories: meta.categories,
        tags: meta.tags,
        series: meta.series,
      },
      body: preparePageBody(raw, record.format, meta),
      prepared,
      reusedParse,
    });
  }
  return built;
}

const builtNotes = buildAll();

test("the content build's sections are the ones search makes from the body, note by note", async () => {
  const built = await builtNotes;
  for (const note of built) {
    const expected = splitSections(note.body, note.format).map((s) => [s.id, s.heading, s.text]);
    assert.deepEqual(note.prepared.sections, expected, note.name);
  }
  // Most notes reuse the renderer's parse; math notes and `.mdx` are parsed again.
  const reused = built.filter((n) => n.reusedParse).length;
  assert.ok(reused >= 50, `only ${reused} of ${built.length} notes reused the parse`);
  assert.ok(built.some((n) => n.meta.math && !n.reusedParse));
  assert.ok(built.some((n) => n.format === 'mdx' && !n.reusedParse));
  assert.ok(
    built.some((n) => n.prepared.sections.some(([, , text]) => text.includes('$5'))),
    'math syntax is not read by search',
  );
});

test('an index of prepared notes is the index of their bodies, and so are the text assets', async () => {
  const built = await builtNotes;
  const fromBodies: SearchSource[] = built.map((n) => ({ ...n.fields, body: n.body, format: n.format }));
  const fromPrepared: SearchSource[] = built.map((n) => ({ ...n.fields, prepared: n.prepared }));
  const expected = JSON.stringify(buildSearchIndex(fromBodies, L));
  assert.equal(JSON.stringify(buildSearchIndex(fromPrepared, L)), expected);
  // Mixed, and with terms made for another locale (tokenized again): still the same index.
  const mixed: SearchSource[] = built.map((n, i) =>
    i % 3 === 0
      ? { ...n.fields, body: n.body, format: n.format }
      : i % 3 === 1
        ? { ...n.fields, prepared: n.prepared }
        : {
            ...n.fields,
            prepared: { ...n.prepared, locale: 'en', terms: { ...n.prepared.terms, text: ['wrong'] } },
          },
  );
  assert.equal(JSON.stringify(buildSearchIndex(mixed, L)), expected);
  fromPrepared.forEach((source, i) => {
    assert.deepEqual(buildNoteText(source), buildNoteText(fromBodies[i] as SearchSource), built[i]?.name);
  });
});

test('stored search data reads back; a file gone, of another version or malformed reads as null', async () => {
  const [first] = await builtNotes;
  assert.ok(first);
  const file = storePreparedSearch(first.prepared);
  assert.match(file, /^[0-9a-f]{32}\.search\.json$/);
  assert.deepEqual(readPreparedSearch(file), first.prepared);
  assert.equal(readPreparedSearch('0123.search.json'), null);
  assert.equal(readPreparedSearch(storeRenderedFile('{"version":', 'search.json')), null);
  assert.equal(
    readPreparedSearch(storeRenderedFile(JSON.stringify({ ...first.prepared, version: 0 }), 'search.json')),
    null,
  );
  const { terms, ...noTerms } = first.prepared;
  assert.equal(readPreparedSearch(storeRenderedFile(JSON.stringify(noTerms), 'search.json')), null);
  assert.equal(
    readPreparedSearch(
      storeRenderedFile(JSON.stringify({ ...first.prepared, terms: { ...terms, text: [1] } }), 'search.json'),
    ),
    null,
  );
  // Only search files: a body's HTML is never read as search data.
  assert.equal(readPreparedSearch(storeRenderedFile(JSON.stringify(first.prepared), 'html')), null);
});

test("a knowledge note's search text is its page's: no comments, no == markers", async () => {
  const text = '开头==重点==%%私密%%。\n\n## ==小结== #标签\n\n> [!tip] 标题\n> 内容\n';
  let prepared: PreparedSearch | null = null;
  const record = await buildRenderedNoteRecord(
    'notes/语法/搜索.md',
    text,
    options,
    (r) => r.url,
    renderPreparedPageBody,
    () => 'body.html',
    (done, meta, body, parsed) => {
      prepared = prepareNoteSearch(done.format, meta, body, parsed, L, done.kind);
      return {};
    },
  );
  assert.ok(prepared);
  const sections = (prepared as PreparedSearch).sections;
  assert.deepEqual(sections, [
    ['', '', '开头重点。'],
    ['小结-标签', '小结 #标签', '标题 内容'],
  ]);
  const body = preparePageBody(text, 'md', { ...(record.meta as NoteMeta), kind: 'note' });
  assert.deepEqual(
    splitSections(body, 'md', 'note').map((s) => [s.id, s.heading, s.text]),
    sections,
  );
});
