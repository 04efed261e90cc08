/**
 * Deterministic note generator for tests and benchmarks.
 *
 *   tsx scripts/generate-notes.ts --count 25 --out .e2e/fixture [--seed 42] [--chars 2000] [--clean]
 *   tsx scripts/generate-notes.ts --vault 1000 --out DIR [--seed 42]
 *
 * writes `OUT/posts/YYYY-MM-DD-gen-0001.md` … in Jekyll/Chirpy form; with `--vault N`, an Obsidian
 * vault of N notes in nested Chinese folders under `OUT/notes/`, about one wikilink per note. The same arguments always give
 * byte-identical files (seeded PRNG, no clock, no locale-dependent formatting), so benchmarks at
 * N = 1000 or 3000 compare like with like. `generateNotes()` is the library entry point.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GenerateOptions {
  /** PRNG seed; the default gives the canonical set. */
  seed?: number;
  /** Approximate body length in characters (default 2000). */
  charsPerNote?: number;
  /** First note number (default 1): file `…-gen-0001.md`, slug `gen-0001`. */
  startIndex?: number;
  /** Earliest date, `YYYY-MM-DD` in +08:00 (default `2021-01-01`). */
  from?: string;
  /** Latest date, `YYYY-MM-DD` in +08:00, exclusive (default `2025-11-01`). */
  to?: string;
  /** Share of notes with `pin: true` (default 0.03; at least none). */
  pinRate?: number;
  /** Share of notes written in English (default 0.3). */
  englishRate?: number;
}

export interface GeneratedNote {
  fileName: string;
  text: string;
}

/** sfc32: small, fast, good enough, and identical on every platform. */
function makeRng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

