/**
 * Lighthouse (npm `lighthouse` 12, its CLI) with its mobile defaults (Moto G Power, simulated slow
 * 4G and 4x CPU slowdown) on Debian's Chromium. The dark theme is the browser's: Chromium's
 * `--force-dark-mode` makes `prefers-color-scheme: dark` true, which the site's head script follows.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnGroup, waitExit } from '../../scripts/lib/proc';
import { bin } from './workspace';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, as Lighthouse's simulation (lantern) reports them. */
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /**
   * Milliseconds as observed in the unthrottled load the simulation starts from. The simulated LCP
   * counts every script that ran before the observed one; an observed first frame about a second
   * late is Chromium holding it back, not the page (docs/performance.md, issue 23).
   */
  observedFcp: number;
  observedLcp: number;
  /** Audits that lost points (id: title), for the report's "why". */
  failing: string[];
  /** Requests made to giscus.app during the run (comments load only when scrolled near). */
  giscusRequests: number;
}

export interface LighthouseResult extends Omit<LighthouseRun, 'failing' | 'giscusRequests'> {
  runs: number;
  failing: string[];
  giscusRequests: number;
}

interface LhAudit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: {
    items?: {
      url?: string;
      observedFirstContentfulPaint?: number;
      observedLargestContentfulPaint?: number;
    }[];
  };
}

export interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
  runtimeError?: { message: string };
}

function readRun(file: string): LighthouseRun {
  return parseReport(JSON.parse(readFileSync(file, 'utf8')) as LhReport);
}

/** One run's figures from a Lighthouse JSON report; NaN for a metric the report lacks. */
export function parseReport(report: LhReport): LighthouseRun {
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = new Set<string>();
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (id !== 'performance' || ref.weight > 0) failing.add(`${id}/${ref.id}: ${audit.title}`);
    }
  }
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const observed = report.audits.metrics?.details?.items?.[0];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: numeric('largest-contentful-paint'),
    fcp: numeric('first-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    observedFcp: observed?.observedFirstContentfulPaint ?? Number.NaN,
    observedLcp: observed?.observedLargestContentfulPaint ?? Number.NaN,
    failing: [...failing],
    giscusRequests: requests.filter((r) => r.url?.startsWith('https://giscus.app')).length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One Lighthouse run of `url`, report kept in `outDir/<label>.json`. */
export async function runLighthouse(
  repo: string,
  url: string,
  options: { dark: boolean; outDir: string; label: string },
): Promise<LighthouseRun> {
  mkdirSync(options.outDir, { recursive: true });
  const out = path.join(options.outDir, `${options.label}.json`);
  const flags = options.dark ? [...CHROME_FLAGS, '--force-dark-mode'] : CHROME_FLAGS;
  const child = spawnGroup(
    bin(repo, 'lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${flags.join(' ')}`,
    ],
    {
      cwd: repo,
      env: { ...process.env, CHROME_PATH },
      logFile: path.join(options.outDir, `${options.label}.log`),
    },
  );
  const code = await waitExit(child);
  if (code !== 0) throw new Error(`lighthouse ${url} exited ${code}; see ${options.label}.log`);
  return readRun(out);
}

/** Several runs of one page as one result: each figure the median of the runs (score by score). */
export function summarizeRuns(runs: readonly LighthouseRun[]): LighthouseResult {
  const pick = (key: keyof Omit<LighthouseRun, 'failing'>) => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcp: Math.round(pick('lcp')),
    fcp: Math.round(pick('fcp')),
    tbt: Math.round(pick('tbt')),
    cls: Math.round(pick('cls') * 1000) / 1000,
    observedFcp: Math.round(pick('observedFcp')),
    observedLcp: Math.round(pick('observedLcp')),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    giscusRequests: Math.max(...runs.map((r) => r.giscusRequests)),
  };
}
