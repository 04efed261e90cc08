/**
 * Safe output at the edge: security headers on every kind of response, hostile paths that answer
 * 400 or 404 (never 500, never a file from outside the site), and no CSP violation on the pages.
 */
import http from 'node:http';
import { expect, SEED, test } from './helpers';

/** GET with the path sent byte for byte (fetch and the browser would normalise `..` and `%2e`). */
function rawGet(
  base: string,
  rawPath: string,
): Promise<{ status: number; body: string; location: string | undefined }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          location: res.headers.location,
        }),
      );
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout on ${rawPath.slice(0, 80)}`)));
    req.end();
  });
}

const HOSTILE_PATHS = [
  '/posts/..%2F..%2Fpackage.json',
  '/posts/%2e%2e%2f%2e%2e%2fpackage.json',
  '/posts/..%5C..%5Cpackage.json',
  '/tags/..%2F..%2F..%2Fetc%2Fpasswd',
  '/_next/static/..%2F..%2F..%2Fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/..%2Fpackage.json',
  '/%2e%2e/package.json',
  '/tags/%00',
  '/posts/zhihu-notes-1%00',
  '/categories/%E0%A4%A',
  '/tags/%E0%A4%A',
  '/posts/%',
  '/page/%ZZ',
  '/tags/%C0%AE%C0%AE',
  '/posts/%E2%80%AE',
  '/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `/posts/${'a'.repeat(4000)}`,
  `/tags/${'%E7%9F%A5'.repeat(800)}`,
  `/${'x/'.repeat(2000)}x`,
];

test.describe('hostile paths', () => {
  for (const p of HOSTILE_PATHS) {
    test(`${p.slice(0, 60)}${p.length > 60 ? `… (${p.length} chars)` : ''} answers 400 or 404`, async ({
      baseURL,
    }) => {
      let answer = await rawGet(baseURL ?? '', p);
      // A path without its trailing slash is first sent to the one with it (Chirpy's URLs end in `/`).
      for (let hop = 0; hop < 3 && answer.status === 308 && answer.location; hop++) {
        // Byte for byte again: new URL() would resolve `%2e%2e`.
        answer = await rawGet(baseURL ?? '', answer.location.replace(/^https?:\/\/[^/]+/, ''));
      }
      const { status, body } = answer;
      expect([400, 404], `status of ${p.slice(0, 80)}`).toContain(status);
      expect(body, 'no file from outside the site').not.toContain('"devDependencies"');
      expect(body, 'no file from outside the site').not.toContain('root:x:0:0');
      expect(body, 'the path is not reflected as markup').not.toContain('<script>alert(1)');
    });
  }

  test('a URL longer than the server accepts is refused with a 4xx, not a 500', async ({ baseURL }) => {
    const { status } = await rawGet(baseURL ?? '', `/posts/${'a'.repeat(20_000)}`);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });
});

test.describe('security headers', () => {
  for (const p of ['/', SEED.path, '/tags/', '/feed.xml', '/sitemap.xml', '/does-not-exist/']) {
    test(`on ${p}`, async ({ request }) => {
      const res = await request.get(p);
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map((parts) => [parts[0] as string, parts.slice(1)]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toContain('https://giscus.app');
      expect(directives.get('script-src'), 'production never needs eval').not.toContain("'unsafe-eval'");
      expect(directives.get('frame-src')).toEqual(["'self'", 'https://giscus.app']);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-powered-by']).toBeUndefined();
    });
  }
});

test.describe('no CSP violation', () => {
  for (const p of ['/', SEED.path, '/tags/', '/categories/', '/archives/', '/search/']) {
    test(`on ${p}`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const res = await page.goto(p);
      expect(res?.status()).toBe(200);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  }
});
