import { expect, expectNoHorizontalScroll, forEachUrl, test, visit } from './helpers';

test.describe('phone, 375 px, links between notes', () => {
  test('links, embeds, backlinks and related notes fit the screen', async ({ page }) => {
    await forEachUrl(['/notes/链接/链接总览/', '/notes/链接/甲笔记/', '/posts/links-post/'], async (url) => {
      await visit(page, url);
      await expectNoHorizontalScroll(page);
      await expect(page.locator('h1')).toBeVisible();
    });
    await visit(page, '/notes/链接/甲笔记/');
    await expect(page.locator('[data-backlinks]')).toBeVisible();
  });
});
