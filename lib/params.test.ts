import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeParam, parsePageNumber } from './params';

test('decodeParam decodes once and rejects bad input', () => {
  const rows: [string, string | null][] = [
    ['%E7%9F%A5%E4%B9%8E', '知乎'],
    ['知乎', '知乎'],
    ['llm', 'llm'],
    ['getting-started', 'getting-started'],
    ['%25E7', '%E7'],
    ['%E0%A4%A', null],
    ['%00', null],
    ['a%0Ab', null],
    ['', null],
    ['x'.repeat(201), null],
    ['..%2F..%2Fpackage.json', '../../package.json'],
  ];
  for (const [input, expected] of rows) assert.equal(decodeParam(input), expected, input);
});

test('parsePageNumber', () => {
  const rows: [string, number | null][] = [
    ['2', 2],
    ['10', 10],
    ['1', null],
    ['0', null],
    ['02', null],
    ['-3', null],
    ['2.5', null],
    ['abc', null],
    ['9999999', null],
  ];
  for (const [input, expected] of rows) assert.equal(parsePageNumber(input), expected, input);
});
