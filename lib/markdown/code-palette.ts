/**
 * Highlighted code as classes instead of inline styles. Shiki writes every token as
 * `<span style="--shiki-light:#0550AE;--shiki-dark:#79C0FF">` (57 bytes of markup a token, and a post
 * carries its body twice: once as HTML and once, escaped, in the RSC payload). The two themes have a
 * few dozen colours each, so a token becomes `<span class="cl3 cd7">`: `cl<i>` is the i-th colour of
 * the light theme's palette, `cd<i>` of the dark one's, and app/code-palette.css (written from this
 * module by `npm run gen:code-palette`, checked by code-palette.test.ts) colours them.
 * A token whose colour is not in the palette, or whose font style differs between the themes, keeps
 * its inline style; app/globals.css still paints those.
 */
import type { Element, Root } from 'hast';
import type { ThemeRegistrationRaw } from 'shiki';
import { SKIP, visit } from 'unist-util-visit';
import { CODE_THEMES, MERGED_CODE_THEME } from './code-themes';

const HEX = /^#[0-9a-f]{3,8}$/i;

/** Every foreground colour a theme can give a token, lowercase, sorted (the class index is the position). */
export function themePalette(theme: ThemeRegistrationRaw): string[] {
  const colours = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && HEX.test(value)) colours.add(value.toLowerCase());
  };
  add(theme.colors?.['editor.foreground']);
  add(theme.fg);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) add(rule.settings?.foreground);
  return [...colours].sort();
}

export const CODE_PALETTE = {
  light: themePalette(CODE_THEMES.light),
  dark: themePalette(CODE_THEMES.dark),
} as const;

const LIGHT_INDEX = new Map(CODE_PALETTE.light.map((c, i) => [c, i]));
const DARK_INDEX = new Map(CODE_PALETTE.dark.map((c, i) => [c, i]));

/** Font styles shiki writes per theme, and the class each becomes when both themes agree. */
const FONT_CLASSES: Record<string, Record<string, string>> = {
  'font-style': { italic: 'ci' },
  'font-weight': { bold: 'cb' },
  'text-decoration': { underline: 'cu', 'line-through': 'cs' },
};

