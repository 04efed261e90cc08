import assert from 'node:assert/strict';
import { test } from 'node:test';
import MiniSearch from 'minisearch';
import { generateNotes } from '../../scripts/generate-notes';
import { extractToc } from '../markdown/toc';
import {
  buildNoteText,
  buildSearchIndex,
  type SearchSource,
  type SearchTerms,
  serializeIndex,
} from './build-index';
import { createSearchEngine } from './engine';
import { unpackIndex } from './pack';
import { getIndexOptions, SEARCH_FIELDS, type SearchField } from './schema';
import { splitSections } from './sections';
import { findSnippet } from './snippet';
import { parseQuery, tokenize } from './tokenize';

const L = 'zh-CN';

function note(slug: string, title: string, body: string, extra: Partial<SearchSource> = {}): SearchSource {
  return {
    slug,
    url: `/posts/${slug}`,
    title,
    day: '2025-01-01',
    dateText: '2025年1月1日',
    categories: [],
    tags: [],
    body,
    format: 'md',
    ...extra,
  };
}

const corpus: SearchSource[] = [
  note(
    'distill-title',
    '知识蒸馏入门',
    '这篇讲怎样把大模型的能力教给小模型。\n\n## 做法\n\n先用大模型生成答案。',
  ),
  note(
    'distill-body',
    '读论文的笔记',
    '开头随便写几句。\n\n## 推理能力\n\n这涉及到 **知识蒸馏Knowledge Distillation**，把推理过程蒸馏给学生模型。',
  ),
  note('lora-heading', '微调手记', '一些背景。\n\n## LoRA 与 QLoRA\n\n低秩适配让微调便宜很多。'),
  note('lora-body', '杂记', '今天顺便试了试 lora，效果一般。'),
  note('rag-eval', '检索系统笔记', '怎么评估召回准确率和生成忠实度？', { tags: ['RAG'] }),
  note('rag-only', 'RAG 的结构', '检索、重排、生成三步。'),
  note('traditional', '檢索增強生成筆記', '這是一篇用繁體寫的筆記，講檢索增強生成。'),
  note(
    'english',
    'Reading notes',
    'Why do models miss facts placed mid-prompt? This is called Lost in the Middle.',
  ),
  note('distillation-en', 'On distillation', 'Distillation teaches a small student model.'),
  note('steam', '蒸汽机的历史', '瓦特改良了蒸汽机。'),
  note('series-part', '第二讲：激活函数', '常见的几种函数。', { series: '神经网络从零开始' }),
];

const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(corpus, L))));
const slugsFor = (query: string) => engine.search(query).hits.map((h) => h.note.slug);

test('a series name is searched, and its notes carry it to their rows', () => {
  assert.deepEqual(slugsFor('神经网络'), ['series-part']);
  assert.deepEqual(slugsFor('从零开始 激活'), ['series-part']);
  assert.deepEqual(
    engine.notes.map((n) => n.series),
    corpus.map((n) => n.series ?? null),
  );
});

test('ranking: every term must match; title and heading hits rank first', () => {
  const rows: [string, string[]][] = [
    ['知识蒸馏', ['distill-title', 'distill-body']],
    ['蒸馏', ['distill-title', 'distill-body']],
    ['LoRA', ['lora-heading', 'lora-body']],
    ['lora', ['lora-heading', 'lora-body']],
    ['ＬｏＲＡ', ['lora-heading', 'lora-body']],
    ['RAG 评估', ['rag-eval']],
    ['检索增强', ['traditional']],
    ['檢索增強', ['traditional']],
    ['Lost in the Middle', ['english']],
    ['量子引力', []],
    ['xyzzy', []],
    ['', []],
  ];
  for (const [query, expected] of rows) assert.deepEqual(slugsFor(query), expected, query);
});

test('ranking: prefixes and single characters', () => {
  // `distill` is a prefix of `distillation` (English notes); the Chinese ones say 蒸馏, not distill.
  assert.deepEqual(slugsFor('distill').sort(), ['distill-body', 'distillation-en']);
  // One Chinese character matches wherever it stands, also at the end of a run.
  assert.deepEqual(slugsFor('蒸').sort(), ['distill-body', 'distill-title', 'steam']);
  assert.deepEqual(slugsFor('机'), ['steam']);
  // Title beats body for the same word.
  assert.equal(slugsFor('distillation')[0], 'distillation-en');
});

