/**
 * Fuzz test, fast part (runs with `npm run test:unit`): 240 generated broken notes
 * (scripts/fuzz-notes.ts) go through the checker, the record builder (what Contentlayer computes per
 * note), Contentlayer's own front matter reader and the feed renderer, one note at a time in a worker
 * with a time limit; then all at once, as `npm run check:content` reads them. Every note gets a clear
 * problem or parses; nothing throws or hangs. The build part is `scripts/fuzz-build.ts`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { type FuzzNote, generateBrokenNotes } from './fuzz-notes';
import {
  type FuzzJob,
  type FuzzOutcome,
  type ProblemSummary,
  runJobs,
  type SetJob,
  type SetOutcome,
} from './fuzz-worker';

const NOTE_COUNT = 240;
/** Per note: generous for a busy 2-core machine; the slowest note takes a few seconds there. */
const NOTE_LIMIT_MS = 20_000;
const SET_LIMIT_MS = 60_000;
const PROBLEM_LINE = /^(?:warning: )?content\/posts\/[^\n]+?(?::\d+)?: [^\n]+?: [^\n]+$/;

const notes: FuzzNote[] = generateBrokenNotes(NOTE_COUNT);
const pathOf = (n: FuzzNote) => `content/posts/${n.name}`;
const isError = (p: ProblemSummary) => p.severity === 'error';

