import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBrowserInternal } from './browser-internal';

test("the PDF viewer's own errors are the browser's, the site's are not", () => {
  assert.ok(isBrowserInternal('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html'));
  assert.ok(
    isBrowserInternal(
      '',
      "The requested module 'chrome://resources/js/assert.js' does not provide an export",
    ),
  );
  assert.ok(!isBrowserInternal('http://localhost:4312/notes/a/', 'Failed to load resource: 404'));
  assert.ok(!isBrowserInternal('', 'TypeError: x is undefined at http://localhost:4312/_next/static/a.js'));
});