function declarations(style: string): Map<string, string> | null {
  const decls = new Map<string, string>();
  for (const part of style.split(';')) {
    const at = part.indexOf(':');
    if (at < 0) {
      if (part.trim()) return null;
      continue;
    }
    decls.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return decls;
}

/**
 * A token's style as shiki's two-theme declarations (`--shiki-light:#…`, `--shiki-light-font-style:
 * italic`, `--shiki-dark:#…`, …, in the order shiki writes them), or null when it cannot be read.
 * A token highlighted with the merged theme (lib/markdown/code-themes.ts) has `color:<made-up
 * colour>` and plain font styles, which hold for both themes: those are translated (`merged`).
 */
function twoThemeDeclarations(style: string): { decls: Map<string, string>; merged: boolean } | null {
  const decls = declarations(style);
  const colour = decls?.get('color');
  const pair = colour === undefined ? undefined : MERGED_CODE_THEME?.pairs.get(colour.toLowerCase());
  if (!decls || !pair) return decls && { decls, merged: false };
  decls.delete('color');
  const fonts = Object.keys(FONT_CLASSES).flatMap((property) => {
    const value = decls.get(property);
    decls.delete(property);
    return value === undefined ? [] : [[property, value] as const];
  });
  const out = new Map<string, string>();
  for (const [mode, value] of [
    ['light', pair.light],
    ['dark', pair.dark],
  ] as const) {
    out.set(`--shiki-${mode}`, value);
    for (const [property, font] of fonts) out.set(`--shiki-${mode}-${property}`, font);
  }
  for (const [property, value] of decls) out.set(property, value);
  return { decls: out, merged: true };
}

/** A token's style in shiki's two-theme form (see twoThemeDeclarations); any other style as it is. */
export function toTwoThemeStyle(style: string): string {
  const read = twoThemeDeclarations(style);
  return read?.merged ? [...read.decls].map(([k, v]) => `${k}:${v}`).join(';') : style;
}

/**
 * The classes for one token's shiki style (`--shiki-light:#…;--shiki-dark:#…`, perhaps with
 * `--shiki-light-font-style:italic` and the like, or the merged theme's `color:#…`), or null when it
 * cannot be said with classes.
 */
export function tokenClasses(style: string): string[] | null {
  const decls = twoThemeDeclarations(style)?.decls;
  if (!decls) return null;
  const light = decls.get('--shiki-light')?.toLowerCase();
  const dark = decls.get('--shiki-dark')?.toLowerCase();
  const li = light === undefined ? undefined : LIGHT_INDEX.get(light);
  const di = dark === undefined ? undefined : DARK_INDEX.get(dark);
  if (li === undefined || di === undefined) return null;
  decls.delete('--shiki-light');
  decls.delete('--shiki-dark');
  const classes = [`cl${li}`, `cd${di}`];
  for (const [property, byValue] of Object.entries(FONT_CLASSES)) {
    const l = decls.get(`--shiki-light-${property}`);
    const d = decls.get(`--shiki-dark-${property}`);
    decls.delete(`--shiki-light-${property}`);
    decls.delete(`--shiki-dark-${property}`);
    if (l === undefined && d === undefined) continue;
    if (l !== d || l === undefined) return null;
    for (const word of l.split(/\s+/)) {
      const cls = byValue[word];
      if (!cls) return null;
      classes.push(cls);
    }
  }
  return decls.size === 0 ? classes : null;
}

/** rehype-pretty-code's title and caption elements (it writes the attribute names as they are). */
const TITLE_OR_CAPTION = ['data-rehype-pretty-code-title', 'data-rehype-pretty-code-caption'];

// rehype-pretty-code writes attribute names as is (`data-theme`), rehype as `dataTheme`.
function dropThemeNames(node: Element): void {
  delete node.properties['data-theme'];
  delete node.properties.dataTheme;
}

/**
 * rehype plugin, right after rehype-pretty-code: tokens' inline styles become palette classes; the
 * `display: grid` rehype-pretty-code puts on each `<code>` (the stylesheet sets it) and the theme
 * names it writes as `data-theme` on `<pre>` and `<code>` (nothing reads them, and the site's own
 * theme is a `data-theme` on `<html>`) go.
 */
export function rehypeCodeTokenClasses() {
  return (tree: Root): void => {
    visit(tree, 'element', (pre: Element) => {
      if (TITLE_OR_CAPTION.some((name) => name in pre.properties)) dropThemeNames(pre);
      if (pre.tagName !== 'pre') return;
      dropThemeNames(pre);
      visit(pre, 'element', (node: Element) => {
        const style = node.properties.style;
        if (node.tagName === 'code') {
          dropThemeNames(node);
          if (typeof style === 'string' && /^display:grid;?$/.test(style.replace(/\s+/g, '')))
            delete node.properties.style;
          return;
        }
        if (node.tagName !== 'span' || typeof style !== 'string') return;
        const classes = tokenClasses(style);
        if (!classes) {
          // A merged-theme colour means nothing to the stylesheet: a style that stays is two-theme.
          node.properties.style = toTwoThemeStyle(style);
          return;
        }
        delete node.properties.style;
        const existing = Array.isArray(node.properties.className) ? node.properties.className : [];
        node.properties.className = [...existing, ...classes];
      });
      return SKIP;
    });
  };
}

/** app/code-palette.css: one rule per palette colour and font style. */
export function codePaletteCss(): string {
  const rule = (selector: string, declaration: string) => `${selector} {\n  ${declaration};\n}`;
  const rules = [
    '/* Written by `npm run gen:code-palette` from lib/markdown/code-palette.ts: do not edit. */',
    '/* Highlighted tokens carry these classes instead of inline colours (see that file). */',
    ...CODE_PALETTE.light.map((c, i) => rule(`pre .cl${i}`, `color: ${c}`)),
    // Dark colours on screens only: a page printed in the dark theme prints light (app/print.css).
    '@media screen {',
    ...CODE_PALETTE.dark.map((c, i) =>
      rule(`[data-theme="dark"] pre .cd${i}`, `color: ${c}`).replace(/^/gm, '  '),
    ),
    '}',
    rule('pre .ci', 'font-style: italic'),
    rule('pre .cb', 'font-weight: bold'),
    rule('pre .cu', 'text-decoration: underline'),
    rule('pre .cs', 'text-decoration: line-through'),
    rule('pre .cu.cs', 'text-decoration: underline line-through'),
  ];
  return `${rules.join('\n')}\n`;
}
