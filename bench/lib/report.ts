/**
 * `bench/results.json`'s shape, the budget verdicts and the one markdown table printed and kept in
 * `bench/results.md` (and, with `--docs`, in docs/performance.md between the bench markers).
 */
import { GOALS, KB, POST_JS_OVER_FLOOR } from '../budgets';
import type { BuildResult } from './build';
import type { DevLoopResult } from './dev-loop';
import type { LighthouseResult } from './lighthouse';
import type { Bytes } from './page-weight';
import type { BenchPage, PageKey } from './pages';
import { PAGE_KEYS } from './pages';
import type { LoadResult } from './serve';

export interface PageFigures {
  path: string;
  html: Bytes;
  js: Bytes;
  css: Bytes;
  scripts: number;
}

/** The pages Lighthouse measures on a site (issue 23: a post, the home page and a tag page). */
export const LIGHTHOUSE_PAGES = ['home', 'post', 'tag'] as const;
export type LighthousePage = (typeof LIGHTHOUSE_PAGES)[number];

/** One theme's Lighthouse results: the floor and each page, their runs interleaved in one run. */
export type ThemeRuns = Record<'floor' | LighthousePage, LighthouseResult>;

export interface SiteResult {
  notes: number;
  build: BuildResult;
  /** `note` only when the site holds a vault. */
  pages: Record<Exclude<PageKey, 'note'>, PageFigures> & { note?: PageFigures };
  serving?: LoadResult;
  lighthouse?: { light: ThemeRuns; dark: ThemeRuns };
  devLoop?: DevLoopResult;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  next: string;
  react: string;
}

export interface Budget {
  name: string;
  target: string;
  actual: string;
  met: boolean | null;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  options: { notes: number[]; lighthouseRuns: number; loadSeconds: number; connections: number };
  floor: { build: BuildResult; page: PageFigures; serving: LoadResult };
  sites: SiteResult[];
  budgets: Budget[];
}

