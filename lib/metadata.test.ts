import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeJsonLd } from './metadata';

test('serializeJsonLd never closes the script element and round-trips', () => {
  const rows: unknown[] = [
    { headline: '</script><script>alert(1)</script>' },
    { headline: '<!-- comment -->' },
    { headline: 'a & b \u2028 c' },
    { headline: '俺的第一篇知乎小记' },
    ['x', 1, null],
  ];
  for (const value of rows) {
    const text = serializeJsonLd(value);
    assert.ok(!/<|>|&/.test(text), text);
    assert.deepEqual(JSON.parse(text), value);
  }
});
