import assert from 'node:assert/strict';
import { test } from 'node:test';
import katex from 'katex';
import { createNoteMacros, parseMathJaxMacros } from './math-macros';
import { rewriteTexForKatex } from './math-tex';

const configs: { name: string; input: string; expected: Record<string, string> }[] = [
  { name: 'no macros block', input: 'MathJax = { tex: { inlineMath: [["$", "$"]] } };', expected: {} },
  {
    name: "Chirpy's mathjax.js with string and [def, n] forms",
    input: `MathJax = {
  tex: {
    inlineMath: [['$', '$'], ['\\\\(', '\\\\)']],
    tags: 'ams',
    macros: {
      RR: '\\\\mathbb{R}',
      e: ['\\\\mathrm{e}', 0],
      norm: ["\\\\left\\\\lVert #1 \\\\right\\\\rVert", 1], // 范数
      /* 注释 */ 'quoted': "\\\\mathcal{Q}",
    },
  },
};`,
    expected: {
      '\\RR': '\\mathbb{R}',
      '\\e': '\\mathrm{e}',
      '\\norm': '\\left\\lVert #1 \\right\\rVert',
      '\\quoted': '\\mathcal{Q}',
    },
  },
  {
    name: 'inside an HTML page, with values that are not macros skipped',
    input:
      '<script>window.MathJax = { tex: { macros: { bold: ["{\\\\bf #1}", 1], n: 3, v: { a: 1 }, C: "\\\\mathbb{C}" } } };</script>',
    expected: { '\\bold': '{\\bf #1}', '\\C': '\\mathbb{C}' },
  },
  { name: 'unclosed block keeps what was read', input: "macros: { A: 'a', B: ", expected: { '\\A': 'a' } },
  { name: 'empty block', input: 'macros: {}', expected: {} },
];

test('parseMathJaxMacros: a MathJax configuration as KaTeX macros', () => {
  for (const row of configs) assert.deepEqual(parseMathJaxMacros(row.input), row.expected, row.name);
});

/** The text of the MathML KaTeX makes (what a formula reads as), without its TeX annotation. */
function shown(tex: string, site: Record<string, string> = {}): string {
  const html = katex.renderToString(rewriteTexForKatex(tex), {
    output: 'mathml',
    throwOnError: true,
    macros: createNoteMacros(site),
  });
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[\s\u2061-\u2064]+/g, ''); // invisible operators (function application, separators)
}

const physics: { tex: string; expected: string }[] = [
  { tex: '\\vb{x}', expected: 'x' },
  { tex: '\\qty(\\frac{a}{b})', expected: '(ab)' },
  { tex: '\\dd{x}', expected: 'dx' },
  { tex: '\\pdv{f}{x}', expected: '∂f∂x' },
  { tex: '\\pdv[2]{f}{x}', expected: '∂2f∂x2' },
  { tex: '\\dv{y}{t}', expected: 'dydt' },
  { tex: '\\abs{x}', expected: '∣x∣' },
  { tex: '\\norm{x}', expected: '∥x∥' },
  { tex: '\\ev{A}', expected: '⟨A⟩' },
  { tex: '\\mel{n}{H}{m}', expected: '⟨n|H|m⟩' },
  { tex: '\\bra{\\psi}', expected: '⟨ψ∣' },
  { tex: '\\ket{0}', expected: '∣0⟩' },
  { tex: '\\braket{a}{b}', expected: '⟨a|b⟩' },
  { tex: '\\cancelto{0}{x}', expected: 'x0' },
  { tex: '\\tr\\rho', expected: 'trρ' },
];

test('physics macros render as MathJax shows them', () => {
  for (const row of physics) assert.equal(shown(row.tex), row.expected, row.tex);
});

test('site macros: with or without the backslash, with arguments, winning over physics', () => {
  const site = { '\\RR': '\\mathbb{R}', e: '\\mathrm{e}', '\\half': '\\frac{#1}{2}', '\\abs': '|#1|' };
  assert.equal(shown('x \\in \\RR', site), 'x∈R');
  assert.equal(shown('\\e^{i\\pi}', site), 'eiπ');
  assert.equal(shown('\\half{a}', site), 'a2');
  assert.equal(shown('\\abs{x}', site), '∣x∣');
});

test('createNoteMacros: a \\gdef in one note does not reach the next', () => {
  const first = createNoteMacros();
  katex.renderToString('\\gdef\\mine{1}', { macros: first, throwOnError: true });
  assert.ok('\\mine' in first);
  assert.ok(!('\\mine' in createNoteMacros()));
});
