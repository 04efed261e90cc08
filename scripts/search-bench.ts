/**
 * Search benchmark (`npm run bench:search`): no Next build, the same pure functions the routes use.
 *
 *   tsx scripts/search-bench.ts [--count 1000] [--rounds 20] [--json FILE]
 *
 *  1. generates `--count` notes (scripts/generate-notes.ts, deterministic), reads their front matter
 *     as the content build does and keeps the listed ones, newest first (as lib/content);
 *  2. builds the index asset and the per-note text assets; reports raw and gzip bytes per 100 notes,
 *     also for the first 100 notes alone (a small site);
 *  3. serves them (gzip) from a loopback server to headless Chromium and measures there: download +
 *     JSON parse + MiniSearch load, then latency of 50 fixed Chinese and English queries (ranking alone,
 *     and ranking plus highlighted snippets of the top 10), median and p95 over all rounds.
 *
 * Targets (issue 4): query p95 < 10 ms; index < 40 KB gzip per 100 notes of ~2,000 characters.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { dayInZone, formatDay } from '../lib/dates';
import { parseFrontMatter } from '../lib/front-matter';
import { buildNoteText, buildSearchIndex, type SearchSource } from '../lib/search/build-index';
import { createSearchEngine } from '../lib/search/engine';
import type { SearchIndexPayload } from '../lib/search/schema';
import { slugFromFileName } from '../lib/slug';
import { CHROMIUM } from './chromium';
import { generateNotes } from './generate-notes';

/** The fixed query list: 25 Chinese, 25 English or mixed (two of each find nothing). */
export const BENCH_QUERIES: readonly string[] = [
  '知识蒸馏',
  '蒸馏',
  '小模型',
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
  '命令行工具',
  '时间管理',
  '代码评审',
  '边界条件',
  '基准测试',
  '维护成本',
  '重新计算',
  '工具链',
  '编译器 内存',
  '数据量 稳定',
  '检索增强',
  '量子引力',
  'LoRA',
  'lora',
  'ＬｏＲＡ',
  'Lost in the Middle',
  'RAG 评估',
  'type inference',
  'incremental builds',
  'vector search',
  'cache invalidation',
  'long context',
  'structured concurrency',
  'garbage collection',
  'distillation',
  'distill',
  'shell tooling',
  'code review',
  'query planning',
  'compiler',
  'benchmark',
  'edge cases',
  'production service',
  'TypeScript',
  'Rust',
  'Next.js',
  'xyzzy',
];

const LOCALE = 'zh-CN';
const TIME_ZONE = 'Asia/Shanghai';
function readArgs(argv: string[]): { count: number; rounds: number; json: string | null } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    count: Number(value('--count') ?? 1000),
    rounds: Number(value('--rounds') ?? 20),
    json: value('--json') ?? null,
  };
}

/**
 * The listed notes of a generated set, newest first, as search sources (what lib/content would list).
 * Front matter, slug and URL are decided as buildNoteRecord decides them; its TOC, excerpt and word
 * count (a third of a second per note here) are skipped, search does not read them.
 */
