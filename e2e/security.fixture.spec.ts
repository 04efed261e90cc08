/** With comments configured: loading giscus (stubbed by the helpers) breaks no CSP rule. */
import { expect, SEED, test } from './helpers';

test('the comments widget loads without a CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const giscus: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('https://giscus.app/')) giscus.push(r.url());
  });
  await page.goto(SEED.path);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(400);
  }
  await expect(page.locator('giscus-widget')).toHaveCount(1);
  await expect.poll(() => giscus.length, { message: 'giscus was requested' }).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
