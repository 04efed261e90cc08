import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { generateNotes } from '../../scripts/generate-notes';
import { foldText, foldWithMap, WORDY_SYMBOL, WORDY_SYMBOL_HINT } from './fold';
import { NO_WORDS, parseQuery, runsArePlain, stemWord, tokenize } from './tokenize';

const L = 'zh-CN';

test('foldText: full width, case, traditional → simplified', () => {
  const rows: [string, string][] = [
    ['ＬｏＲＡ', 'lora'],
    ['ＲＡＧ　評估', 'rag 评估'],
    ['知識蒸餾', '知识蒸馏'],
    ['Lost in the Middle', 'lost in the middle'],
    ['①２３', '123'],
    ['Anthropic：Induction', 'anthropic:induction'],
    ['RAG™系统', 'rag tm 系统'],
    ['5㎏', '5 kg '],
    ['', ''],
    ['已经是简体', '已经是简体'],
  ];
  for (const [input, expected] of rows) assert.equal(foldText(input), expected, input);
});

test('foldWithMap maps folded indices back to the original', () => {
  const rows: [string, string, number[]][] = [
    ['ＬｏＲＡ', 'lora', [0, 1, 2, 3, 4]],
    ['a…b', 'a...b', [0, 1, 1, 1, 2, 3]],
    ['知識', '知识', [0, 1, 2]],
    ['😀x', '😀x', [0, 0, 2, 3]],
    // A symbol folding to letters gets a space each side; the one after maps to the symbol's end.
    ['a™b', 'a tm b', [0, 1, 1, 1, 2, 2, 3]],
  ];
  for (const [input, folded, map] of rows) assert.deepEqual(foldWithMap(input), { folded, map }, input);
});

test('stemWord: plural and possessive endings only', () => {
  const rows: [string, string][] = [
    ['models', 'model'],
    ['studies', 'study'],
    ['classes', 'class'],
    ['agent', 'agent'],
    ["model's", 'model'],
    ['this', 'this'],
    ['status', 'status'],
    ['less', 'less'],
    ['gas', 'gas'],
    ['8b', '8b'],
  ];
  for (const [input, expected] of rows) assert.equal(stemWord(input), expected, input);
});

test('tokenize: Chinese runs become bigrams plus their last character', () => {
  const rows: [string, string[]][] = [
    ['知识蒸馏', ['知识', '识蒸', '蒸馏', '馏']],
    ['蒸', ['蒸']],
    // Punctuation and spaces end a run: no bigram spans them.
    ['小模型，大模型', ['小模', '模型', '型', '大模', '模型', '型']],
    ['评估 指标', ['评估', '估', '指标', '标']],
    ['“知识”', ['知识', '识']],
    // Traditional folds to simplified, so both spellings index alike.
    ['知識蒸餾', ['知识', '识蒸', '蒸馏', '馏']],
  ];
  for (const [input, expected] of rows) assert.deepEqual(tokenize(input, L), expected, input);
});

test('tokenize: Latin words are folded, stemmed and split at inner punctuation', () => {
  const rows: [string, string[]][] = [
    ['LoRA', ['lora']],
    ['ＬｏＲＡ', ['lora']],
    ['Lost in the Middle', ['lost', 'in', 'the', 'middle']],
    ['Agents', ['agent']],
    ['node.js', ['node.js', 'node', 'js']],
    ['Llama-3-8B', ['llama', '3', '8b']],
    ['C++', ['c']],
    ['a'.repeat(40), []],
    // A word joined by punctuation or a symbol (after folding): the whole, then every part.
    ['Anthropic：Induction Heads：', ['anthropic:induction', 'anthropic', 'induction', 'head']],
    ['A．B', ['a.b', 'a', 'b']],
    ['don＇t', ["don't", 'don', 't']],
    ['1，000', ['1,000', '1', '000']],
    ['Kahneman·Tversky', ['kahneman·tversky', 'kahneman', 'tversky']],
    ['x‿y', ['x‿y', 'x', 'y']],
    ['GPT™Agents', ['gpt', 'tm', 'agent']],
    [`${'a'.repeat(20)}:${'b'.repeat(20)}`, ['a'.repeat(20), 'b'.repeat(20)]],
    ['', []],
    ['，。！？', []],
  ];
  for (const [input, expected] of rows) assert.deepEqual(tokenize(input, L), expected, input);
});

