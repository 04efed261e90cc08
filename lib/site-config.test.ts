import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMathMacros, parseWorkerCount, withYoungGeneration } from '../site.config';

test('XIAOJI_BUILD_WORKERS: unset means the default (one per core); a whole number 1–64; anything else names the variable', () => {
  assert.equal(parseWorkerCount(undefined), undefined);
  assert.equal(parseWorkerCount(' '), undefined);
  assert.equal(parseWorkerCount('2'), 2);
  assert.equal(parseWorkerCount(' 3 '), 3);
  for (const bad of ['0', '-1', '1.5', 'two', '65', '2e1']) {
    assert.throws(
      () => parseWorkerCount(bad),
      /XIAOJI_BUILD_WORKERS: expected a whole number of workers from 1 to 64/,
      bad,
    );
  }
});

test('withYoungGeneration: adds a larger semi-space to NODE_OPTIONS, keeps one the user set', () => {
  assert.equal(withYoungGeneration(undefined), '--max-semi-space-size=128');
  // One worker gets 128 MB, each of several 32 MB (peak memory of the whole build).
  assert.equal(withYoungGeneration(undefined, 1), '--max-semi-space-size=128');
  assert.equal(withYoungGeneration(undefined, 2), '--max-semi-space-size=32');
  assert.equal(withYoungGeneration(undefined, 16), '--max-semi-space-size=32');
  assert.equal(
    withYoungGeneration(' --enable-source-maps '),
    '--enable-source-maps --max-semi-space-size=128',
  );
  assert.equal(withYoungGeneration('--max-semi-space-size=32'), '--max-semi-space-size=32');
});

test('XIAOJI_MATH_MACROS: unset means none; a JSON record of TeX; anything else names the variable', () => {
  assert.deepEqual(parseMathMacros(undefined), {});
  assert.deepEqual(parseMathMacros(' '), {});
  assert.deepEqual(parseMathMacros('{"\\\\RR":"\\\\mathbb{R}","e":"\\\\mathrm{e}"}'), {
    '\\RR': '\\mathbb{R}',
    e: '\\mathrm{e}',
  });
  for (const bad of ['{', '[]', '"x"', 'null', '{"\\\\RR":1}', '{"a":{"b":"c"}}']) {
    assert.throws(() => parseMathMacros(bad), /XIAOJI_MATH_MACROS: expected a JSON object/, bad);
  }
});
