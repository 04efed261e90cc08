import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeMathDelimiters } from './math-delimiters';

const rows: { name: string; input: string; expected: string }[] = [
  { name: 'nothing to do', input: 'a $x$ and $$y$$', expected: 'a $x$ and $$y$$' },
  { name: '\\( \\) inline', input: 'when \\(a \\ne 0\\) holds', expected: 'when $a \\ne 0$ holds' },
  { name: 'kramdown-escaped \\\\( \\\\)', input: 'when \\\\(a\\\\) holds', expected: 'when $a$ holds' },
  { name: '\\[ \\] on one line', input: '\\[x^2\\]', expected: '$$x^2$$' },
  { name: '\\[ \\] over lines becomes a block', input: '\\[\nx\n\\]', expected: '\n$$\nx\n$$\n' },
  { name: '\\[ \\] across a blank line is not math', input: '\\[a\n\nb\\]', expected: '\\[a\n\nb\\]' },
  { name: "Chirpy's list escape stays inline", input: '1. \\$$ \\alpha $$', expected: '1. $ \\alpha $' },
  {
    name: '$$ opening with TeX on the line',
    input: '$$ f(x) = x^2\n+ 1 $$\n\nafter',
    expected: '$$\nf(x) = x^2\n+ 1\n$$\n\nafter',
  },
  { name: 'one-line $$ … $$ untouched', input: '$$ x = 1 $$', expected: '$$ x = 1 $$' },
  { name: 'unclosed $$ opening escaped', input: '$$ costs\n\nmore', expected: '\\$$ costs\n\nmore' },
  {
    name: 'in a quote',
    input: '> $$ a\n> b $$',
    expected: '> $$\n> a\n> b\n> $$',
  },
  {
    name: 'inline code untouched',
    input: '`\\(x\\)` and `\\$$ y $$`',
    expected: '`\\(x\\)` and `\\$$ y $$`',
  },
  {
    name: 'fenced code untouched',
    input: '```tex\n\\[ x \\]\n$$ a\n```\n\\(y\\)',
    expected: '```tex\n\\[ x \\]\n$$ a\n```\n$y$',
  },
  {
    name: 'closing $$ ending the last TeX line (kramdown block)',
    input: '$$\n a = b + c$$\n\n## 小节',
    expected: '$$\n a = b + c\n$$\n\n## 小节',
  },
  { name: 'bare $$ block untouched', input: '$$\na\n$$', expected: '$$\na\n$$' },
  {
    name: 'lazy lines of a quoted $$ block get the quote marker',
    input: '> $$\na = b\n$$\n\n正文',
    expected: '> $$\n> a = b\n> $$\n\n正文',
  },
  {
    name: 'quoted block, TeX on both $$ lines, lazy middle',
    input: '> $$ a\nb $$',
    expected: '> $$\n> a\n> b\n> $$',
  },
  {
    name: 'nested quote keeps both markers',
    input: '> > $$\n> > x\ny$$',
    expected: '> > $$\n> > x\n> > y\n> > $$',
  },
  { name: 'bare $$ with no closing stays', input: '$$\nx\n\ny', expected: '$$\nx\n\ny' },
  { name: 'escaped backslash is no delimiter', input: 'a \\\\\\(b', expected: 'a \\\\\\(b' },
];

test('normalizeMathDelimiters: kramdown and MathJax delimiters to $ and $$', () => {
  for (const row of rows) assert.equal(normalizeMathDelimiters(row.input), row.expected, row.name);
});
