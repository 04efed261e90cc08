import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rehypePrettyCode from 'rehype-pretty-code';
import { getSingletonHighlighter, type ThemeRegistrationRaw } from 'shiki';
import {
  CODE_BACKGROUND,
  CODE_THEMES,
  contrastRatio,
  ensureContrast,
  getCodeHighlighter,
  MERGED_CODE_THEME,
  MIN_CONTRAST,
  mergeCodeThemes,
  TOKENIZE_OPTIONS,
} from './code-themes';
import { getMdxOptions } from './pipeline';

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

test('the merged code theme pairs every rule colour of the two themes, and only aligned themes merge', () => {
  const merged = MERGED_CODE_THEME;
  assert.ok(merged, 'GitHub light and dark default are aligned rule for rule');
  const rules = (merged.theme.tokenColors ?? []) as { settings?: { foreground?: string } }[];
  const light = (CODE_THEMES.light.tokenColors ?? []) as typeof rules;
  const dark = (CODE_THEMES.dark.tokenColors ?? []) as typeof rules;
  assert.equal(rules.length, light.length);
  for (const [i, rule] of rules.entries()) {
    const fg = rule.settings?.foreground;
    if (!fg) {
      assert.equal(light[i]?.settings?.foreground, undefined);
      continue;
    }
    assert.deepEqual(merged.pairs.get(fg), {
      light: light[i]?.settings?.foreground,
      dark: dark[i]?.settings?.foreground,
    });
  }
  const fg = merged.theme.colors?.['editor.foreground'];
  assert.ok(fg);
  assert.deepEqual(merged.pairs.get(fg), {
    light: CODE_THEMES.light.colors?.['editor.foreground'],
    dark: CODE_THEMES.dark.colors?.['editor.foreground'],
  });
  // Different rules, scopes or font styles: no merge (both themes are then used as they are).
  const rulesOf = (t: ThemeRegistrationRaw) =>
    (t.tokenColors ?? []) as NonNullable<ThemeRegistrationRaw['tokenColors']>;
  const withRules = (rs: ReturnType<typeof rulesOf>): ThemeRegistrationRaw => ({
    ...CODE_THEMES.dark,
    tokenColors: rs,
    settings: rs,
  });
  const darkRules = rulesOf(CODE_THEMES.dark);
  assert.equal(mergeCodeThemes(CODE_THEMES.light, withRules(darkRules.slice(1))), null);
  const moved = darkRules.map((r, i) => (i === 3 ? { ...r, scope: 'comment.other' } : r));
  assert.equal(mergeCodeThemes(CODE_THEMES.light, withRules(moved)), null);
  const italic = darkRules.map((r, i) =>
    i === 3 ? { ...r, settings: { ...r.settings, fontStyle: 'italic' } } : r,
  );
  assert.equal(mergeCodeThemes(CODE_THEMES.light, withRules(italic)), null);
  assert.ok(mergeCodeThemes(CODE_THEMES.light, withRules(darkRules)));
});

test('code is tokenized without a time limit, so a busy machine cannot drop colours', async () => {
  const pretty = getMdxOptions('md').rehypePlugins?.find(
    (p) => Array.isArray(p) && p[0] === rehypePrettyCode,
  );
  assert.ok(Array.isArray(pretty), 'rehype-pretty-code is listed');
  assert.equal((pretty[1] as { getHighlighter?: unknown }).getHighlighter, getCodeHighlighter);

  const theme = 'github-light';
  const options = { themes: [theme], langs: ['python'] };
  const [plain, ours] = await Promise.all([getSingletonHighlighter(options), getCodeHighlighter(options)]);
  const coloured = (html: string) =>
    html.match(/<span style="color:#[0-9a-f]{6}">\s?"s\d+"<\/span>/gi)?.length ?? 0;
  // A 3,000-character line takes well over 1 ms: shiki's limit (1 ms here, as a loaded machine hits
  // 500 ms) leaves its end uncoloured; ours overrides any limit, so every string is coloured.
  const line = Array.from({ length: 200 }, (_, i) => `f${i}(x, "s${i}")`).join('; ');
  assert.ok(line.length < TOKENIZE_OPTIONS.tokenizeMaxLineLength);
  const limited = plain.codeToHtml(line, { lang: 'python', theme, tokenizeTimeLimit: 1 });
  const full = ours.codeToHtml(line, { lang: 'python', theme, tokenizeTimeLimit: 1 });
  assert.ok(coloured(limited) < 200, `with a 1 ms limit shiki coloured ${coloured(limited)} of 200 strings`);
  assert.equal(coloured(full), 200);
  assert.equal(full, plain.codeToHtml(line, { lang: 'python', theme, tokenizeTimeLimit: 0 }));

  // A line of tokenizeMaxLineLength characters or more is left uncoloured, always; one less is coloured.
  const long = 'x = "s" '.repeat(TOKENIZE_OPTIONS.tokenizeMaxLineLength / 8);
  assert.equal(long.length, TOKENIZE_OPTIONS.tokenizeMaxLineLength);
  assert.doesNotMatch(ours.codeToHtml(long, { lang: 'python', theme }), /<span style/);
  assert.match(ours.codeToHtml(long.slice(1), { lang: 'python', theme }), /<span style="color/);
});