test('query syntax: exclusions and tag/category filters', () => {
  const filtered = createSearchEngine(
    JSON.parse(
      JSON.stringify(
        buildSearchIndex(
          [
            note('a', '检索笔记一', '讲召回。', { tags: ['RAG', '评测'], categories: ['技术', 'AI'] }),
            note('b', '检索笔记二', '讲重排。', { tags: ['rag'], categories: ['技术'] }),
            note('c', '检索随笔', '讲心情。', { tags: ['随笔'], categories: ['生活'] }),
          ],
          L,
        ),
      ),
    ),
  );
  const rows: [string, string[]][] = [
    ['检索', ['a', 'b', 'c']],
    ['检索 -重排', ['a', 'c']],
    ['检索 -重排 -心情', ['a']],
    ['tag:RAG', ['a', 'b']],
    ['tag:rag 重排', ['b']],
    ['标签：评测', ['a']],
    ['category:技术', ['a', 'b']],
    ['category:ai', ['a']],
    ['category:技术 -tag:评测', ['b']],
    ['检索 -category:技术', ['c']],
    ['tag:不存在', []],
    ['-检索', []],
  ];
  for (const [query, expected] of rows) {
    assert.deepEqual(
      filtered
        .search(query)
        .hits.map((h) => h.note.slug)
        .sort(),
      expected,
      query,
    );
  }
});

test('results carry what the list shows', () => {
  const [hit] = engine.search('知识蒸馏').hits;
  assert.ok(hit);
  assert.equal(hit.note.title, '知识蒸馏入门');
  assert.equal(hit.note.dateText, '2025年1月1日');
  assert.deepEqual(hit.note.headings, [['做法', '做法']]);
  assert.ok(hit.fields.includes('title'));
});

test('findSnippet: best section, snippet and highlights', () => {
  const rows: { slug: string; query: string; section: string; marked: string[]; contains: string }[] = [
    {
      slug: 'distill-body',
      query: '知识蒸馏',
      section: '推理能力',
      marked: ['知识蒸馏'],
      contains: '知识蒸馏Knowledge',
    },
    {
      slug: 'distill-body',
      query: '蒸馏',
      section: '推理能力',
      marked: ['蒸馏', '蒸馏'],
      contains: '学生模型',
    },
    { slug: 'lora-heading', query: 'lora', section: 'lora-与-qlora', marked: [], contains: '低秩适配' },
    { slug: 'lora-body', query: 'ＬｏＲＡ', section: '', marked: ['lora'], contains: '效果一般' },
    {
      slug: 'english',
      query: 'middle lost',
      section: '',
      marked: ['Lost', 'Middle'],
      contains: 'Lost in the Middle',
    },
    { slug: 'english', query: 'model', section: '', marked: ['models'], contains: 'mid-prompt' },
    { slug: 'traditional', query: '检索', section: '', marked: ['檢索'], contains: '繁體' },
    // Found only in the title: the opening text is shown, unhighlighted, linking to the note itself.
    { slug: 'rag-only', query: 'RAG', section: '', marked: [], contains: '检索、重排' },
  ];
  for (const row of rows) {
    const source = corpus.find((n) => n.slug === row.slug);
    assert.ok(source, row.slug);
    const match = findSnippet(buildNoteText(source).sections, parseQuery(row.query, L).pieces);
    const { text, ranges } = match.snippet;
    assert.equal(match.sectionId, row.section, `${row.query}: section`);
    assert.deepEqual(
      ranges.map(([s, e]) => text.slice(s, e)),
      row.marked,
      `${row.query}: marks`,
    );
    assert.ok(text.includes(row.contains), `${row.query}: ${text}`);
  }
});

test('findSnippet cuts long sections around the matches, with ellipses', () => {
  const filler = '这是一段很长的铺垫文字。'.repeat(20);
  const sections: [string, string, string][] = [['', '', `${filler}关键在于知识蒸馏。${filler}`]];
  const { snippet } = findSnippet(sections, parseQuery('知识蒸馏', L).pieces, 60);
  assert.ok(snippet.text.startsWith('…'), snippet.text);
  assert.ok(snippet.text.endsWith('…'), snippet.text);
  assert.ok(snippet.text.length <= 62, `${snippet.text.length}`);
  assert.deepEqual(
    snippet.ranges.map(([s, e]) => snippet.text.slice(s, e)),
    ['知识蒸馏'],
  );
});

test('findSnippet prefers the window where most query pieces meet', () => {
  const sections: [string, string, string][] = [
    ['', '', `RAG 是检索增强生成。${'无关的句子。'.repeat(30)}针对 RAG，怎么评估它的召回准确率？`],
  ];
  const { snippet } = findSnippet(sections, parseQuery('RAG 评估', L).pieces, 40);
  assert.ok(snippet.text.includes('针对 RAG，怎么评估'), snippet.text);
});