test('tokenize: mixed Chinese and English split at the script change', () => {
  const rows: [string, string[]][] = [
    ['知识蒸馏Knowledge Distillation', ['知识', '识蒸', '蒸馏', '馏', 'knowledge', 'distillation']],
    ['用LoRA/QLoRA微调', ['用', 'lora', 'qlora', '微调', '调']],
    [
      'RAG/Agent系统的自动化评估',
      ['rag', 'agent', '系统', '统的', '的自', '自动', '动化', '化评', '评估', '估'],
    ],
    ['7B模型', ['7b', '模型', '型']],
  ];
  for (const [input, expected] of rows) assert.deepEqual(tokenize(input, L), expected, input);
});

test('parseQuery: terms that must all match, and pieces to highlight', () => {
  const rows: [string, [string, boolean][], string[]][] = [
    [
      '知识蒸馏',
      [
        ['知识', false],
        ['识蒸', false],
        ['蒸馏', false],
      ],
      ['知识蒸馏'],
    ],
    ['蒸', [['蒸', true]], ['蒸']],
    ['LoRA', [['lora', true]], ['lora']],
    ['ＬｏＲＡ', [['lora', true]], ['lora']],
    [
      'RAG 评估',
      [
        ['rag', true],
        ['评估', false],
      ],
      ['rag', '评估'],
    ],
    [
      'in the',
      [
        ['in', false],
        ['the', true],
      ],
      ['the', 'in'],
    ],
    ['Agents', [['agent', true]], ['agent']],
    [
      '小模型 小模型',
      [
        ['小模', false],
        ['模型', false],
      ],
      ['小模型'],
    ],
    ['  ，。 ', [], []],
  ];
  for (const [input, terms, pieces] of rows) {
    const parsed = parseQuery(input, L);
    assert.deepEqual(
      parsed.terms.map((t) => [t.term, t.prefix]),
      terms,
      `${input}: terms`,
    );
    assert.deepEqual(
      parsed.pieces.map((p) => p.text),
      pieces,
      `${input}: pieces`,
    );
  }
});

/** Every punctuation or symbol code point (general categories P* and S*). */
function punctuationAndSymbols(): string[] {
  const chars: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (/[\p{P}\p{S}]/u.test(char)) chars.push(char);
  }
  return chars;
}

test('WORDY_SYMBOL lists exactly the punctuation and symbols whose NFKC form has a letter or digit', () => {
  const missing: string[] = [];
  const extra: string[] = [];
  for (const char of punctuationAndSymbols()) {
    const wordy = /[\p{L}\p{N}]/u.test(char.normalize('NFKC'));
    const listed = new RegExp(WORDY_SYMBOL.source, 'u').test(char);
    if (wordy && !(listed && WORDY_SYMBOL_HINT.test(char))) missing.push(char);
    if (listed && !wordy) extra.push(char);
  }
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
});

