/**
 * Group colours of the graph views, one list per theme, each colour at least 3:1 against that
 * theme's page background (WCAG's contrast for graphics); index MAX_COLORED_GROUPS is "other".
 */
export const GRAPH_PALETTE = {
  light: [
    '#1d5fc4',
    '#c2410c',
    '#15803d',
    '#be185d',
    '#7c3aed',
    '#0e7490',
    '#a16207',
    '#b91c1c',
    '#4d7c0f',
    '#9333ea',
    '#6b7280',
  ],
  dark: [
    '#8fbcff',
    '#fb923c',
    '#4ade80',
    '#f472b6',
    '#c4b5fd',
    '#22d3ee',
    '#facc15',
    '#f87171',
    '#a3e635',
    '#d8b4fe',
    '#9ca3af',
  ],
} as const;

/**
 * Edge and label colours per theme, from the page's own text and border colours; `focus` rings the
 * node keyboard focus is on, in the strongest contrast the theme has (used for nothing else).
 */
export const GRAPH_INK = {
  light: {
    edge: 'rgba(87, 96, 106, 0.35)',
    faded: 'rgba(87, 96, 106, 0.08)',
    label: '#1f2328',
    focus: '#000000',
  },
  dark: {
    edge: 'rgba(164, 173, 184, 0.35)',
    faded: 'rgba(164, 173, 184, 0.08)',
    label: '#e6e8eb',
    focus: '#ffffff',
  },
} as const;

/** The colour of palette index `i` in a theme (out-of-range indexes are "other"). */
export function groupColor(theme: 'light' | 'dark', i: number): string {
  const list = GRAPH_PALETTE[theme];
  return list[Math.min(Math.max(i, 0), list.length - 1)] ?? '#6b7280';
}
