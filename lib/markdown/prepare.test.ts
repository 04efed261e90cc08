import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PrepareOptions, prepareNoteBody } from './prepare';

const md: PrepareOptions = { format: 'md' };
const rows: { name: string; input: string; options: PrepareOptions; expected: string; problems?: number }[] =
  [
    { name: 'Liquid in .md', input: '{% post_url 2020-01-01-a %}', options: md, expected: '/posts/a/' },
    {
      name: 'render_with_liquid: false',
      input: '{% post_url 2020-01-01-a %}',
      options: { ...md, renderWithLiquid: false },
      expected: '{% post_url 2020-01-01-a %}',
    },
    {
      name: '.mdx is never Liquid',
      input: '<A b={{ c: 1 }} />',
      options: { format: 'mdx' },
      expected: '<A b={{ c: 1 }} />',
    },
    {
      name: 'kramdown comment extension, lines kept',
      input: 'a\n{::comment}\nx\n{:/comment}\nb',
      options: md,
      expected: 'a\n\n\n\nb',
    },
    { name: 'short closing {:/}', input: '{::comment}x{:/}y', options: md, expected: 'y' },
    {
      name: 'nomarkdown keeps its content',
      input: '{::nomarkdown}<b>x</b>{:/nomarkdown}',
      options: md,
      expected: '<b>x</b>',
    },
    {
      name: 'options dropped',
      input: '{::options parse_block_html="true" /}\nx',
      options: md,
      expected: '\nx',
    },
    {
      name: 'extensions in code kept',
      input: '`{::comment}x{:/comment}`',
      options: md,
      expected: '`{::comment}x{:/comment}`',
    },
    { name: 'math only with math: true', input: '\\(x\\)', options: md, expected: '\\(x\\)' },
    { name: 'math delimiters', input: '\\(x\\)', options: { ...md, math: true }, expected: '$x$' },
    { name: 'warnings returned', input: '{% include a.html %}', options: md, expected: '', problems: 1 },
    { name: 'non-string body', input: undefined as unknown as string, options: md, expected: '' },
  ];

test('prepareNoteBody: the text passes before markdown', () => {
  for (const row of rows) {
    const { text, problems } = prepareNoteBody(row.input, row.options);
    assert.equal(text, row.expected, row.name);
    assert.equal(problems.length, row.problems ?? 0, `${row.name}: problems`);
  }
});
