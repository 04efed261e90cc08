/**
 * The 简/繁 switch in the static export under its base path: the converter and tables load from
 * `/blog/vendor/zh/`, and the page shows converted, as on a Next server (e2e/zh-convert.fixture.spec.ts).
 */
import * as OpenCC from 'opencc-js';
import { expect, test, visit } from './helpers';

const site = new URL(process.env.EXPORT_URL ?? 'http://localhost:4316/blog');
const BASE = site.pathname.replace(/\/+$/, '');
const POST = `${BASE}/posts/python-numpy.ndarray/`;

test.describe('a reader whose browser asks for zh-TW', () => {
  test.use({ locale: 'zh-TW' });

  test('gets the page converted, the tables loaded under the base path', async ({ browser }) => {
    const plain = await browser.newPage({ locale: 'en-US' });
    await visit(plain, POST);
    const title = (await plain.locator('h1').textContent()) ?? '';
    await plain.close();

    const page = await browser.newPage({ locale: 'zh-TW' });
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/vendor/zh/')) loaded.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await visit(page, POST);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(page.locator('h1')).toHaveText(OpenCC.Converter({ from: 'cn', to: 'twp' })(title));
    // Versioned names (lib/vendor-files.ts): plain files on a static host too.
    expect(loaded.sort()).toEqual([
      expect.stringMatching(new RegExp(`^200 ${BASE}/vendor/zh/[0-9a-f]{10}/tw\\.js$`)),
      expect.stringMatching(new RegExp(`^200 ${BASE}/vendor/zh/[0-9a-f]{10}/zh\\.js$`)),
    ]);
    await page.close();
  });
});
