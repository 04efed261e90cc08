import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LhReport, type LighthouseRun, parseReport, summarizeRuns } from './lighthouse';
import { observedPaints } from './report';

/** A report with the four categories at full score and the given metrics. */
function report(metrics: {
  lcp?: number;
  fcp?: number;
  observedFcp?: number;
  observedLcp?: number;
}): LhReport {
  const category = { score: 1, auditRefs: [] };
  const numeric = (value: number | undefined) => ({
    title: 't',
    score: 1,
    scoreDisplayMode: 'numeric',
    ...(value === undefined ? {} : { numericValue: value }),
  });
  const observed =
    metrics.observedFcp === undefined
      ? {}
      : {
          details: {
            items: [
              {
                observedFirstContentfulPaint: metrics.observedFcp,
                observedLargestContentfulPaint: metrics.observedLcp,
              },
            ],
          },
        };
  return {
    categories: {
      performance: category,
      accessibility: category,
      'best-practices': category,
      seo: category,
    },
    audits: {
      'largest-contentful-paint': numeric(metrics.lcp),
      'first-contentful-paint': numeric(metrics.fcp),
      'total-blocking-time': numeric(100),
      'cumulative-layout-shift': numeric(0),
      metrics: { title: 'Metrics', score: null, scoreDisplayMode: 'informative', ...observed },
    },
  };
}

const parsed: {
  name: string;
  input: Parameters<typeof report>[0];
  expected: Pick<LighthouseRun, 'lcp' | 'fcp' | 'observedFcp' | 'observedLcp'>;
}[] = [
  {
    name: 'a prompt first frame: observed paints before the scripts',
    input: { lcp: 672, fcp: 672, observedFcp: 131, observedLcp: 131 },
    expected: { lcp: 672, fcp: 672, observedFcp: 131, observedLcp: 131 },
  },
  {
    name: 'the late first frame of issue 23: observed about a second later',
    input: { lcp: 2465, fcp: 1044, observedFcp: 1246, observedLcp: 1246 },
    expected: { lcp: 2465, fcp: 1044, observedFcp: 1246, observedLcp: 1246 },
  },
  {
    name: 'a report without the metrics details',
    input: { lcp: 900, fcp: 900 },
    expected: { lcp: 900, fcp: 900, observedFcp: Number.NaN, observedLcp: Number.NaN },
  },
];

for (const row of parsed) {
  test(`parseReport: ${row.name}`, () => {
    const run = parseReport(report(row.input));
    assert.deepEqual(
      { lcp: run.lcp, fcp: run.fcp, observedFcp: run.observedFcp, observedLcp: run.observedLcp },
      row.expected,
    );
    assert.equal(run.performance, 100);
  });
}

test('summarizeRuns: observed paints are medians like the simulated ones', () => {
  const runs = [
    { observedFcp: 1246, observedLcp: 1246 },
    { observedFcp: 232, observedLcp: 232 },
    { observedFcp: 230, observedLcp: 352 },
  ].map((o) => parseReport(report({ lcp: 1900, fcp: 1000, ...o })));
  const r = summarizeRuns(runs);
  assert.equal(r.observedFcp, 232);
  assert.equal(r.observedLcp, 352);
  assert.equal(r.runs, 3);
});

const cells: { name: string; input: Parameters<typeof observedPaints>[0]; expected: string }[] = [
  { name: 'both paints', input: { observedFcp: 1246, observedLcp: 1246 }, expected: '1,246 ms / 1,246 ms' },
  { name: 'an older result without them', input: {}, expected: '— / —' },
  {
    name: 'a report that lacked them',
    input: { observedFcp: Number.NaN, observedLcp: 352 },
    expected: '— / 352 ms',
  },
];

for (const row of cells) {
  test(`observedPaints: ${row.name}`, () => {
    assert.equal(observedPaints(row.input), row.expected);
  });
}
