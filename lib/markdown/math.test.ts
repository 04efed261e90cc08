import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findMathProblems, numberEquations, wide } from './math';
import { prepareNoteBody } from './prepare';
import { renderMarkdownHtml } from './render-html';

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

/** A `math: true` body as its page renders it. */
async function renderMath(markdown: string, macros?: Record<string, string>): Promise<string> {
  const text = prepareNoteBody(markdown, { format: 'md', math: true }).text;
  return (await renderMarkdownHtml(text, { math: true, mathMacros: macros })).html;
}

/** What the formulas of rendered HTML read as (their MathML text), in order. */
function formulas(html: string): string[] {
  return [...html.matchAll(/<math[\s\S]*?<\/math>/g)].map((m) =>
    m[0]
      .replace(/<annotation[\s\S]*?<\/annotation>/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/[\s\u2061-\u2064]+/g, ''),
  );
}

const pages: {
  name: string;
  markdown: string;
  macros?: Record<string, string>;
  formulas: string[];
  /** Text that must be in the HTML (outside formulas), e.g. a heading after the formula. */
  contains?: string[];
  fallback?: string[];
}[] = [
  {
    name: 'class 1: closing $$ at the end of the last TeX line',
    markdown: '$$\n a = b + c$$\n\n## 之后的小节\n\n正文 $x$',
    formulas: ['a=b+c', 'x'],
    contains: ['<h2 id="之后的小节">', '<p>正文 '],
  },
  {
    name: 'class 1: quoted $$ with lazy lines',
    markdown: '> $$\na = b\n$$\n\n## 引用之后\n\n$y$',
    formulas: ['a=b', 'y'],
    contains: ['<blockquote>', '<h2 id="引用之后">'],
  },
  {
    name: 'class 1: inline $$ in a paragraph stays inline',
    markdown: '能量 $$E=mc^2$$ 守恒',
    formulas: ['E=mc2'],
    contains: ['<span class="math-inline">'],
  },
  {
    name: 'class 2: physics',
    markdown: '$\\pdv{f}{x}$ 与 $\\mel{n}{H}{m}$ 与 $\\qty(\\frac{a}{b})$',
    formulas: ['∂f∂x', '⟨n|H|m⟩', '(ab)'],
  },
  {
    name: 'class 3: site macros',
    markdown: '$x \\in \\RR$，$\\e^x$',
    macros: { '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}' },
    formulas: ['x∈R', 'ex'],
  },
  {
    name: 'class 4: accent before a command, multline*',
    markdown: '$\\tilde \\boldsymbol c_t$\n\n$$\n\\begin{multline*}\na \\\\\nb\n\\end{multline*}\n$$',
    formulas: ['c~t', 'ab'],
  },
  {
    name: 'class 5: \\_ and table \\|',
    markdown: '$\\mathbf{S}\\_{N+1}$\n\n| 量 | 值 |\n|---|---|\n| $\\|x\\|$ | 1 |',
    formulas: ['SN+1', '∣x∣'],
    contains: ['<td>'],
  },
  {
    name: 'class 7: unrenderable formula as code, prose around it kept',
    markdown: '前文 $\\frac{a}{$ 中间 $\\nosuchmacro$ 后文',
    formulas: [],
    contains: ['前文 ', ' 中间 ', ' 后文'],
    fallback: ['\\frac{a}{', '\\nosuchmacro'],
  },
];

test('math pages: each class of MathJax-only input renders, nothing red, prose kept', async () => {
  for (const row of pages) {
    const html = await renderMath(row.markdown, row.macros);
    assert.deepEqual(formulas(html), row.formulas, row.name);
    assert.ok(!html.includes('katex-error'), `${row.name}: katex-error`);
    for (const text of row.contains ?? []) assert.ok(html.includes(text), `${row.name}: ${text} in ${html}`);
    const shown = [...html.matchAll(/<code class="math-fallback">([^<]*)<\/code>/g)].map((m) => m[1]);
    assert.deepEqual(shown, row.fallback ?? [], row.name);
  }
});

test('findMathProblems: the formulas shown as code, at their line', () => {
  assert.deepEqual(findMathProblems('$x$\n\n前文 $\\frac{a}{$\n\n$$\n\\nosuch\n$$\n'), [
    {
      line: 3,
      tex: '\\frac{a}{',
      message: "Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{a}{",
    },
    {
      line: 5,
      tex: '\\nosuch',
      message: 'Undefined control sequence: \\nosuch at position 1: \\̲n̲o̲s̲u̲c̲h̲',
    },
  ]);
  assert.deepEqual(findMathProblems('$\\RR$', { '\\RR': '\\mathbb{R}' }), []);
  assert.deepEqual(findMathProblems('$\\pdv{f}{x}$ $\\tilde \\bm c$'), []);
});

test('wide: only formulas longer than a phone column scroll', () => {
  const rows: [string, boolean][] = [
    ['x', false],
    ['\\alpha + \\beta', false],
    ["\\color{red}{Q(s,a)\\leftarrow Q(s,a)+\\alpha[r+\\gamma\\max_{a'}Q(s',a')-Q(s,a)]}", true],
    ['\\left( \\frac{a}{b} \\right) + \\mathrm{d}x', false],
  ];
  for (const [tex, expected] of rows) assert.equal(wide(tex), expected, tex);
});