class Rand {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** `k` distinct items, in pool order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    return idx
      .slice(0, Math.min(k, items.length))
      .sort((x, y) => x - y)
      .map((i) => items[i] as T);
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Category trees have unique child names so `/categories/<name>` is never ambiguous.

const CATEGORY_TREE: readonly (readonly [string, readonly string[]])[] = [
  ['编程', ['前端', '后端', '工具链']],
  ['读书', ['技术书', '随笔集']],
  ['论文', ['大模型', '检索增强']],
  ['Programming', ['TypeScript', 'Rust']],
  ['Life', ['Travel', 'Cooking']],
];

const TAGS: readonly string[] = [
  'LLM',
  'TypeScript',
  'Python',
  'Rust',
  'Linux',
  '机器学习',
  '算法',
  '前端',
  '效率',
  '读书笔记',
  '数据库',
  'Next.js',
];

const ZH_TOPICS = [
  '类型系统',
  '增量构建',
  '向量检索',
  '缓存失效',
  '长上下文',
  '并发模型',
  '日志采集',
  '静态站点',
  '注意力机制',
  '垃圾回收',
  '知识蒸馏',
  '命令行工具',
  '时间管理',
  '代码评审',
];
const EN_TOPICS = [
  'type inference',
  'incremental builds',
  'vector search',
  'cache invalidation',
  'long context',
  'structured concurrency',
  'log pipelines',
  'static sites',
  'attention heads',
  'garbage collection',
  'distillation',
  'shell tooling',
  'code review',
  'query planning',
];

const ZH_TITLE = [
  (t: string) => `关于${t}的一些笔记`,
  (t: string) => `重新理解${t}`,
  (t: string) => `${t}踩坑记录`,
  (t: string) => `读书笔记：${t}`,
  (t: string) => `${t}入门与实践`,
  (t: string) => `从零开始的${t}`,
];
const EN_TITLE = [
  (t: string) => `Notes on ${t}`,
  (t: string) => `Revisiting ${t}`,
  (t: string) => `What I learned about ${t}`,
  (t: string) => `A practical guide to ${t}`,
  (t: string) => `${t[0]?.toUpperCase()}${t.slice(1)}, step by step`,
];

const ZH_SUBJECTS = [
  '这个方案',
  '很多团队',
  '我们的实验',
  '这篇论文',
  '编译器',
  '一个小模型',
  '这套工具链',
  '作者',
  '线上服务',
  '读者',
];
const ZH_PREDICATES = [
  '把问题拆成了更小的步骤',
  '在数据量不大的时候表现得相当稳定',
  '最容易被忽略的其实是边界条件',
  '需要先确认输入是否已经规范化',
  '用缓存换来了明显的速度提升',
  '在真实场景里往往比基准测试慢一些',
  '让后续的维护成本下降了不少',
  '对内存的占用比预想中要高',
  '只需要改动两三行配置就能生效',
  '说明了为什么简单的做法常常更可靠',
  '在第二次运行时几乎不需要重新计算',
  '依赖于一个并不显然的假设',
];
const ZH_TAILS = ['。', '。', '。', '，这一点值得记下来。', '，后面会再展开。', '，不过也有例外。'];
const ZH_CONNECTIVES = ['其实', '换句话说', '另外', '需要注意的是', '总的来说', '比如', '因此', '有意思的是'];

const EN_SUBJECTS = [
  'The approach',
  'Every team',
  'Our experiment',
  'The paper',
  'The compiler',
  'A small model',
  'This toolchain',
  'The author',
  'The production service',
  'A careful reader',
];
const EN_PREDICATES = [
  'splits the problem into smaller steps',
  'stays stable while the data set is small',
  'hides its hardest part in the edge cases',
  'assumes the input is already normalised',
  'trades memory for a clear speed-up',
  'runs slower in practice than in the benchmark',
  'lowers the cost of maintenance over time',
  'uses more memory than expected',
  'needs only a couple of configuration changes',
  'shows why the simple version is often the reliable one',
  'barely recomputes anything on the second run',
  'rests on an assumption that is not obvious',
];
const EN_CONNECTIVES = [
  'In fact,',
  'In other words,',
  'Also,',
  'Note that',
  'Overall,',
  'For example,',
  'So',
];

const ZH_H2 = ['背景', '核心思路', '实现细节', '实验记录', '常见问题', '小结', '延伸阅读', '踩过的坑'];
const EN_H2 = [
  'Background',
  'The core idea',
  'Implementation',
  'Experiments',
  'Pitfalls',
  'Summary',
  'Further reading',
];
const ZH_H3 = ['第一步', '第二步', '一个例子', '对比', '注意事项', '性能数据'];
const EN_H3 = ['First step', 'Second step', 'An example', 'Comparison', 'Caveats', 'Numbers'];

const ZH_QUOTES = [
  '过早优化是万恶之源。',
  '先让它工作，再让它正确，最后让它变快。',
  '简单的系统才能被真正理解。',
  '写下来的东西，才算真正想清楚了。',
];
const EN_QUOTES = [
  'Premature optimization is the root of all evil.',
  'Make it work, make it right, make it fast.',
  'Simple systems are the ones you can actually understand.',
  'Writing is thinking on paper.',
];

const MATH = [
  'E = mc^2',
  '\\mathrm{softmax}(x_i) = \\frac{e^{x_i}}{\\sum_j e^{x_j}}',
  '\\mathcal{L} = -\\sum_{i=1}^{n} y_i \\log \\hat{y}_i',
  '\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right) V',
];

function codeBlock(r: Rand, n: number): string {
  const v = r.pick(['items', 'notes', 'rows', 'tokens', 'entries']);
  const k = r.int(2, 64);
  switch (r.int(0, 2)) {
    case 0:
      return [
        '```ts',
        `export function take${n}<T>(${v}: readonly T[], limit = ${k}): T[] {`,
        `  const out: T[] = [];`,
        `  for (const item of ${v}) {`,
        '    if (out.length >= limit) break;',
        '    out.push(item);',
        '  }',
        '  return out;',
        '}',
        '```',
      ].join('\n');
    case 1:
      return [
        '```python',
        `def chunk_${n}(${v}, size=${k}):`,
        `    """Split ${v} into lists of at most \`size\` elements."""`,
        `    for start in range(0, len(${v}), size):`,
        `        yield ${v}[start:start + size]`,
        '',
        '',
        `print(sum(len(c) for c in chunk_${n}(list(range(${k * 10})))))`,
        '```',
      ].join('\n');
    default:
      return [
        '```bash',
        'set -euo pipefail',
        `mkdir -p /tmp/${v}-${n}`,
        `find . -name '*.md' -newer /tmp/${v}-${n} | head -n ${k}`,
        `echo "done: ${n}"`,
        '```',
      ].join('\n');
  }
}

interface Lang {
  en: boolean;
  sentence(r: Rand): string;
}

const ZH: Lang = {
  en: false,
  sentence(r) {
    const lead = r.chance(0.35) ? `${r.pick(ZH_CONNECTIVES)}，` : '';
    return `${lead}${r.pick(ZH_SUBJECTS)}${r.pick(ZH_PREDICATES)}${r.pick(ZH_TAILS)}`;
  },
};
const EN: Lang = {
  en: true,
  sentence(r) {
    const lead = r.chance(0.35) ? `${r.pick(EN_CONNECTIVES)} ` : '';
    const subj = r.pick(EN_SUBJECTS);
    const s = lead ? `${lead}${subj[0]?.toLowerCase()}${subj.slice(1)}` : subj;
    return `${s} ${r.pick(EN_PREDICATES)}.`;
  },
};

function paragraph(r: Rand, lang: Lang, min: number, max: number): string {
  const n = r.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(lang.sentence(r));
  return parts.join(lang.en ? ' ' : '');
}

function list(r: Rand, lang: Lang): string {
  const ordered = r.chance(0.4);
  const n = r.int(3, 5);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    const bold = r.chance(0.3) ? (lang.en ? '**Key point**: ' : '**要点**：') : '';
    lines.push(`${marker} ${bold}${lang.sentence(r)}`);
  }
  return lines.join('\n');
}

