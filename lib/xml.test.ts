import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeXml } from './xml';

test('escapeXml', () => {
  const rows: [string, string][] = [
    ['俺的第一篇知乎小记', '俺的第一篇知乎小记'],
    ['a & b', 'a &amp; b'],
    ['</script><script>alert(1)</script>', '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &apos;single&apos;'],
    ['bell\u0007tab\tok', 'belltab\tok'],
    ['', ''],
  ];
  for (const [input, expected] of rows) assert.equal(escapeXml(input), expected, input);
});
