import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsPhrases, isEmptyQuery, parseSearchQuery } from './query';

const L = 'zh-CN';

/** The parts of a parsed query a row compares: terms (`+` marks a prefix), phrases, pieces… */
function summary(query: string) {
  const q = parseSearchQuery(query, L);
  return {
    terms: q.terms.map((t) => `${t.term}${t.prefix ? '+' : ''}`),
    phrases: q.phrases,
    excluded: q.excluded.map((terms) => terms.map((t) => t.term)),
    tags: q.tags,
    notTags: q.notTags,
    categories: q.categories,
    notCategories: q.notCategories,
    pieces: q.pieces.map((p) => p.text),
  };
}

const none = { phrases: [], excluded: [], tags: [], notTags: [], categories: [], notCategories: [] };

test('parseSearchQuery: words, phrases, exclusions and filters', () => {
  const rows: [string, ReturnType<typeof summary>][] = [
    ['RAG 评估', { ...none, terms: ['rag+', '评估'], pieces: ['rag', '评估'] }],
    // A phrase: its words are terms; the phrase itself is the piece to highlight.
    [
      '"Induction Heads"',
      { ...none, terms: ['induction+', 'head+'], phrases: ['induction heads'], pieces: ['induction heads'] },
    ],
    // Chinese quotes, full-width ＂ (folded), corner brackets; an unclosed quote runs to the end.
    ['“知识蒸馏”', { ...none, terms: ['知识', '识蒸', '蒸馏'], phrases: ['知识蒸馏'], pieces: ['知识蒸馏'] }],
    ['＂小模型＂', { ...none, terms: ['小模', '模型'], phrases: ['小模型'], pieces: ['小模型'] }],
    ['「小模型」', { ...none, terms: ['小模', '模型'], phrases: ['小模型'], pieces: ['小模型'] }],
    ['"lost  in', { ...none, terms: ['lost+', 'in'], phrases: ['lost in'], pieces: ['lost in'] }],
    // Exclusions: a word or a phrase, half- or full-width minus; a hyphen inside a word is no minus.
    ['蒸馏 -蒸汽', { ...none, terms: ['蒸馏'], excluded: [['蒸汽']], pieces: ['蒸馏'] }],
    ['lora －qlora', { ...none, terms: ['lora+'], excluded: [['qlora']], pieces: ['lora'] }],
    ['检索 -"重排 生成"', { ...none, terms: ['检索'], excluded: [['重排', '生成']], pieces: ['检索'] }],
    ['Llama-3', { ...none, terms: ['llama+', '3'], pieces: ['llama', '3'] }],
    ['a - b', { ...none, terms: ['a', 'b'], pieces: ['a', 'b'] }],
    // Filters: English or Chinese names, half- or full-width colon, quoted values, negated.
    ['tag:RAG 评估', { ...none, terms: ['评估'], tags: ['rag'], pieces: ['评估'] }],
    ['标签：机器学习', { ...none, terms: [], tags: ['机器学习'], pieces: [] }],
    ['category:"Deep Learning"', { ...none, terms: [], categories: ['deep learning'], pieces: [] }],
    ['分类:技术 -tag:草稿', { ...none, terms: [], categories: ['技术'], notTags: ['草稿'], pieces: [] }],
    ['-category:随笔 模型', { ...none, terms: ['模型'], notCategories: ['随笔'], pieces: ['模型'] }],
    // Traditional characters fold in filters too.
    ['tag:機器學習', { ...none, terms: [], tags: ['机器学习'], pieces: [] }],
    // Not filters: unknown names, a name with nothing after it, a URL.
    [
      'Anthropic：Induction',
      {
        ...none,
        terms: ['anthropic:induction+', 'anthropic+', 'induction+'],
        pieces: ['anthropic:induction'],
      },
    ],
    ['tag:', { ...none, terms: ['tag+'], pieces: ['tag'] }],
    ['', { ...none, terms: [], pieces: [] }],
    ['"" -', { ...none, terms: [], pieces: [] }],
  ];
  for (const [query, expected] of rows) assert.deepEqual(summary(query), expected, query);
});

test('isEmptyQuery: neither terms nor filters', () => {
  const rows: [string, boolean][] = [
    ['', true],
    ['  ，。', true],
    ['-蒸汽', true],
    ['蒸汽', false],
    ['tag:RAG', false],
    ['category:技术', false],
    ['-tag:RAG', true],
  ];
  for (const [query, empty] of rows) assert.equal(isEmptyQuery(parseSearchQuery(query, L)), empty, query);
});

test('containsPhrases: each phrase as written in one text, after folding', () => {
  const texts = ['Induction Heads 笔记', '专门复制上下文里的模式。', 'LoRA　与 QLoRA'];
  const rows: [string[], boolean][] = [
    [[], true],
    [['induction heads'], true],
    [['复制上下文'], true],
    [['lora 与 qlora'], true],
    [['heads induction'], false],
    // A phrase never spans two texts (a heading and the text after it).
    [['笔记 专门'], false],
    [['induction heads', '不在这里'], false],
  ];
  for (const [phrases, expected] of rows)
    assert.equal(containsPhrases(texts, phrases), expected, phrases.join());
});
