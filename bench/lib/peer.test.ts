import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { generateNotes } from '../../scripts/generate-notes';
import type { BuildResult } from './build';
import { PAGE_KEYS } from './pages';
import {
  foreignTracedFiles,
  isoDate,
  missingPeerSteps,
  PEER_NAME,
  type PeerResult,
  peerEnv,
  toPeerNote,
} from './peer';
import { type BenchResults, buildTimeBudget, checkBudgets, renderTable, type SiteResult } from './report';

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'front matter');
  return parseYaml(m[1] as string);
}

describe('isoDate', () => {
  test('Chirpy dates become ISO 8601 with the same offset', () => {
    assert.equal(isoDate('2024-03-05 14:02:09 +0800'), '2024-03-05T14:02:09+08:00');
    assert.equal(isoDate('2024-03-05 14:02 -0530'), '2024-03-05T14:02:00-05:30');
    assert.equal(isoDate('2024-03-05T14:02:09+08:00'), '2024-03-05T14:02:09+08:00');
    assert.equal(isoDate('2024-03-05 14:02:09'), '2024-03-05T14:02:09');
    assert.equal(isoDate('2024-03-05'), '2024-03-05');
  });
  test('anything else is an error, not a silently wrong date', () => {
    assert.throws(() => isoDate('March 5th'), /unrecognised date/);
  });
});

