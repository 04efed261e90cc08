import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTranslator } from './i18n';

const rows: {
  locale: 'zh-CN' | 'en';
  key: Parameters<ReturnType<typeof getTranslator>>[0];
  values?: Record<string, number | string>;
  expected: string;
}[] = [
  { locale: 'zh-CN', key: 'toc', expected: '目录' },
  { locale: 'en', key: 'toc', expected: 'Contents' },
  { locale: 'zh-CN', key: 'readingTime', values: { n: 3 }, expected: '约 3 分钟' },
  { locale: 'en', key: 'readingTime', values: { n: 3 }, expected: '3 min read' },
  { locale: 'zh-CN', key: 'postsWithTag', values: { name: 'LLM' }, expected: '标签：LLM' },
  { locale: 'zh-CN', key: 'wordCount', values: {}, expected: '{n} 字' },
];

test('translator fills placeholders per locale', () => {
  for (const row of rows) {
    assert.equal(getTranslator(row.locale)(row.key, row.values), row.expected, `${row.locale} ${row.key}`);
  }
});
