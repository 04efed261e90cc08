import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CODE_BACKGROUND, CODE_THEMES, contrastRatio, ensureContrast, MIN_CONTRAST } from './code-themes';

test('contrastRatio matches the WCAG formula', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(contrastRatio('#6e7781', '#f6f8fa').toFixed(2), '4.27');
});

test('ensureContrast raises a colour just enough and leaves good ones alone', () => {
  assert.equal(ensureContrast('#1f2328', CODE_BACKGROUND.light), '#1f2328');
  const comment = ensureContrast('#6e7781', CODE_BACKGROUND.light);
  assert.notEqual(comment, '#6e7781');
  assert.ok(contrastRatio(comment, CODE_BACKGROUND.light) >= MIN_CONTRAST);
  assert.ok(contrastRatio(comment, CODE_BACKGROUND.light) < 5.5, 'not pushed to black');
  const dark = ensureContrast('#30363d', CODE_BACKGROUND.dark);
  assert.ok(contrastRatio(dark, CODE_BACKGROUND.dark) >= MIN_CONTRAST);
});

test('every token colour of both code themes reaches AA on the code background', () => {
  for (const mode of ['light', 'dark'] as const) {
    const theme = CODE_THEMES[mode];
    const rules = theme.tokenColors ?? [];
    assert.ok(rules.length > 20, `${mode}: a real theme`);
    for (const rule of rules) {
      const fg = rule.settings?.foreground;
      if (!fg) continue;
      const ratio = contrastRatio(fg, CODE_BACKGROUND[mode]);
      assert.ok(ratio >= MIN_CONTRAST, `${mode} ${JSON.stringify(rule.scope)} ${fg}: ${ratio.toFixed(2)}`);
    }
  }
});

test('the stylesheet paints code blocks on the background the themes were checked against', () => {
  const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
  const values = [...css.matchAll(/--code-bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]?.toLowerCase());
  assert.deepEqual(values, [CODE_BACKGROUND.light, CODE_BACKGROUND.dark]);
});
