import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeMathMacros, parseMathMacros } from '../site.config';

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

test("math macros: the settings', then the environment's, which add and win; names get their backslash", () => {
  const rows: [Record<string, string>, Record<string, string>, Record<string, string>][] = [
    [{}, {}, {}],
    [{ '\\RR': '\\mathbb{R}' }, {}, { '\\RR': '\\mathbb{R}' }],
    [{}, { e: '\\mathrm{e}' }, { '\\e': '\\mathrm{e}' }],
    [
      { '\\RR': '\\mathbb{R}', '\\e': 'e' },
      { e: '\\mathrm{e}', '\\CC': '\\mathbb{C}' },
      { '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}', '\\CC': '\\mathbb{C}' },
    ],
  ];
  for (const [fromSettings, fromEnv, expected] of rows)
    assert.deepEqual(mergeMathMacros(fromSettings, fromEnv), expected);
});