function toSources(count: number): { sources: SearchSource[]; chars: number } {
  let chars = 0;
  const notes = generateNotes(count)
    .flatMap(({ fileName, text }) => {
      const sourcePath = `posts/${fileName}`;
      const { meta, problems, body } = parseFrontMatter(text, sourcePath, { timeZone: TIME_ZONE });
      if (!meta || meta.draft || meta.hidden || problems.some((p) => p.severity === 'error')) return [];
      chars += [...body].length;
      const slug = slugFromFileName(sourcePath, meta.slug);
      const source: SearchSource = {
        slug,
        url: `/posts/${slug}/`,
        title: meta.title,
        day: dayInZone(meta.date, TIME_ZONE),
        dateText: formatDay(meta.date, TIME_ZONE, 'zh-CN'),
        categories: meta.categories,
        tags: meta.tags,
        body,
        format: fileName.endsWith('.mdx') ? 'mdx' : 'md',
      };
      return [{ source, date: meta.date }];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.source.slug.localeCompare(b.source.slug));
  return { sources: notes.map((n) => n.source), chars };
}

interface Sizes {
  notes: number;
  indexRaw: number;
  indexGzip: number;
  textRaw: number;
  textGzip: number;
  buildMs: number;
}

function measureSizes(sources: SearchSource[]): { sizes: Sizes; index: string; texts: Map<string, string> } {
  const started = performance.now();
  const index = JSON.stringify(buildSearchIndex(sources, LOCALE));
  const buildMs = performance.now() - started;
  const texts = new Map(sources.map((s) => [s.slug, JSON.stringify(buildNoteText(s))]));
  let textRaw = 0;
  let textGzip = 0;
  for (const text of texts.values()) {
    textRaw += Buffer.byteLength(text);
    textGzip += gzipSync(text, { level: 9 }).length;
  }
  const sizes = {
    notes: sources.length,
    indexRaw: Buffer.byteLength(index),
    indexGzip: gzipSync(index, { level: 9 }).length,
    textRaw,
    textGzip,
    buildMs,
  };
  return { sizes, index, texts };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function summarize(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** The browser side: lib/search's engine and snippet code, bundled as the app bundles it. */
async function bundleEngine(root: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { createSearchEngine } from './lib/search/engine';",
        "import { findSnippet } from './lib/search/snippet';",
        'window.xiaojiSearch = { createSearchEngine, findSnippet };',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    // As Next inlines them into client code (lib/static-export reads them): a server build's values.
    define: { 'process.env.XIAOJI_OUTPUT': '""', 'process.env.XIAOJI_BASE_PATH': '""' },
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

interface BrowserResult {
  loadMs: { p50: number; p95: number; max: number };
  parseMs: { p50: number; p95: number; max: number };
  queryMs: { p50: number; p95: number; max: number };
  queryWithSnippetsMs: { p50: number; p95: number; max: number };
  hits: Record<string, number>;
}

async function measureInBrowser(
  index: string,
  texts: Map<string, string>,
  rounds: number,
): Promise<BrowserResult> {
  const script = await bundleEngine(process.cwd());
  const gzIndex = gzipSync(index);
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    const send = (body: string | Buffer, type: string, gzip = false) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(body);
    };
    if (url === '/') {
      // `__name`: tsx compiles this file with keepNames, and page.evaluate ships its callback as is.
      const html = '<!doctype html><meta charset="utf-8"><script>window.__name = (f) => f;</script>';
      send(`${html}<script src="/engine.js"></script>`, 'text/html');
    } else if (url === '/engine.js') send(script, 'text/javascript');
    else if (url === '/search-index.json') send(gzIndex, 'application/json', true);
    else if (url.startsWith('/search-text/')) {
      const text = texts.get(url.slice('/search-text/'.length).replace(/\/$/, ''));
      if (text) send(gzipSync(text), 'application/json', true);
      else res.writeHead(404).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async ({ queries, rounds }) => {
        type Engine = {
          search(q: string): {
            query: { pieces: unknown[] };
            hits: { note: { slug: string } }[];
          };
        };
        const api = (
          window as unknown as {
            xiaojiSearch: {
              createSearchEngine(payload: unknown): Engine;
              findSnippet(sections: unknown, pieces: unknown[]): unknown;
            };
          }
        ).xiaojiSearch;
        const stats = (samples: number[]) => {
          const s = [...samples].sort((a, b) => a - b);
          const at = (p: number) => s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
          return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
        };
        // Download + JSON parse + MiniSearch load, as on first open (no cache); 5 times.
        const load: number[] = [];
        const parse: number[] = [];
        let engine: Engine | null = null;
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          const payload = await (await fetch('/search-index.json', { cache: 'no-store' })).json();
          const t1 = performance.now();
          engine = api.createSearchEngine(payload);
          const t2 = performance.now();
          load.push(t2 - t0);
          parse.push(t2 - t1);
        }
        if (!engine) throw new Error('no engine');
        // Texts of every note a query shows in its top 10, fetched beforehand (not timed).
        const texts = new Map<string, unknown>();
        const hits: Record<string, number> = {};
        for (const q of queries) {
          const found = engine.search(q).hits;
          hits[q] = found.length;
          for (const hit of found.slice(0, 10)) {
            if (!texts.has(hit.note.slug)) {
              const text = await (await fetch(`/search-text/${hit.note.slug}`)).json();
              texts.set(hit.note.slug, text.sections);
            }
          }
        }
        for (const q of queries) engine.search(q); // warm-up
        const query: number[] = [];
        const withSnippets: number[] = [];
        for (let r = 0; r < rounds; r++) {
          for (const q of queries) {
            const t0 = performance.now();
            const result = engine.search(q);
            const t1 = performance.now();
            for (const hit of result.hits.slice(0, 10)) {
              api.findSnippet(texts.get(hit.note.slug), result.query.pieces);
            }
            const t2 = performance.now();
            query.push(t1 - t0);
            withSnippets.push(t2 - t0);
          }
        }
        return {
          loadMs: stats(load),
          parseMs: stats(parse),
          queryMs: stats(query),
          queryWithSnippetsMs: stats(withSnippets),
          hits,
        };
      },
      { queries: [...BENCH_QUERIES], rounds },
    );
  } finally {
    await browser.close();
    server.close();
  }
}

function measureInNode(index: string, rounds: number) {
  const engine = createSearchEngine(JSON.parse(index) as SearchIndexPayload);
  for (const q of BENCH_QUERIES) engine.search(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of BENCH_QUERIES) {
      const t0 = performance.now();
      engine.search(q);
      samples.push(performance.now() - t0);
    }
  }
  return summarize(samples);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const per100 = (bytes: number, notes: number) => kb((bytes * 100) / notes);

async function main() {
  const args = readArgs(process.argv.slice(2));
  // The browser bundle resolves `./lib/search/*` from the repository root.
  process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const t0 = performance.now();
  const { sources, chars } = toSources(args.count);
  console.log(
    `search-bench: ${sources.length} listed notes of ${args.count} generated, ` +
      `${Math.round(chars / sources.length)} characters per body on average (${((performance.now() - t0) / 1000).toFixed(1)} s to prepare)`,
  );
  const small = measureSizes(sources.slice(0, 100));
  const full = measureSizes(sources);
  const node = measureInNode(full.index, args.rounds);
  const browser = await measureInBrowser(full.index, full.texts, args.rounds);

  const rows = [
    ['notes', `${small.sizes.notes}`, `${full.sizes.notes}`],
    ['index build (Node)', ms(small.sizes.buildMs), ms(full.sizes.buildMs)],
    ['index, raw', kb(small.sizes.indexRaw), kb(full.sizes.indexRaw)],
    ['index, gzip', kb(small.sizes.indexGzip), kb(full.sizes.indexGzip)],
    [
      'index gzip per 100 notes',
      per100(small.sizes.indexGzip, small.sizes.notes),
      per100(full.sizes.indexGzip, full.sizes.notes),
    ],
    [
      'index raw per 100 notes',
      per100(small.sizes.indexRaw, small.sizes.notes),
      per100(full.sizes.indexRaw, full.sizes.notes),
    ],
    [
      'snippet text per note, gzip (fetched per shown result)',
      kb(small.sizes.textGzip / small.sizes.notes),
      kb(full.sizes.textGzip / full.sizes.notes),
    ],
  ];
  console.log('\n| | first 100 notes | all notes |\n| --- | ---: | ---: |');
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a} | ${b} |`);
  console.log(
    `\nChromium, ${full.sizes.notes} notes, ${BENCH_QUERIES.length} queries × ${args.rounds} rounds:\n`,
  );
  console.log('| measure | median | p95 | max |\n| --- | ---: | ---: | ---: |');
  for (const [name, s] of [
    ['load index (download + JSON parse + MiniSearch load)', browser.loadMs],
    ['of which JSON parse + MiniSearch load', browser.parseMs],
    ['query (ranking)', browser.queryMs],
    ['query + top-10 snippets', browser.queryWithSnippetsMs],
  ] as const) {
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} |`);
  }
  console.log(`| query in Node (for comparison) | ${ms(node.p50)} | ${ms(node.p95)} | ${ms(node.max)} |`);
  const misses = Object.entries(browser.hits).filter(([, n]) => n === 0);
  console.log(`\nqueries without results: ${misses.map(([q]) => q).join(', ') || 'none'}`);

  const p95 = browser.queryMs.p95;
  const gzipPer100 = (full.sizes.indexGzip * 100) / full.sizes.notes / 1024;
  console.log(
    `targets: query p95 ${p95.toFixed(2)} ms (< 10) ${p95 < 10 ? 'ok' : 'MISSED'}; ` +
      `index ${gzipPer100.toFixed(1)} KB gzip per 100 notes (< 40) ${gzipPer100 < 40 ? 'ok' : 'MISSED'}`,
  );
  if (args.json) {
    writeFileSync(
      args.json,
      `${JSON.stringify({ small: small.sizes, full: full.sizes, node, browser }, null, 2)}\n`,
    );
  }
}

// Run as a script (not when imported for its query list).
if (process.argv[1] && path.basename(process.argv[1]) === 'search-bench.ts') {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