test('any punctuation or symbol between two words leaves each findable by itself', () => {
  // Every P*/S* code point, full- and half-width forms included, between Latin words, digits, and
  // Latin and Chinese (both orders), through the segmenter and the direct way alike. A side is
  // findable when every term its query asks for is indexed as a whole term (not only as a prefix).
  const sides: [string, string][] = [
    ['alpha', 'beta'],
    ['12', '34'],
    ['alpha', '中文'],
    ['中文', 'alpha'],
  ];
  const failures: string[] = [];
  for (const char of punctuationAndSymbols()) {
    for (const [left, right] of sides) {
      const text = `${left}${char}${right}`;
      for (const segmentAll of [false, true]) {
        const indexed = new Set(tokenize(text, L, segmentAll));
        for (const side of [left, right]) {
          const terms = parseQuery(side, L).terms;
          if (!terms.every((t) => indexed.has(t.term))) failures.push(`${text} (${side})`);
        }
      }
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} misses`);
});

test('the words of the seed note beside full-width colons are found', () => {
  const indexed = new Set(tokenize('Anthropic：Induction Heads：专门复制上下文里的模式', L));
  for (const query of ['induction', 'Induction Heads', 'Anthropic', 'heads', '专门复制']) {
    for (const term of parseQuery(query, L).terms) {
      assert.ok(indexed.has(term.term), `${query}: ${term.term}`);
    }
  }
});

test('every 2+ character substring of a Chinese run is a query the run matches', () => {
  const text = '机械可解释性';
  const indexed = new Set(tokenize(text, L));
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length; j++) {
      const query = chars.slice(i, j).join('');
      for (const term of parseQuery(query, L).terms) {
        assert.ok(indexed.has(term.term), `${query}: ${term.term} indexed`);
      }
    }
  }
});

test('long text is segmented in slices with the same terms, in linear time', () => {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `第${i}段：机械可解释性研究模型内部的电路，and sparse autoencoders find features in layer ${i} of the model. ${'长句子没有标点'.repeat(20)}`,
  );
  const whole = tokenize(paragraphs.join('\n'), L);
  assert.ok(paragraphs.join('\n').length > 15_000);
  assert.deepEqual(
    whole,
    paragraphs.flatMap((p) => tokenize(p, L)),
  );
  // A Chinese run far longer than a slice stays one run: every bigram, once.
  const run = tokenize(`${'汉'.repeat(4999)}字`, L);
  assert.equal(run.length, 5000);
  assert.deepEqual(run.slice(-3), ['汉汉', '汉字', '字']);
  // A surrogate pair at a slice boundary is never split.
  const astral = tokenize('𠀀'.repeat(3000), L);
  assert.ok(
    astral.every((t) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t)),
  );
});

test('the spaces and punctuation NO_WORDS skips never make a word-like segment, in any order', () => {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if ((code < 0xd800 || code > 0xdfff) && NO_WORDS.test(char)) chars.push(char);
  }
  assert.ok(chars.includes('，') && chars.includes('。') && chars.includes(' ') && chars.includes('“'));
  for (const joiner of '_＿‿⁀⁔\u202f〱々〆〇')
    assert.ok(!chars.includes(joiner), `${joiner} is left to the segmenter`);
  for (const locale of [L, 'en']) {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    for (const a of chars) {
      for (const b of chars) {
        for (const segment of segmenter.segment(`${a}${b}${a}`)) {
          assert.ok(!segment.isWordLike, `${locale}: ${JSON.stringify(segment.segment)} is word-like`);
        }
      }
    }
  }
});

test('taking Chinese runs straight from the text gives the terms of segmenting all of it', () => {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  const root = path.resolve(import.meta.dirname, '../..');
  walk(path.join(root, 'content'));
  walk(path.join(root, 'e2e/fixtures'));
  for (const note of generateNotes(40)) texts.push(note.text);
  // Text over 2,000 characters is segmented in slices, cut where the whole text's slices end: the
  // direct path segments shorter stretches, so at a slice's edge the two may cut a word
  // differently (and the direct path, cutting less, keeps such a word whole). Compared by paragraph.
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/));
  texts.length = 0;
  texts.push(...paragraphs.filter((p) => p.length < 2000));
  // Random mixes of every kind of character the direct path must not misread.
  const pool = [
    ...'模型的评估知识蒸馏〇々漢字〆⺀㐀',
    '𠀀',
    ...'abcXYZ019',
    ...' \n\t.,;:!?\'’_-/()[]"“”《》，。、！？：；（）…—·「」～',
    // Word joiners and letter-like CJK symbols, which NO_WORDS must leave to the segmenter.
    ...'＿‿⁀⁔\u202f〱〇々・\uff65',
    ...'ひらがなカタカナー',
    ...'한국어',
    '\u0301',
    '\u200d',
    '\ufe0f',
    '😀',
    '２０２４',
    'ｶﾀｶﾅ',
  ];
  const plain = pool.filter((c) => runsArePlain(foldText(c)));
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < 3000; i++) {
    const length = 1 + Math.floor(next() * 60);
    let text = '';
    // Every other text from the characters that keep the direct path.
    const from = i % 2 === 0 ? plain : pool;
    for (let j = 0; j < length; j++) text += from[Math.floor(next() * from.length)];
    texts.push(text);
  }
  let direct = 0;
  for (const text of texts) {
    if (runsArePlain(foldText(text))) direct += 1;
    assert.deepEqual(tokenize(text, L), tokenize(text, L, true), text.slice(0, 200));
  }
  assert.ok(direct > texts.length / 4, `the direct path was taken for ${direct} of ${texts.length} texts`);
});
