import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  braceAccentArguments,
  expandBraket,
  expandQty,
  replaceMultline,
  unescapeKramdownMath,
} from './math-tex';

const rows: { name: string; rewrite: (tex: string) => string; input: string; expected: string }[] = [
  {
    name: 'accent before \\boldsymbol',
    rewrite: braceAccentArguments,
    input: '\\tilde \\boldsymbol c_t',
    expected: '\\tilde{\\boldsymbol c}_t',
  },
  {
    name: 'accent before \\bm',
    rewrite: braceAccentArguments,
    input: '\\dot \\bm x',
    expected: '\\dot{\\bm x}',
  },
  {
    name: 'accent before \\mathbf with a group',
    rewrite: braceAccentArguments,
    input: '\\hat \\mathbf{y}_i',
    expected: '\\hat{\\mathbf {y}}_i',
  },
  {
    name: 'stacked accents',
    rewrite: braceAccentArguments,
    input: '\\hat \\dot \\bm x',
    expected: '\\hat{\\dot {\\bm x}}',
  },
  {
    name: 'braced accent untouched',
    rewrite: braceAccentArguments,
    input: '\\hat{\\mathbf y}',
    expected: '\\hat{\\mathbf y}',
  },
  {
    name: 'accent on a letter untouched',
    rewrite: braceAccentArguments,
    input: '\\hat x + \\tilde\\alpha',
    expected: '\\hat x + \\tilde\\alpha',
  },
  {
    name: '\\hatch is no accent',
    rewrite: braceAccentArguments,
    input: '\\hatch \\bm x',
    expected: '\\hatch \\bm x',
  },
  {
    name: '\\qty( )',
    rewrite: expandQty,
    input: '\\qty(\\frac{a}{b})',
    expected: '\\left( \\frac{a}{b} \\right)',
  },
  {
    name: '\\qty with nested parens',
    rewrite: expandQty,
    input: '\\qty(f(x) + 1)^2',
    expected: '\\left( f(x) + 1 \\right)^2',
  },
  {
    name: '\\qty[ ] and \\qty{ }',
    rewrite: expandQty,
    input: '\\qty[a] \\qty{b}',
    expected: '\\left[ a \\right] \\left\\{ b \\right\\}',
  },
  { name: '\\qty| |', rewrite: expandQty, input: '\\qty|x|', expected: '\\left\\vert x \\right\\vert' },
  {
    name: 'nested \\qty',
    rewrite: expandQty,
    input: '\\qty(\\qty[a])',
    expected: '\\left( \\left[ a \\right] \\right)',
  },
  {
    name: 'paren in a group is skipped',
    rewrite: expandQty,
    input: '\\qty(\\text{)} x)',
    expected: '\\left( \\text{)} x \\right)',
  },
  { name: 'unclosed \\qty kept', rewrite: expandQty, input: '\\qty(a', expected: '\\qty(a' },
  {
    name: 'two-argument \\braket',
    rewrite: expandBraket,
    input: '\\braket{a}{b}',
    expected: '\\xj@braket{a}{b}',
  },
  {
    name: 'one-argument \\braket kept',
    rewrite: expandBraket,
    input: '\\braket{a|b} c',
    expected: '\\braket{a|b} c',
  },
  {
    name: 'multline*',
    rewrite: replaceMultline,
    input: '\\begin{multline*}a\\\\b\\end{multline*}',
    expected: '\\begin{gathered}a\\\\b\\end{gathered}',
  },
  {
    name: 'numbered multline',
    rewrite: replaceMultline,
    input: '\\begin{multline}a\\\\b\\end{multline}',
    expected: '\\begin{equation}\\begin{gathered}a\\\\b\\end{gathered}\\end{equation}',
  },
];

test('TeX rewrites: MathJax-only forms into what KaTeX renders the same', () => {
  for (const row of rows) assert.equal(row.rewrite(row.input), row.expected, row.name);
});

const escapes: { name: string; input: string; inTable: boolean; expected: string }[] = [
  { name: '\\_ is a subscript', input: '\\mathbf{S}\\_{N+1}', inTable: false, expected: '\\mathbf{S}_{N+1}' },
  { name: '\\* is a star', input: 'a^\\*', inTable: false, expected: 'a^*' },
  { name: '\\| in a table cell is a bar', input: '\\|x\\|', inTable: true, expected: '|x|' },
  { name: '\\| outside tables is a norm', input: '\\|x\\|', inTable: false, expected: '\\|x\\|' },
  { name: '\\\\{ is a brace', input: '\\\\{1,2\\\\}', inTable: false, expected: '\\{1,2\\}' },
  { name: '\\\\ line break kept', input: 'a \\\\ b', inTable: false, expected: 'a \\\\ b' },
  { name: 'commands kept', input: '\\alpha\\_1 \\{x\\}', inTable: false, expected: '\\alpha_1 \\{x\\}' },
  { name: '中文 text kept', input: '\\text{速度}\\_t', inTable: false, expected: '\\text{速度}_t' },
];

test('unescapeKramdownMath: the escapes kramdown removes before MathJax', () => {
  for (const row of escapes)
    assert.equal(unescapeKramdownMath(row.input, row.inTable), row.expected, row.name);
});