function table(r: Rand, lang: Lang): string {
  const head = lang.en ? '| Setting | Time (ms) | Memory (MB) |' : '| 配置 | 耗时（ms） | 内存（MB） |';
  const rows = [head, '| --- | ---: | ---: |'];
  const names = lang.en ? ['baseline', 'cached', 'parallel'] : ['基线', '加缓存', '并行'];
  for (const name of names) rows.push(`| ${name} | ${r.int(12, 980)} | ${r.int(32, 2048)} |`);
  return rows.join('\n');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parseDay(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`bad date ${day}, expected YYYY-MM-DD`);
  // Midnight in +08:00.
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 8 * 3600_000;
}

/** The wall-clock parts of an instant in +08:00. */
function shanghaiParts(ms: number): { day: string; time: string } {
  const d = new Date(ms + 8 * 3600_000);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return { day, time };
}

function yamlList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function buildNote(r: Rand, index: number, when: number, opts: Required<GenerateOptions>): GeneratedNote {
  const lang = r.chance(opts.englishRate) ? EN : ZH;
  const topic = lang.en ? r.pick(EN_TOPICS) : r.pick(ZH_TOPICS);
  const base = (lang.en ? r.pick(EN_TITLE) : r.pick(ZH_TITLE))(topic);
  // The number keeps titles unique, like a series.
  const title = lang.en ? `${base} #${index}` : `${base}（${index}）`;
  const [top, subs] = r.pick(CATEGORY_TREE);
  const categories = r.chance(0.85) ? [top, r.pick(subs)] : [top];
  const tags = r.sample(TAGS, r.int(1, 4));
  const { day, time } = shanghaiParts(when);
  const pin = r.chance(opts.pinRate);
  const toc = r.chance(0.85);
  const withMath = r.chance(0.15);
  const description = r.chance(0.4) ? paragraph(r, lang, 1, 1).replace(/[。.]$/, '') : null;

  const fm = [
    '---',
    `title: "${title}"`,
    `date: ${day} ${time} +0800`,
    `categories: ${yamlList(categories)}`,
  ];
  fm.push(`tags: ${yamlList(tags)}`);
  if (description) fm.push(`description: "${description}"`);
  if (pin) fm.push('pin: true');
  if (!toc) fm.push('toc: false');
  if (withMath) fm.push('math: true');
  fm.push('---');

  const blocks: string[] = [paragraph(r, lang, 3, 5)];
  let length = blocks[0]?.length ?? 0;
  const h2s = r.sample(lang.en ? EN_H2 : ZH_H2, 6);
  // Every note gets a code block, a table and a blockquote somewhere; the rest is random.
  const pending = ['code', 'table', 'quote'];
  if (withMath) pending.push('math');
  let section = 0;
  while (length < opts.charsPerNote || pending.length > 0) {
    const h2 = h2s[section % h2s.length] ?? 'Notes';
    const heading = section < h2s.length ? h2 : `${h2} ${Math.floor(section / h2s.length) + 1}`;
    const sectionBlocks: string[] = [`## ${heading}`, paragraph(r, lang, 2, 4)];
    if (r.chance(0.5)) {
      sectionBlocks.push(`### ${r.pick(lang.en ? EN_H3 : ZH_H3)} ${section + 1}`, paragraph(r, lang, 1, 3));
    }
    const kind = pending.shift() ?? r.pick(['list', 'code', 'para', 'list', 'quote']);
    switch (kind) {
      case 'code':
        sectionBlocks.push(codeBlock(r, index * 10 + section));
        break;
      case 'table':
        sectionBlocks.push(table(r, lang));
        break;
      case 'quote':
        sectionBlocks.push(`> ${r.pick(lang.en ? EN_QUOTES : ZH_QUOTES)}`);
        break;
      case 'math':
        sectionBlocks.push(`$$\n${r.pick(MATH)}\n$$`);
        break;
      case 'list':
        sectionBlocks.push(list(r, lang));
        break;
      default:
        sectionBlocks.push(paragraph(r, lang, 2, 4));
    }
    if (kind !== 'list' && r.chance(0.5)) sectionBlocks.push(list(r, lang));
    for (const b of sectionBlocks) length += b.length;
    blocks.push(...sectionBlocks);
    section++;
  }

  const fileName = `${day}-gen-${pad(index, 4)}.md`;
  return { fileName, text: `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n` };
}

