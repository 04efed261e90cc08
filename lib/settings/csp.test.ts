import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyticsScript } from './analytics';
import { buildCsp } from './csp';
import type { AnalyticsSettings } from './site-settings';

function directive(csp: string, name: string): string[] {
  const found = csp.split('; ').find((d) => d.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

const BASE_SCRIPT = ["'self'", "'unsafe-inline'", 'https://giscus.app'];
const BASE_CONNECT = ["'self'"];

// Per provider: the hosts its script comes from and reports to, and nothing more.
const ROWS: [AnalyticsSettings, string[], string[]][] = [
  [{ provider: 'goatcounter', id: 'xiaoji' }, ['https://gc.zgo.at'], ['https://xiaoji.goatcounter.com']],
  [
    { provider: 'google', id: 'G-ABC123' },
    ['https://www.googletagmanager.com'],
    ['https://www.google-analytics.com', 'https://*.google-analytics.com', 'https://*.analytics.google.com'],
  ],
  [
    { provider: 'umami', id: 'u-1', domain: 'https://stats.example.com' },
    ['https://stats.example.com'],
    ['https://stats.example.com'],
  ],
  [
    { provider: 'cloudflare', id: 'tok' },
    ['https://static.cloudflareinsights.com'],
    ['https://cloudflareinsights.com'],
  ],
  [
    { provider: 'matomo', id: '3', domain: 'https://matomo.example.com' },
    ['https://matomo.example.com'],
    ['https://matomo.example.com'],
  ],
  [{ provider: 'fathom', id: 'ABCD' }, ['https://cdn.usefathom.com'], ['https://cdn.usefathom.com']],
];

test('CSP without analytics: only our origin and giscus', () => {
  const csp = buildCsp({ dev: false, analytics: null });
  assert.deepEqual(directive(csp, 'script-src'), BASE_SCRIPT);
  assert.deepEqual(directive(csp, 'connect-src'), BASE_CONNECT);
  assert.doesNotMatch(csp, /unsafe-eval|ws:/);
});

test('CSP in dev allows eval and the websocket', () => {
  const csp = buildCsp({ dev: true, analytics: null });
  assert.ok(directive(csp, 'script-src').includes("'unsafe-eval'"));
  assert.deepEqual(directive(csp, 'connect-src'), ["'self'", 'ws:', 'wss:']);
});

for (const [analytics, script, connect] of ROWS) {
  test(`CSP with ${analytics.provider}: exactly its hosts, and its script's host is allowed`, () => {
    const csp = buildCsp({ dev: false, analytics });
    assert.deepEqual(directive(csp, 'script-src'), [...BASE_SCRIPT, ...script]);
    assert.deepEqual(directive(csp, 'connect-src'), [...BASE_CONNECT, ...connect]);
    assert.ok(script.includes(new URL(analyticsScript(analytics).src).origin));
    // The other directives do not change with the provider.
    const none = buildCsp({ dev: false, analytics: null });
    for (const name of ['default-src', 'style-src', 'img-src', 'frame-src', 'object-src'])
      assert.deepEqual(directive(csp, name), directive(none, name), name);
  });
}

test('the <meta> policy of a static export is the header policy without frame-ancestors', () => {
  const header = buildCsp({ dev: false, analytics: null });
  const meta = buildCsp({ dev: false, analytics: null, meta: true });
  assert.deepEqual(directive(header, 'frame-ancestors'), ["'none'"]);
  assert.deepEqual(directive(meta, 'frame-ancestors'), []);
  assert.equal(meta, header.replace("; frame-ancestors 'none'", ''));
});

test('pages are never framed; a vault attachment only by our own pages, which may frame it', () => {
  const page = buildCsp({ dev: false, analytics: null });
  const attachment = buildCsp({ dev: false, analytics: null, framedBy: 'self' });
  assert.deepEqual(directive(page, 'frame-src'), ["'self'", 'https://giscus.app']);
  assert.deepEqual(directive(attachment, 'frame-ancestors'), ["'self'"]);
  assert.deepEqual(directive(page, 'object-src'), ["'none'"]);
  assert.equal(attachment, page.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
});
