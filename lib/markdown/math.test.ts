import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { numberEquations } from './math';

const rows: { name: string; formulas: string[]; expected: Record<string, string> }[] = [
  { name: 'no labels', formulas: ['x', '\\begin{equation}a\\end{equation}'], expected: {} },
  {
    name: 'equations numbered in order',
    formulas: [
      '\\begin{equation}a\\label{a}\\end{equation}',
      'plain',
      '\\begin{equation}b\\label{b}\\end{equation}',
    ],
    expected: { a: '1', b: '2' },
  },
  {
    name: 'starred and \\nonumber are not numbered',
    formulas: [
      '\\begin{equation*}a\\label{a}\\end{equation*}',
      '\\begin{equation}b\\label{b}\\end{equation}',
    ],
    expected: { b: '1' },
  },
  {
    name: 'align numbers each row',
    formulas: ['\\begin{align}a\\label{a}\\\\b\\nonumber\\\\c\\label{c}\\end{align}'],
    expected: { a: '1', c: '2' },
  },
  {
    name: '\\tag gives its own number',
    formulas: [
      '\\begin{equation}a\\tag{*}\\label{a}\\end{equation}',
      'x \\tag{A} \\label{x}',
      '\\begin{equation}b\\label{b}\\end{equation}',
    ],
    expected: { a: '*', x: 'A', b: '1' },
  },
];

test('numberEquations: labels get the numbers KaTeX shows', () => {
  for (const row of rows)
    assert.deepEqual(Object.fromEntries(numberEquations(row.formulas)), row.expected, row.name);
});

test('public/katex is the installed KaTeX stylesheet with every woff2 font it names', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const served = readFileSync(path.join(root, 'public/katex/katex.min.css'), 'utf8');
  const installed = readFileSync(path.join(root, 'node_modules/katex/dist/katex.min.css'), 'utf8');
  assert.equal(
    served,
    installed,
    'copy node_modules/katex/dist/katex.min.css to public/katex/ after upgrading katex',
  );
  const fonts = [...served.matchAll(/url\((fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1] ?? '');
  assert.ok(fonts.length >= 20, `${fonts.length} fonts`);
  for (const font of fonts)
    assert.ok(existsSync(path.join(root, 'public/katex', font)), `missing public/katex/${font}`);
});