/**
 * `n` notes, oldest first, dates strictly increasing and spread evenly (with jitter) between
 * `from` and `to`. Same `n` and options: same output, byte for byte.
 */
export function generateNotes(n: number, options: GenerateOptions = {}): GeneratedNote[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`count must be a non-negative integer, got ${n}`);
  const opts: Required<GenerateOptions> = {
    seed: options.seed ?? 42,
    charsPerNote: options.charsPerNote ?? 2000,
    startIndex: options.startIndex ?? 1,
    from: options.from ?? '2021-01-01',
    to: options.to ?? '2025-11-01',
    pinRate: options.pinRate ?? 0.03,
    englishRate: options.englishRate ?? 0.3,
  };
  const start = parseDay(opts.from);
  const span = parseDay(opts.to) - start;
  if (span <= 0) throw new Error('`to` must be after `from`');
  const r = new Rand(makeRng(opts.seed));
  const step = span / Math.max(n, 1);
  const notes: GeneratedNote[] = [];
  for (let i = 0; i < n; i++) {
    // Whole seconds, jittered inside the note's own slot so the order is strict.
    const when = Math.floor((start + step * (i + 0.1 + 0.8 * r.float())) / 1000) * 1000;
    notes.push(buildNote(r, opts.startIndex + i, when, opts));
  }
  return notes;
}

function parseArgs(
  argv: string[],
): { count: number; vault: number | undefined; out: string; clean: boolean } & GenerateOptions {
  const args = new Map<string, string>();
  let clean = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--clean') clean = true;
    else if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`missing value for --${k}`);
      args.set(k, v);
    } else throw new Error(`unexpected argument ${a}`);
  }
  const num = (k: string): number | undefined => {
    const v = args.get(k);
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!Number.isFinite(x)) throw new Error(`--${k} must be a number`);
    return x;
  };
  const vault = num('vault');
  const count = num('count') ?? (vault === undefined ? undefined : 0);
  const out = args.get('out');
  if (count === undefined || !out) {
    throw new Error(
      'usage: tsx scripts/generate-notes.ts --count N [--vault N] --out DIR [--seed S] [--chars C] [--clean]',
    );
  }
  return {
    count,
    vault,
    out,
    clean,
    seed: num('seed'),
    charsPerNote: num('chars'),
    startIndex: num('start'),
    from: args.get('from'),
    to: args.get('to'),
    pinRate: num('pin-rate'),
    englishRate: num('english-rate'),
  };
}

// ---------------------------------------------------------------------------------------------
// Vault mode: knowledge notes as an Obsidian vault keeps them (issue 19).

