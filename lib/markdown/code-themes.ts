/**
 * The code highlighting themes: GitHub's own (Primer) light and dark default themes, with every token
 * colour that falls short of WCAG AA contrast (4.5:1) on our code block background darkened (light)
 * or lightened (dark) just enough, keeping its hue. GitHub's light comment grey is 4.27:1 on the
 * block background; shiki's older `github-light` fails for green, red and orange tokens too.
 */
import githubDarkDefault from '@shikijs/themes/github-dark-default';
import githubLightDefault from '@shikijs/themes/github-light-default';
import type { ThemeRegistrationRaw } from 'shiki';

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
