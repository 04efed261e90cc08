import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { config } from '../proxy';

// Next's own matcher compiler (what `next build` writes into the middleware manifest), so the test
// checks the regular expression the server really runs, suffixes (`.rsc`, `_next/data`) included.
const require = createRequire(import.meta.url);
const { getMiddlewareMatchers } = require('next/dist/build/analysis/get-page-static-info.js') as {
  getMiddlewareMatchers: (matchers: string[], nextConfig: object) => { regexp: string }[];
};
const patterns = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));

/** Does the proxy run for this raw request path? Next tests the raw and the decoded path. */
function proxyRuns(raw: string): boolean {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // not decodable: only the raw path is tested
  }
  return patterns.some((re) => re.test(raw) || re.test(decoded));
}

function malformed(raw: string): boolean {
  try {
    decodeURIComponent(raw);
    return false;
  } catch {
    return true;
  }
}

test('the proxy runs for malformed paths under dynamic routes, and not for ordinary ones', () => {
  for (const path of [
    '/tags/%E0%A4%A',
    '/categories/%E0%A4%A',
    '/posts/%',
    '/page/%ZZ',
    '/tags/%C0%AE%C0%AE',
    '/tags/%ED%A0%80',
    '/posts/%F4%90%80%80',
    '/search-text/%E7%9F',
    '/tags/%E0%A4%A.rsc',
    // app/[...path] (permalink: posts) and the fallback to app/moved/ see every other path.
    '/2022/%E0%A4%A/',
    '/%E0%A4%A',
    '/x/%ZZ/',
  ]) {
    assert.ok(proxyRuns(path), path);
  }
  for (const path of [
    '/posts/gen-0500',
    '/posts/gen-0500.rsc',
    '/tags/llm',
    '/tags/%E7%9F%A5%E4%B9%8E',
    '/tags/%e7%9f%a5',
    '/categories/%F0%9F%98%80',
    '/page/2',
    '/tags/%00',
    '/',
    '/archives',
    '/2022/%E6%88%91/',
    '/feed.xml',
    '/_next/static/chunks/main.js',
  ]) {
    assert.equal(proxyRuns(path), false, path);
  }
});

test('the matcher agrees with decodeURIComponent on random percent-encoded paths', () => {
  const pieces = [
    'a',
    '/',
    '-',
    '%',
    '%2',
    '%25',
    '%41',
    '%7f',
    '%80',
    '%bf',
    '%C2',
    '%c3%a9',
    '%C0%80',
    '%C1%BF',
    '%DF%BF',
    '%E0%A4%A',
    '%E0%A4%85',
    '%E0%80%80',
    '%E0%9F%BF',
    '%ED%A0%80',
    '%ED%9F%BF',
    '%EF%BF%BF',
    '%F0%9F%98%80',
    '%F0%8F%BF%BF',
    '%F4%8F%BF%BF',
    '%F4%90%80%80',
    '%F5%80%80%80',
    '%E7%9F%A5',
    '%zz',
    '%E7%9F',
    '%9F',
    '%FF',
    '%f0%9f%98',
    '%e7%9f%a5',
    '%E7%9F%A5',
  ];
  // A fixed-seed LCG: the same paths on every run.
  let seed = 42;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const routes = ['posts', 'tags', 'categories', 'page', 'search-text'];
  for (let i = 0; i < 20_000; i++) {
    let rest = '';
    for (let k = 1 + next(5); k > 0; k--) rest += pieces[next(pieces.length)];
    const path = `/${routes[i % routes.length]}/${rest}`;
    // Malformed: must reach the proxy (else Next answers 500). Well-formed: must not pay for it,
    // unless it decodes to a malformed-looking path (`%25` is `%`), where running is harmless.
    if (malformed(path)) assert.ok(proxyRuns(path), path);
    else if (!/%25/.test(path)) assert.equal(proxyRuns(path), false, path);
  }
});

test('the matcher stays linear on long paths', () => {
  const t0 = performance.now();
  assert.equal(proxyRuns(`/tags/${'%E7%9F%A5'.repeat(20_000)}`), false);
  assert.equal(proxyRuns(`/tags/${'%E7%9F%A5'.repeat(20_000)}%`), true);
  assert.ok(performance.now() - t0 < 500);
});