const VAULT_TREE: readonly (readonly [string, readonly string[]])[] = [
  ['学习', ['数学', '编程 入门', '英语']],
  ['读书', ['小说', '技术书']],
  ['工作', ['项目', '会议记录']],
  ['随笔', []],
];

/** One generated vault note: its path under `notes/` and its text. */
export interface VaultNote {
  /** Path in the vault, e.g. `学习/数学/笔记 0001.md`. */
  path: string;
  text: string;
}

/**
 * `n` vault notes spread over nested folders, most without front matter (as in a real vault), each
 * (but the first) with one wikilink to an earlier note, in turn `[[name]]`, `[[name|text]]` and
 * `[[folder/name#heading]]`. Same `n` and seed: same output, byte for byte.
 */
export function generateVault(
  n: number,
  options: Pick<GenerateOptions, 'seed' | 'charsPerNote'> = {},
): VaultNote[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`count must be a non-negative integer, got ${n}`);
  const r = new Rand(makeRng((options.seed ?? 42) + 7919));
  const chars = options.charsPerNote ?? 1200;
  const folders = VAULT_TREE.flatMap(([top, subs]) => [top, ...subs.map((sub) => `${top}/${sub}`)]);
  const notes: VaultNote[] = [];
  const names: { folder: string; name: string }[] = [];
  for (let i = 1; i <= n; i++) {
    const folder = folders[(i - 1) % folders.length] as string;
    const name = `${r.pick(ZH_TOPICS)} ${pad(i, 4)}`;
    const lines: string[] = [];
    if (r.chance(0.3)) {
      lines.push('---', `tags: [${r.sample(TAGS, r.int(1, 2)).join(', ')}]`);
      if (r.chance(0.5)) lines.push(`created: 2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`);
      lines.push('---', '');
    }
    const blocks: string[] = [];
    let length = 0;
    let section = 1;
    while (length < chars) {
      if (blocks.length % 3 === 0) blocks.push(`## 第${section++}节`);
      const text = paragraph(r, ZH, 2, 5);
      blocks.push(text);
      length += text.length;
    }
    const target = names.length > 0 ? r.pick(names) : null;
    if (target) {
      const form = i % 3;
      const link =
        form === 0
          ? `[[${target.name}]]`
          : form === 1
            ? `[[${target.name}|这篇笔记]]`
            : `[[${target.folder}/${target.name}#第1节]]`;
      blocks.splice(1, 0, `相关内容见 ${link}。`);
    }
    lines.push(`${blocks.join('\n\n')}\n`);
    notes.push({ path: `${folder}/${name}.md`, text: lines.join('\n') });
    names.push({ folder, name });
  }
  return notes;
}

/** Writes a generated vault to `out/notes/`; with `clean`, first removes the whole vault folder. */
export function writeVault(out: string, notes: VaultNote[], clean = false): string {
  const dir = path.join(out, 'notes');
  if (clean) rmSync(dir, { recursive: true, force: true });
  for (const note of notes) {
    const file = path.join(dir, note.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, note.text);
  }
  return dir;
}

/** Writes the notes to `out/posts/`; with `clean`, first removes earlier generated notes there. */
export function writeNotes(out: string, notes: GeneratedNote[], clean = false): string {
  const dir = path.join(out, 'posts');
  mkdirSync(dir, { recursive: true });
  if (clean) {
    for (const f of readdirSync(dir)) if (/-gen-\d+\.md$/.test(f)) rmSync(path.join(dir, f));
  }
  for (const note of notes) writeFileSync(path.join(dir, note.fileName), note.text);
  return dir;
}

const invoked = process.argv[1] ? path.basename(process.argv[1]) : '';
if (invoked === 'generate-notes.ts' || invoked === 'generate-notes') {
  try {
    const { count, vault, out, clean, ...options } = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    if (count > 0 || vault === undefined) {
      const notes = generateNotes(count, options);
      const dir = writeNotes(out, notes, clean);
      console.log(`wrote ${notes.length} notes to ${dir} in ${Math.round(performance.now() - t0)} ms`);
    }
    if (vault !== undefined) {
      const notes = generateVault(vault, options);
      const dir = writeVault(out, notes, clean);
      console.log(
        `wrote a vault of ${notes.length} notes to ${dir} in ${Math.round(performance.now() - t0)} ms`,
      );
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
