/**
 * The code highlighting themes: GitHub's own (Primer) light and dark default themes, with every token
 * colour that falls short of WCAG AA contrast (4.5:1) on our code block background darkened (light)
 * or lightened (dark) just enough, keeping its hue. GitHub's light comment grey is 4.27:1 on the
 * block background; shiki's older `github-light` fails for green, red and orange tokens too.
 */
import githubDarkDefault from '@shikijs/themes/github-dark-default';
import githubLightDefault from '@shikijs/themes/github-light-default';
import {
  type BundledHighlighterOptions,
  type BundledLanguage,
  type BundledTheme,
  getSingletonHighlighter,
  type Highlighter,
  type ShikiTransformer,
  type ThemedToken,
  type ThemeRegistrationRaw,
} from 'shiki';

/** The `--code-bg` of app/globals.css in each theme: the colour every token is read against. */
export const CODE_BACKGROUND = { light: '#f6f8fa', dark: '#161b22' } as const;
/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (alpha ignored). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** `color` mixed toward black (on a light background) or white (on a dark one) until it reaches `min`. */
export function ensureContrast(color: string, background: string, min = MIN_CONTRAST): string {
  if (!/^#[0-9a-f]{3,8}$/i.test(color) || contrastRatio(color, background) >= min) return color;
  const target = luminance(background) > 0.5 ? 0 : 255;
  const rgb = channels(color);
  for (let step = 1; step <= 20; step++) {
    const mixed = `#${rgb.map((v) => hex2(v + (target - v) * (step / 20))).join('')}`;
    if (contrastRatio(mixed, background) >= min) return mixed;
  }
  return target === 0 ? '#000000' : '#ffffff';
}

/** A copy of `theme` whose token foregrounds all reach MIN_CONTRAST on `background`. */
export function withContrast(theme: ThemeRegistrationRaw, background: string): ThemeRegistrationRaw {
  const settings = (theme.tokenColors ?? theme.settings ?? []).map((rule) => {
    const foreground = rule.settings?.foreground;
    return foreground
      ? { ...rule, settings: { ...rule.settings, foreground: ensureContrast(foreground, background) } }
      : rule;
  });
  const colors = { ...theme.colors };
  if (colors['editor.foreground']) {
    colors['editor.foreground'] = ensureContrast(colors['editor.foreground'], background);
  }
  return { ...theme, name: `${theme.name}-aa`, colors, tokenColors: settings, settings };
}

export const CODE_THEMES = {
  light: withContrast(githubLightDefault as ThemeRegistrationRaw, CODE_BACKGROUND.light),
  dark: withContrast(githubDarkDefault as ThemeRegistrationRaw, CODE_BACKGROUND.dark),
};

/** A token colour of the merged theme and the pair of real colours it stands for. */
export interface ColourPair {
  light: string;
  dark: string;
}

export interface MergedCodeTheme {
  /** One theme whose every foreground is a made-up colour standing for a pair (light, dark). */
  theme: ThemeRegistrationRaw;
  /** The made-up colour (lowercase `#rrggbb`) → the pair of real colours it stands for. */
  pairs: ReadonlyMap<string, ColourPair>;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

type ThemeRule = NonNullable<ThemeRegistrationRaw['tokenColors']>[number];

function rulesOf(theme: ThemeRegistrationRaw): ThemeRule[] {
  return (theme.tokenColors ?? theme.settings ?? []) as ThemeRule[];
}

/**
 * Shiki tokenizes a code block once per theme: with two themes the grammar runs twice. GitHub's
 * light and dark themes are made from one template (the same rules, scopes and font styles in the
 * same order, only the colours differ), so which rule colours a token is the same in both and one
 * pass with a merged theme says everything: each distinct (light, dark) pair of foregrounds gets a
 * made-up colour, and lib/markdown/code-palette.ts turns a token's made-up colour back into the
 * pair. Token boundaries come out the same too: a two-theme token ends where either colour or the
 * font style changes, a merged one where the pair or the font style does.
 * Null when the themes are not aligned that way (then both themes are used, as shiki does).
 */
export function mergeCodeThemes(
  light: ThemeRegistrationRaw,
  dark: ThemeRegistrationRaw,
): MergedCodeTheme | null {
  const [lightRules, darkRules] = [rulesOf(light), rulesOf(dark)];
  if (lightRules.length !== darkRules.length) return null;
  const pairs = new Map<string, ColourPair>();
  // The made-up colour of each pair, by `light dark`. Foregrounds get #000001, #000002, …;
  // backgrounds never reach the markup (shiki writes a token's colour and font style only), but a
  // change of background still ends a token, so they are paired as well (#ff0000, #ff0001, …).
  const ids = { fg: new Map<string, string>(), bg: new Map<string, string>() };
  const merge = (
    l: string | undefined,
    d: string | undefined,
    kind: 'fg' | 'bg' = 'fg',
  ): string | undefined | null => {
    if (l === undefined && d === undefined) return undefined;
    if (l === undefined || d === undefined || !HEX_COLOUR.test(l) || !HEX_COLOUR.test(d)) return null;
    const key = `${l.toLowerCase()} ${d.toLowerCase()}`;
    const known = ids[kind].get(key);
    if (known) return known;
    const n = ids[kind].size;
    const id =
      kind === 'fg' ? `#${(n + 1).toString(16).padStart(6, '0')}` : `#ff${n.toString(16).padStart(4, '0')}`;
    ids[kind].set(key, id);
    if (kind === 'fg') pairs.set(id, { light: l, dark: d });
    return id;
  };
  const sameKeys = (a: object, b: object) =>
    JSON.stringify(Object.keys(a).sort()) === JSON.stringify(Object.keys(b).sort());
  const rules: ThemeRule[] = [];
  for (const [i, rule] of lightRules.entries()) {
    const other = darkRules[i] as ThemeRule;
    const settings = rule.settings ?? {};
    const otherSettings = other.settings ?? {};
    if (JSON.stringify(rule.scope) !== JSON.stringify(other.scope) || !sameKeys(settings, otherSettings))
      return null;
    if (settings.fontStyle !== otherSettings.fontStyle) return null;
    const foreground = merge(settings.foreground, otherSettings.foreground);
    const background = merge(settings.background, otherSettings.background, 'bg');
    if (foreground === null || background === null) return null;
    rules.push({
      ...rule,
      settings: { ...settings, ...(foreground ? { foreground } : {}), ...(background ? { background } : {}) },
    });
  }
  const fg = merge(light.colors?.['editor.foreground'], dark.colors?.['editor.foreground']);
  const bg = merge(
    light.colors?.['editor.background'] ?? '#ffffff',
    dark.colors?.['editor.background'] ?? '#000000',
    'bg',
  );
  if (!fg || !bg) return null;
  const theme: ThemeRegistrationRaw = {
    ...light,
    name: 'xiaoji-code',
    type: 'light',
    colors: { 'editor.foreground': fg, 'editor.background': bg },
    tokenColors: rules,
    settings: rules,
  };
  // Themes may set `fg`/`bg` directly, which would win over the colours above.
  delete theme.fg;
  delete theme.bg;
  return { theme, pairs };
}

export const MERGED_CODE_THEME = mergeCodeThemes(CODE_THEMES.light, CODE_THEMES.dark);

/**
 * A shiki transformer for highlighting with the merged theme. Before writing a block, shiki folds
 * each whitespace-only token into the token after it; with one theme it leaves the whitespace apart
 * when that token is underlined or struck through, with two themes (whose tokens carry no font
 * style of their own) it never does. This turns shiki's folding off and folds the two-theme way,
 * so the markup is the same as with the two themes.
 */
export const mergedThemeWhitespace: ShikiTransformer = {
  name: 'xiaoji:merged-theme-whitespace',
  preprocess(_code, options) {
    options.mergeWhitespaces = false;
  },
  tokens(lines) {
    return lines.map((line) => {
      const out: ThemedToken[] = [];
      let carried = '';
      let offset: number | undefined;
      line.forEach((token, i) => {
        if (/^\s+$/.test(token.content) && i + 1 < line.length) {
          offset ??= token.offset;
          carried += token.content;
        } else if (carried) {
          out.push({ ...token, offset: offset ?? token.offset, content: carried + token.content });
          carried = '';
          offset = undefined;
        } else out.push(token);
      });
      return out;
    });
  },
};

/**
 * How shiki tokenizes every block. By default it gives up on a line after 500 ms of wall-clock time
 * and leaves the rest of that line uncoloured, silently; a language's first line (when its grammar's
 * patterns are compiled) can take that long on a busy build machine, so the same page shipped with
 * different colours from build to build. No time limit makes the output depend on the code alone.
 * The limit never bounded a single slow pattern anyway (it is checked between matches), and cost
 * grows faster than line length, so lines of this length or more are left uncoloured instead:
 * minified blobs, not code a reader reads, and always the same lines.
 */
export const TOKENIZE_OPTIONS = { tokenizeTimeLimit: 0, tokenizeMaxLineLength: 5000 } as const;

/**
 * rehype-pretty-code's `getHighlighter`: shiki's shared highlighter (the plugin's default) whose
 * `codeToHtml`, the one call the plugin highlights with, always tokenizes with TOKENIZE_OPTIONS
 * (the plugin passes no tokenizer options of its own).
 */
export async function getCodeHighlighter(
  options: BundledHighlighterOptions<BundledLanguage, BundledTheme>,
): Promise<Highlighter> {
  const highlighter = await getSingletonHighlighter(options);
  return {
    ...highlighter,
    codeToHtml: (code, codeOptions) => highlighter.codeToHtml(code, { ...codeOptions, ...TOKENIZE_OPTIONS }),
  };
}