test('splitSections: plain text per heading, with the ids the page gives its headings', () => {
  const body = [
    '# 重复的标题',
    '',
    '开头一段，有[链接](https://example.com)和`代码`。',
    '{: .prompt-tip }',
    '',
    '## 一、背景',
    '',
    '正文第一段',
    '紧接着的一行。[^1]',
    '',
    '```python',
    'print("hi")',
    '```',
    '',
    '### Step 2: 细节',
    '',
    '| 列 | 值 |',
    '| --- | --- |',
    '| 甲 | 1 |',
    '',
    '## 一、背景',
    '',
    '同名小节。',
    '',
    '[^1]: 脚注内容。',
  ].join('\n');
  const sections = splitSections(body, 'md');
  assert.deepEqual(sections, [
    { id: '', heading: '', text: '开头一段，有链接和代码。' },
    { id: '一背景', heading: '一、背景', text: '正文第一段紧接着的一行。 print("hi")' },
    { id: 'step-2-细节', heading: 'Step 2: 细节', text: '列 值 甲 1' },
    { id: '一背景-1', heading: '一、背景', text: '同名小节。 脚注内容。' },
  ]);
  const tocIds = extractToc(body, { format: 'md', maxDepth: 6 }).map((e) => e.id);
  assert.deepEqual(
    tocIds,
    sections.slice(1).map((s) => s.id),
  );
});

test('splitSections reads .mdx too, headings inside JSX included', () => {
  const body = ['Intro text.', '', '<Note>', '', '## Inside', '', 'Wrapped words.', '', '</Note>'].join('\n');
  const sections = splitSections(body, 'mdx');
  assert.deepEqual(sections, [
    { id: '', heading: '', text: 'Intro text.' },
    { id: 'inside', heading: 'Inside', text: 'Wrapped words.' },
  ]);
});

test("serializeIndex gives MiniSearch's own serialization, but for the order of the terms", () => {
  // The corpus above and 60 generated notes, with a field left empty and a repeated term.
  const texts: Record<SearchField, string>[] = [
    ...corpus.map((n) => ({
      title: n.title,
      headings: '',
      tags: n.tags.join('\n'),
      categories: n.categories.join('\n'),
      series: '',
      text: 'body' in n ? n.body : '',
    })),
    ...generateNotes(60).map((n, i) => ({
      title: n.fileName,
      headings: i % 2 ? 'Intro\n背景' : '',
      tags: 'a\nb',
      categories: '',
      series: i % 3 ? '' : '大模型系列',
      text: `${n.text} lora lora`,
    })),
  ];
  const docs = texts.map(
    (t) => Object.fromEntries(SEARCH_FIELDS.map((f) => [f, tokenize(t[f], L)])) as SearchTerms,
  );
  // Terms the tokenizer never makes: an empty one (MiniSearch skips it, but counts it in the field's
  // length) and repeats.
  docs.push({
    title: ['x', '', 'x'],
    headings: [''],
    tags: [],
    categories: ['y', 'y'],
    series: [],
    text: ['x'],
  });
  // MiniSearch itself, handed each note's terms the way the index route used to.
  let current: SearchTerms | undefined;
  const miniSearch = new MiniSearch({
    ...getIndexOptions(L),
    tokenize: (_text: string, field?: string) => current?.[field as SearchField] ?? [],
  });
  const noTexts = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, ''])) as Record<SearchField, string>;
  docs.forEach((terms, id) => {
    current = terms;
    miniSearch.add({ id, ...noTexts });
  });
  const sorted = (plain: ReturnType<MiniSearch['toJSON']>) => ({
    ...JSON.parse(JSON.stringify(plain)),
    index: JSON.parse(JSON.stringify(plain.index)).sort((a: [string], b: [string]) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    ),
  });
  const ours = serializeIndex(docs);
  assert.ok(ours.index.length > 1000, `${ours.index.length} terms`);
  assert.deepEqual(sorted(ours), sorted(miniSearch.toJSON()));
  // And what the site loads answers the same.
  const loaded = MiniSearch.loadJS(ours, getIndexOptions(L));
  for (const query of ['蒸馏', 'lora', '检索', 'model', 'intro']) {
    assert.deepEqual(
      loaded.search(query, { prefix: true }).map((r) => [r.id, r.score]),
      miniSearch.search(query, { prefix: true }).map((r) => [r.id, r.score]),
      query,
    );
  }
  assert.ok(unpackIndex(buildSearchIndex(corpus, L).index).index.length > 50);
});