describe('toPeerNote', () => {
  const chirpy = {
    fileName: '2024-03-05-hello-world.md',
    text: [
      '---',
      'title: "Say \\"hi\\": a note"',
      'date: 2024-03-05 14:02:09 +0800',
      'categories: [编程, 前端]',
      'tags: [LLM, 机器学习]',
      'description: "A short: summary"',
      'pin: true',
      'toc: false',
      'math: true',
      '---',
      '',
      '## 背景',
      '',
      '$$',
      'E = mc^2',
      '$$',
      '',
    ].join('\n'),
  };

  test("keeps title, date, tags and description (as summary) in the starter's form", () => {
    const peer = toPeerNote(chirpy);
    assert.equal(peer.fileName, 'hello-world.mdx');
    assert.deepEqual(frontMatter(peer.text), {
      title: 'Say "hi": a note',
      date: '2024-03-05T14:02:09+08:00',
      tags: ['LLM', '机器学习'],
      summary: 'A short: summary',
      draft: false,
    });
  });

  test('keeps the body byte for byte', () => {
    const body = chirpy.text.slice(chirpy.text.indexOf('---\n', 4) + 4);
    assert.ok(toPeerNote(chirpy).text.endsWith(`---\n${body}`));
  });

  test('a note without tags or description gets an empty tag list and no summary', () => {
    const peer = toPeerNote({
      fileName: '2024-01-01-x.md',
      text: '---\ntitle: X\ndate: 2024-01-01\n---\nbody\n',
    });
    assert.deepEqual(frontMatter(peer.text), { title: 'X', date: '2024-01-01', tags: [], draft: false });
  });

  test('a note without title or front matter is an error', () => {
    assert.throws(() => toPeerNote({ fileName: 'a.md', text: 'no front matter' }), /no front matter/);
    assert.throws(() => toPeerNote({ fileName: 'a.md', text: '---\ndate: 2024-01-01\n---\n' }), /no title/);
  });

  test('every generated note converts, to a unique file with its own body', () => {
    const notes = generateNotes(50);
    const peers = notes.map(toPeerNote);
    assert.equal(new Set(peers.map((p) => p.fileName)).size, notes.length);
    for (const [i, peer] of peers.entries()) {
      const fm = frontMatter(peer.text);
      assert.match(String(fm.date), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      assert.ok(Array.isArray(fm.tags) && fm.tags.length > 0);
      const source = notes[i]?.text ?? '';
      assert.equal(peer.text.split('\n---\n')[1], source.split('\n---\n')[1]);
    }
  });
});

describe('peerEnv', () => {
  test("drops what npm run tells scripts about the repository's package, keeps the rest", () => {
    const env = peerEnv('/x/peer-abc', {
      PATH: '/usr/bin',
      INIT_CWD: '/repo',
      npm_config_local_prefix: '/repo',
      npm_config_registry: 'https://registry.npmjs.org/',
      npm_package_name: 'xiaoji',
      npm_lifecycle_event: 'bench',
      NEXT_TELEMETRY_DISABLED: '1',
    } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv);
    assert.deepEqual(env, {
      PATH: '/usr/bin',
      npm_config_registry: 'https://registry.npmjs.org/',
      NEXT_TELEMETRY_DISABLED: '1',
      PEER_TRACING_ROOT: '/x/peer-abc',
    });
  });
});

describe('foreignTracedFiles', () => {
  test('flags traced packages outside the install, not those inside it', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'peer-nft-'));
    try {
      const install = path.join(root, 'install');
      const dist = path.join(install, 'site', '.next');
      mkdirSync(dist, { recursive: true });
      const files = [
        '../../node_modules/next/dist/server/next-server.js',
        '../../../node_modules/react/index.js',
        'server/app/page.js',
      ];
      writeFileSync(path.join(dist, 'next-server.js.nft.json'), JSON.stringify({ version: 1, files }));
      assert.deepEqual(foreignTracedFiles(dist, install), [path.join(root, 'node_modules/react/index.js')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('missingPeerSteps', () => {
  // The shape of a whole peer build's log (Next 15.5, contentlayer2 0.5, the postbuild script).
  const log = (lines: { generated?: string | null; lint?: string | null; rss?: boolean; extra?: string }) =>
    [
      '> cross-env INIT_CWD=$PWD next build && cross-env NODE_OPTIONS=... node ./scripts/postbuild.mjs',
      '   ▲ Next.js 15.5.29',
      '   Creating an optimized production build ...',
      'Local search index generated...',
      lines.generated === null ? '' : (lines.generated ?? 'Generated 1002 documents in .contentlayer'),
      ' ✓ Compiled successfully in 2.4min',
      lines.lint === null ? '' : (lines.lint ?? '   Linting and checking validity of types ...'),
      lines.extra ?? '',
      '   Collecting page data ...',
      ' ✓ Generating static pages (1722/1722)',
      lines.rss === false ? '' : 'RSS feed generated...',
    ].join('\n');

  test('a whole build misses nothing', () => {
    assert.deepEqual(missingPeerSteps(log({}), 1002), []);
    // Lint warnings are still a lint.
    const warned = log({ extra: './layouts/X.tsx\n1:1  Warning: Unused eslint-disable directive.' });
    assert.deepEqual(missingPeerSteps(warned, 1002), []);
  });

  test('Contentlayer not run, or not on every post and author', () => {
    assert.match(missingPeerSteps(log({ generated: null }), 1002).join(), /Contentlayer did not generate/);
    assert.deepEqual(
      missingPeerSteps(log({ generated: 'Generated 1000 documents in .contentlayer' }), 1002),
      ['Contentlayer generated 1000 documents, expected 1002'],
    );
  });

  test('a build that did not lint, or whose ESLint failed to load and built on', () => {
    assert.deepEqual(missingPeerSteps(log({ lint: '   Checking validity of types ...' }), 1002), [
      'next build did not lint',
    ]);
    const broken = log({ extra: " ⨯ ESLint: Cannot find package 'eslint-plugin-prettier'" });
    assert.deepEqual(missingPeerSteps(broken, 1002), [
      "next build did not lint: ⨯ ESLint: Cannot find package 'eslint-plugin-prettier'",
    ]);
    const absent = log({
      extra: ' ⚠ ESLint must be installed in order to run during builds: npm install eslint',
    });
    assert.match(missingPeerSteps(absent, 1002).join(), /did not lint: ⚠ ESLint must be installed/);
  });

  test('no RSS feeds from the postbuild script', () => {
    assert.deepEqual(missingPeerSteps(log({ rss: false }), 1002), [
      'the postbuild script did not write the RSS feeds',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The build budget against the measured peer, and its row in the table

function build(wallMs: number, content = 0): BuildResult {
  return {
    wallMs,
    cpuMs: wallMs,
    peakRssBytes: 1e9,
    content: content ? { ms: content, peakRssBytes: 1e9 } : null,
    next: { ms: wallMs - content, peakRssBytes: 1e9 },
    nextSteps: {},
    load: [1, 1],
    log: '',
  };
}

const bytes = { raw: 1000, gzip: 500 };
const figures = { path: '/', html: bytes, js: bytes, css: bytes, scripts: 1 };

function site(notes: number, wallMs: number): SiteResult {
  return {
    notes,
    build: build(wallMs, 10_000),
    pages: Object.fromEntries(PAGE_KEYS.map((k) => [k, figures])) as SiteResult['pages'],
  };
}

function peerResult(notes: number, wallMs: number): PeerResult {
  return { name: PEER_NAME, notes, build: build(wallMs), versions: { next: '15.5.29' } };
}

function results(sites: SiteResult[], peer: PeerResult | null): BenchResults {
  const partial = {
    date: '2026-12-01T00:00:00.000Z',
    machine: { cpu: 'cpu', cores: 2, memoryGB: 8, os: 'Linux', node: '20', next: '16', react: '19' },
    options: { notes: sites.map((s) => s.notes), lighthouseRuns: 0, loadSeconds: 10, connections: 50 },
    floor: { build: build(10_000), page: figures, serving: { rps: 1000, p99: 10 } as never },
    sites,
    peer,
  };
  return { ...partial, budgets: checkBudgets(partial) };
}

describe('build time budget', () => {
  test('under half the peer measured in the same run is met, at or over half is not', () => {
    const sites = [site(100, 20_000), site(1000, 60_000)];
    assert.equal(buildTimeBudget(sites, peerResult(1000, 121_000))?.met, true);
    assert.equal(buildTimeBudget(sites, peerResult(1000, 120_000))?.met, false);
    // The old fixed 80 s would have failed 60 s against a slow peer and passed it against a fast one.
    assert.equal(buildTimeBudget(sites, peerResult(1000, 100_000))?.met, false);
    const b = buildTimeBudget(sites, peerResult(1000, 121_000));
    assert.equal(b?.name, 'build time, 1,000 notes');
    assert.match(b?.target ?? '', /< 60\.5 s \(half the peer stack's 121\.0 s/);
  });

  test('applies at the note count the peer was built with', () => {
    const b = buildTimeBudget([site(100, 20_000)], peerResult(100, 30_000));
    assert.equal(b?.name, 'build time, 100 notes');
    assert.equal(b?.met, false);
    assert.equal(buildTimeBudget([site(100, 20_000)], peerResult(1000, 300_000)), null);
  });

  test('falls back to the fixed 80 s at 1,000 notes only without a peer', () => {
    assert.equal(buildTimeBudget([site(1000, 79_000)], null)?.met, true);
    assert.equal(buildTimeBudget([site(1000, 81_000)], null)?.met, false);
    assert.match(buildTimeBudget([site(1000, 81_000)], null)?.target ?? '', /80\.0 s/);
    assert.equal(buildTimeBudget([site(100, 20_000)], null), null);
  });

  test('checkBudgets reports it once', () => {
    const r = results([site(100, 20_000), site(1000, 60_000)], peerResult(1000, 150_000));
    const found = r.budgets.filter((b) => b.name.startsWith('build time'));
    assert.deepEqual(
      found.map((b) => [b.name, b.met]),
      [['build time, 1,000 notes', true]],
    );
  });
});

describe('renderTable with the peer', () => {
  const rows = (table: string) =>
    table.split('\n').map((l) => l.split(' | ').map((c) => c.replace(/^\| | \|$/g, '')));

  test('adds the peer row after the build row, in the column of its note count', () => {
    const r = results([site(100, 20_000), site(1000, 60_000)], peerResult(1000, 150_000));
    const table = rows(renderTable(r));
    const names = table.map((c) => c[0]);
    const at = names.indexOf('build: wall (content + next)');
    const name = `build: ${PEER_NAME}: wall, CPU, peak RSS`;
    assert.equal(names[at + 1], name);
    assert.deepEqual(table[at + 1], [name, '', '', '150.0 s, 150.0 s CPU, 1.00 GB', '']);
    assert.match(table[at]?.[4] ?? '', /^1,000: < 75\.0 s \(half the peer stack's 150\.0 s, this run\) ✅$/);
  });

  test('without a peer: no peer row, the fixed budget', () => {
    const r = results([site(100, 20_000), site(1000, 90_000)], null);
    const table = rows(renderTable(r));
    assert.ok(!table.some((c) => c[0]?.includes('peer stack')));
    const buildRow = table.find((c) => c[0] === 'build: wall (content + next)');
    assert.match(buildRow?.[4] ?? '', /^1,000: < 80\.0 s .*❌$/);
  });
});