export function pageFigures(page: BenchPage, w: { html: Bytes; js: Bytes; css: Bytes; scripts: unknown[] }) {
  return { path: page.path, html: w.html, js: w.js, css: w.css, scripts: w.scripts.length };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / KB).toFixed(1)}`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mark = (met: boolean | null) => (met === null ? '' : met ? ' ✅' : ' ❌');

function scores(r: LighthouseResult): string {
  return `${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}`;
}

function vitals(r: LighthouseResult): string {
  return `${int(r.lcp)} ms / ${int(r.fcp)} ms / ${int(r.tbt)} ms / ${r.cls}`;
}

/** The unthrottled load's own FCP / LCP; older results lack them. */
export function observedPaints(r: Partial<Pick<LighthouseResult, 'observedFcp' | 'observedLcp'>>): string {
  const ms = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? `${int(n)} ms` : '—');
  return `${ms(r.observedFcp)} / ${ms(r.observedLcp)}`;
}

const pageLabel = (page: LighthousePage) => (page === 'home' ? '/' : page);

/**
 * Issue 23's two budgets of a page against the floor of the same run and theme: its LCP at most
 * `lcpMs` later, its performance score at most `score` points lower.
 */
export function compareWithFloor(
  name: string,
  page: Pick<LighthouseResult, 'lcp' | 'performance'>,
  floor: Pick<LighthouseResult, 'lcp' | 'performance'>,
  goal: { lcpMs: number; score: number } = GOALS.lighthouseVsFloor,
): Budget[] {
  const over = page.lcp - floor.lcp;
  return [
    {
      name: `${name}: LCP vs floor`,
      target: `≤ floor + ${sec(goal.lcpMs)}`,
      actual: `${int(page.lcp)} ms (floor ${int(floor.lcp)} ms, ${over >= 0 ? '+' : '−'}${int(Math.abs(over))})`,
      met: over <= goal.lcpMs,
    },
    {
      name: `${name}: score vs floor`,
      target: `≥ floor − ${goal.score}`,
      actual: `${page.performance} (floor ${floor.performance})`,
      met: page.performance >= floor.performance - goal.score,
    },
  ];
}

/** Build cost per note beyond the framework's own fixed cost. */
export function perNoteMs(site: SiteResult, floor: BuildResult): number {
  return Math.max(0, site.build.wallMs - floor.wallMs) / site.notes;
}

function findBudget(budgets: Budget[], name: string): Budget | undefined {
  return budgets.find((b) => b.name === name);
}

// ---------------------------------------------------------------------------------------------
// Budgets

/** The name of the build time budget, at the note count it applies to. */
export function buildTimeBudgetName(notes: number): string {
  return `build time, ${int(notes)} notes`;
}

/** The build time budget: the fixed goal at 1,000 notes. Null when no site has that count. */
export function buildTimeBudget(sites: SiteResult[]): Budget | null {
  const s1000 = sites.find((s) => s.notes === 1000);
  if (!s1000) return null;
  return {
    name: buildTimeBudgetName(1000),
    target: `< ${sec(GOALS.build1000Ms)}`,
    actual: sec(s1000.build.wallMs),
    met: s1000.build.wallMs < GOALS.build1000Ms,
  };
}

export function checkBudgets(r: Omit<BenchResults, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  const floorJs = r.floor.page.js.gzip;
  for (const site of r.sites) {
    // A knowledge note's page is held to the post page's budget (issue 19).
    for (const key of ['post', 'note'] as const) {
      const js = site.pages[key]?.js.gzip;
      if (js === undefined) continue;
      budgets.push({
        name: `${key} JS at load (${int(site.notes)} notes)`,
        target: `≤ floor + ${kb(POST_JS_OVER_FLOOR)} = ${kb(floorJs + POST_JS_OVER_FLOOR)}`,
        actual: `${kb(js)} (${signed(js - floorJs)} kB)`,
        met: js <= floorJs + POST_JS_OVER_FLOOR,
      });
    }
  }
  const lh = r.sites.find((s) => s.lighthouse);
  if (lh?.lighthouse) {
    const g = GOALS.lighthouse;
    for (const theme of ['light', 'dark'] as const) {
      for (const page of LIGHTHOUSE_PAGES) {
        const x = lh.lighthouse[theme][page];
        const name = `Lighthouse ${pageLabel(page)}, ${theme}`;
        budgets.push(...compareWithFloor(name, x, lh.lighthouse[theme].floor));
        budgets.push({
          name,
          target: `≥ ${g.performance} / ${g.accessibility} / ${g.bestPractices} / ${g.seo}`,
          actual: scores(x),
          met:
            x.performance >= g.performance &&
            x.accessibility >= g.accessibility &&
            x.bestPractices >= g.bestPractices &&
            x.seo >= g.seo,
        });
      }
    }
  }
  const buildTime = buildTimeBudget(r.sites);
  if (buildTime) budgets.push(buildTime);
  const s1000 = r.sites.find((s) => s.notes === 1000);
  if (s1000) {
    budgets.push({
      name: 'build peak memory, 1,000 notes',
      target: `< ${gb(GOALS.build1000PeakRssBytes)}`,
      actual: gb(s1000.build.peakRssBytes),
      met: s1000.build.peakRssBytes < GOALS.build1000PeakRssBytes,
    });
  }
  const sorted = [...r.sites].sort((a, b) => a.notes - b.notes);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as SiteResult;
    const b = sorted[i] as SiteResult;
    const pa = perNoteMs(a, r.floor.build);
    const pb = perNoteMs(b, r.floor.build);
    budgets.push({
      name: `build cost per note, ${int(a.notes)} → ${int(b.notes)}`,
      target: `flat: ≤ ${GOALS.perNoteGrowth}×`,
      actual: `${pa.toFixed(0)} → ${pb.toFixed(0)} ms (${(pb / pa).toFixed(2)}×)`,
      met: pb <= pa * GOALS.perNoteGrowth,
    });
  }
  const dev = r.sites.find((s) => s.devLoop);
  if (dev?.devLoop) {
    const ms = dev.devLoop.medianMs;
    budgets.push({
      name: `dev: edit → browser, ${int(dev.notes)} notes`,
      target: `< ${sec(GOALS.devEditMs)}`,
      actual: ms === null ? 'never showed' : sec(ms),
      met: ms !== null && ms < GOALS.devEditMs,
    });
  }
  return budgets;
}

// ---------------------------------------------------------------------------------------------
// The table

/** One markdown table: a row per figure, a column for the floor and each note count, the budget. */
export function renderTable(r: BenchResults): string {
  const sites = [...r.sites].sort((a, b) => a.notes - b.notes);
  const header = ['measure', 'floor', ...sites.map((s) => `${int(s.notes)} notes`), 'budget'];
  const rows: string[][] = [];
  const row = (name: string, floor: string, cell: (s: SiteResult) => string, budget = '') =>
    rows.push([name, floor, ...sites.map(cell), budget]);
  const budgetCell = (name: string, prefix = '') => {
    const b = findBudget(r.budgets, name);
    return b ? `${prefix}${b.target}${mark(b.met)}` : '';
  };

  const fb = r.floor.build;
  const split = (b: BuildResult) => `${sec(b.wallMs)} (${sec(b.content?.ms ?? 0)} + ${sec(b.next.ms)})`;
  const buildAt = 1000;
  row(
    'build: wall (content + next)',
    sec(fb.wallMs),
    (s) => split(s.build),
    budgetCell(buildTimeBudgetName(buildAt), `${int(buildAt)}: `),
  );
  row('build: CPU, user + sys', fb.cpuMs === null ? '—' : sec(fb.cpuMs), (s) =>
    s.build.cpuMs === null ? '—' : sec(s.build.cpuMs),
  );
  row(
    'build: per note, (wall − floor) / notes',
    '',
    (s) => `${perNoteMs(s, fb).toFixed(0)} ms`,
    `flat (≤ ${GOALS.perNoteGrowth}× per step)${mark(
      r.budgets.filter((b) => b.name.startsWith('build cost per note')).every((b) => b.met),
    )}`,
  );
  row(
    'build: peak RSS, whole tree',
    gb(fb.peakRssBytes),
    (s) => gb(s.build.peakRssBytes),
    budgetCell('build peak memory, 1,000 notes', '1,000: '),
  );
  row(
    'build: load average (1 min) before → after',
    `${fb.load[0].toFixed(1)} → ${fb.load[1].toFixed(1)}`,
    (s) => `${s.build.load[0].toFixed(1)} → ${s.build.load[1].toFixed(1)}`,
  );

  const fp = r.floor.page;
  for (const key of PAGE_KEYS) {
    if (!sites.some((s) => s.pages[key])) continue;
    const label = key === 'home' ? '/' : key;
    const cell = (show: (p: PageFigures) => string) => (s: SiteResult) => {
      const p = s.pages[key];
      return p ? show(p) : '—';
    };
    row(
      `${label}: JS at load, gzip (vs floor)`,
      kb(fp.js.gzip),
      cell((p) => `${kb(p.js.gzip)} (${signed(p.js.gzip - fp.js.gzip)})`),
      key === 'post' || key === 'note'
        ? `≤ floor + ${kb(POST_JS_OVER_FLOOR)}${mark(
            r.budgets.filter((b) => b.name.startsWith(`${key} JS at load`)).every((b) => b.met),
          )}`
        : '',
    );
    row(
      `${label}: HTML raw / gzip`,
      `${kb(fp.html.raw)} / ${kb(fp.html.gzip)}`,
      cell((p) => `${kb(p.html.raw)} / ${kb(p.html.gzip)}`),
    );
    row(
      `${label}: CSS raw / gzip`,
      `${kb(fp.css.raw)} / ${kb(fp.css.gzip)}`,
      cell((p) => `${kb(p.css.raw)} / ${kb(p.css.gzip)}`),
    );
  }

  const fs = r.floor.serving;
  row(
    `serve post: req/s (${r.options.connections} conn, ${r.options.loadSeconds} s)`,
    int(fs.rps),
    (s) => (s.serving ? `${int(s.serving.rps)} (${((s.serving.rps / fs.rps) * 100).toFixed(0)} %)` : '—'),
    'measured, no budget (a CDN serves the prerendered HTML)',
  );
  row('serve post: p99 latency', `${fs.p99} ms`, (s) => (s.serving ? `${s.serving.p99} ms` : '—'));

  // The floor's Lighthouse runs were interleaved with those of the site measured in full.
  const floorLh = sites.find((s) => s.lighthouse)?.lighthouse;
  for (const theme of ['light', 'dark'] as const) {
    for (const page of LIGHTHOUSE_PAGES) {
      const label = `${pageLabel(page)}, ${theme}`;
      const name = `Lighthouse ${label}`;
      const floorCell = (f: (x: LighthouseResult) => string) => (floorLh ? f(floorLh[theme].floor) : '—');
      row(
        `${name}: perf / a11y / BP / SEO`,
        floorCell(scores),
        (s) => (s.lighthouse ? scores(s.lighthouse[theme][page]) : '—'),
        `${budgetCell(name)}; perf ${budgetCell(`${name}: score vs floor`)}`,
      );
      row(
        `${name}: LCP / FCP / TBT / CLS`,
        floorCell(vitals),
        (s) => (s.lighthouse ? vitals(s.lighthouse[theme][page]) : '—'),
        `LCP ${budgetCell(`${name}: LCP vs floor`)}`,
      );
      row(
        `${name}: observed FCP / LCP, unthrottled`,
        floorCell(observedPaints),
        (s) => (s.lighthouse ? observedPaints(s.lighthouse[theme][page]) : '—'),
        'why they differ: docs/performance.md, issue 23',
      );
    }
  }

  const devSite = sites.find((s) => s.devLoop);
  row(
    'dev: save a note → shown in the browser (median)',
    '',
    (s) => (s.devLoop ? (s.devLoop.medianMs === null ? 'never' : sec(s.devLoop.medianMs)) : '—'),
    devSite ? budgetCell(`dev: edit → browser, ${int(devSite.notes)} notes`) : '',
  );

  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function describeMachine(r: BenchResults): string {
  const m = r.machine;
  return (
    `${r.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, ` +
    `Next ${m.next}, React ${m.react}; Lighthouse median of ${r.options.lighthouseRuns}.`
  );
}
