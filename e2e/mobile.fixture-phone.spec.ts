import { expect, expectNoHorizontalScroll, forEachUrl, readFixtureNotes, SEED, test, visit } from './helpers';

const notes = readFixtureNotes();
const generated = notes.filter((n) => n.file.includes('-gen-'));
// A Chinese and an English generated note: both have a code block and a table.
const zh = generated.find((n) => /[\u4e00-\u9fff]/.test(n.title));
const en = generated.find((n) => !/[\u4e00-\u9fff]/.test(n.title));

test.describe('phone, 375 px, fixture notes', () => {
  const urls = [
    '/',
    '/page2/',
    '/categories/',
    '/tags/',
    '/archives/',
    SEED.path,
    `/posts/${zh?.slug ?? 'missing-zh-note'}/`,
    `/posts/${en?.slug ?? 'missing-en-note'}/`,
  ];
  test('list pages and notes have no horizontal scroll', async ({ page }) => {
    await forEachUrl(urls, async (url) => {
      await visit(page, url);
      await expectNoHorizontalScroll(page);
      await expect(page.locator('h1')).toBeVisible();
    });
  });

  test('wide code blocks and tables scroll inside themselves', async ({ page }) => {
    await visit(page, `/posts/${en?.slug}/`);
    const body = page.locator('.prose, [data-note-body]').first();
    await expect(body.locator('pre').first()).toBeVisible();
    await expect(body.locator('table').first()).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectNoHorizontalScroll(page);
  });
});
