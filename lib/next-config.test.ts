import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import nextConfig from '../next.config';

test('the security headers cover every path and leave Next no parameter to substitute', async () => {
  const config = nextConfig(PHASE_PRODUCTION_SERVER);
  const rules = (await config.headers?.()) ?? [];
  assert.equal(rules.length, 1);
  const rule = rules[0];
  assert.ok(rule);
  const csp = rule.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
  assert.match(csp, /https:/, 'the CSP has colons, which Next would compile when the rule has parameters');
  // How Next's router matches a custom header rule (server/lib/router-utils/filesystem.js).
  const match = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true });
  for (const path of [
    '/',
    '/posts/gen-0001',
    '/tags/%E7%9F%A5%E4%B9%8E',
    '/a/b/c.xml',
    '/_next/static/x.js',
  ]) {
    assert.deepEqual(match(path), {}, `${path}: matched, with no parameters`);
  }
});

test('no ETag hashing of every static page on every request (README, Performance)', () => {
  assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).generateEtags, false);
});

test('no prefetch-inlining measure of every prerendered page at build time (README, Performance)', () => {
  assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).experimental?.prefetchInlining, false);
});