describe('fuzz: checker, record builder and renderer', () => {
  let outcomes: FuzzOutcome[] = [];
  let set: SetOutcome;
  /** Problems of each note as the whole-set check (the CLI) reports them. */
  const setProblems = new Map<string, ProblemSummary[]>();

  before(async () => {
    const jobs: FuzzJob[] = notes.map((n, id) => ({
      id,
      path: pathOf(n),
      bytes: n.bytes,
    }));
    outcomes = await runJobs(
      jobs,
      () => NOTE_LIMIT_MS,
      (job): FuzzOutcome => ({
        id: job.id,
        crash: `timeout: no answer within ${NOTE_LIMIT_MS} ms`,
        problems: [],
        record: null,
        feedHtmlLength: null,
        contentlayer: null,
        ms: { check: 0, record: 0, render: 0 },
      }),
    );
    const setJob: SetJob = { id: -1, files: notes.map((n) => ({ path: pathOf(n), bytes: n.bytes })) };
    const [setOutcome] = await runJobs<SetJob, SetOutcome>(
      [setJob],
      () => SET_LIMIT_MS,
      () => ({ id: -1, crash: `timeout: no answer within ${SET_LIMIT_MS} ms`, problems: [], ms: 0 }),
    );
    assert.ok(setOutcome);
    set = setOutcome;
    for (const p of set.problems) {
      const file = notes.find((n) => p.formatted.replace(/^warning: /, '').startsWith(`${pathOf(n)}:`));
      if (file) setProblems.set(file.kind, [...(setProblems.get(file.kind) ?? []), p]);
    }
  });

  const each = () =>
    outcomes.map((outcome) => ({
      note: notes[outcome.id] as FuzzNote,
      outcome,
      problems: setProblems.get((notes[outcome.id] as FuzzNote).kind) ?? [],
    }));

  test('generates at least 200 broken notes, each kind once', () => {
    assert.ok(notes.length >= 200, `${notes.length} notes`);
    assert.equal(new Set(notes.map((n) => n.kind)).size, notes.length);
    for (const kind of [
      'truncated-in-front-matter',
      'title-list',
      'binary-junk-004',
      'huge-title',
      'ten-thousand-tags',
      'five-megabyte-note',
      'deep-yaml-flow-tags',
      'deep-markdown-list',
      'hostile-fields-0',
      'hostile-fields-3',
    ])
      assert.ok(
        notes.some((n) => n.kind === kind),
        `missing fuzz case ${kind}`,
      );
    const big = notes.find((n) => n.kind === 'five-megabyte-note')?.bytes.length ?? 0;
    assert.ok(big >= 5 * 1024 * 1024, `the 5 MB note has ${big} bytes`);
  });

  test('no note crashes or hangs the checker, the record builder or the renderer', () => {
    const failures = outcomes
      .filter((o) => o.crash)
      .map((o) => `${notes[o.id]?.kind}: ${o.crash?.split('\n').slice(0, 4).join(' | ')}`);
    assert.deepEqual(failures, []);
  });

  test('checking all notes at once finishes and reports the cross-note problems', () => {
    assert.equal(set.crash, undefined);
    assert.ok(
      set.problems.some((p) => p.field === 'slug' && p.formatted.includes('fuzz-same-slug')),
      'duplicate slug across files',
    );
    // About two lines per broken note: the output stays readable.
    assert.ok(set.problems.length < notes.length * 3, `${set.problems.length} problem lines`);
  });

  test('every note gets a problem or parses into a record', () => {
    const silent = each().filter(
      ({ outcome, problems }) => problems.length === 0 && !outcome.record?.hasMeta,
    );
    assert.deepEqual(
      silent.map(({ note }) => note.kind),
      [],
    );
  });

  test('notes expected to fail get an error on the expected field', () => {
    const wrong: string[] = [];
    for (const { note, problems } of each()) {
      if (note.expect !== 'error') continue;
      const errors = problems.filter(isError);
      if (errors.length === 0)
        wrong.push(
          `${note.kind}: no error (got ${problems.map((p) => p.formatted).join(' / ') || 'nothing'})`,
        );
      else if (note.field && !errors.some((p) => p.field === note.field))
        wrong.push(
          `${note.kind}: errors on ${errors.map((p) => p.field).join(', ')}, expected ${note.field}`,
        );
    }
    assert.deepEqual(wrong, []);
  });

  test('notes with a recoverable mistake get a warning on the expected field, and no error', () => {
    const wrong: string[] = [];
    for (const { note, outcome, problems } of each()) {
      if (note.expect !== 'warning') continue;
      const errors = problems.filter(isError);
      const warnings = problems.filter((p) => !isError(p));
      if (errors.length > 0) wrong.push(`${note.kind}: unexpected error ${errors[0]?.formatted}`);
      else if (!warnings.some((p) => !note.field || p.field === note.field))
        wrong.push(
          `${note.kind}: no warning on ${note.field} (got ${warnings.map((p) => p.field).join(', ') || 'nothing'})`,
        );
      else if (!outcome.record?.hasMeta)
        wrong.push(`${note.kind}: warnings only, but the record has no meta`);
    }
    assert.deepEqual(wrong, []);
  });

  test('valid but hostile notes have no error and render', () => {
    const wrong: string[] = [];
    for (const { note, outcome, problems } of each()) {
      if (note.expect !== 'clean') continue;
      const errors = problems.filter(isError);
      if (errors.length > 0) wrong.push(`${note.kind}: ${errors.map((p) => p.formatted).join(' / ')}`);
      else if (outcome.feedHtmlLength === null) wrong.push(`${note.kind}: was not rendered`);
    }
    assert.deepEqual(wrong, []);
  });

  test('the record builder agrees with the checker: meta exactly when the front matter has no error', () => {
    const wrong: string[] = [];
    for (const { note, outcome } of each()) {
      const record = outcome.record;
      if (!record) continue;
      const checkerErrors = outcome.problems.filter(isError).length;
      if (record.hasMeta === record.errors > 0)
        wrong.push(`${note.kind}: meta ${record.hasMeta} with ${record.errors} errors`);
      if (record.errors > checkerErrors)
        wrong.push(`${note.kind}: record has ${record.errors} errors, checker ${checkerErrors}`);
    }
    assert.deepEqual(wrong, []);
  });

  test('Contentlayer reads every note the checker lets through, and cuts the same body', () => {
    const wrong: string[] = [];
    for (const { note, outcome } of each()) {
      const reader = outcome.contentlayer;
      if (!reader) continue;
      if (reader.error) wrong.push(`${note.kind}: Contentlayer cannot read it (${reader.error})`);
      else if (!reader.sameBody) wrong.push(`${note.kind}: Contentlayer cuts a different body`);
    }
    assert.deepEqual(wrong, []);
  });

  test('every problem is one line: path:line: field: what is wrong (what was expected)', () => {
    const wrong: string[] = [];
    for (const { note, problems } of each()) {
      const lines = note.bytes.toString('utf8').split('\n').length;
      const seen = new Set<string>();
      for (const p of problems) {
        const shown = JSON.stringify(p.formatted.slice(0, 200));
        if (!PROBLEM_LINE.test(p.formatted)) wrong.push(`${note.kind}: not one problem line: ${shown}`);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not get through.
        if (/[\u0000-\u001f\u007f-\u009f]/.test(p.formatted))
          wrong.push(`${note.kind}: control characters in ${shown}`);
        if (p.line < 0 || p.line > lines) wrong.push(`${note.kind}: line ${p.line} of a ${lines}-line file`);
        if (p.formatted.length > 400)
          wrong.push(`${note.kind}: ${p.formatted.length}-character line ${shown}`);
        if (!/\(.+\)/.test(p.formatted))
          wrong.push(`${note.kind}: says what is wrong, not what was expected: ${shown}`);
        if (seen.has(p.formatted)) wrong.push(`${note.kind}: the same problem twice: ${shown}`);
        seen.add(p.formatted);
      }
    }
    assert.deepEqual(wrong.slice(0, 30), []);
  });

  test('the installed Contentlayer reads CRLF notes (patches/@contentlayer2+source-files)', () => {
    // The reader above mimics the patched code; this proves `npm ci` applied the patch.
    const reader = readFileSync(
      path.join(
        __dirname,
        '../node_modules/@contentlayer2/source-files/dist/fetchData/makeCacheItemFromFilePath.js',
      ),
      'utf8',
    );
    assert.match(reader, /matter\(markdownString\.replace\(\/\\r\\n\?\/g, '\\n'\)/);
  });

  test('the slowest notes stay well inside the time limit', (t) => {
    const slowest = outcomes
      .map((o) => ({ kind: notes[o.id]?.kind, ms: o.ms.check + o.ms.record + o.ms.render }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    t.diagnostic(
      `slowest: ${slowest.map((s) => `${s.kind} ${Math.round(s.ms)} ms`).join(', ')}; whole set ${Math.round(set.ms)} ms`,
    );
    assert.ok((slowest[0]?.ms ?? 0) < NOTE_LIMIT_MS);
  });
});
