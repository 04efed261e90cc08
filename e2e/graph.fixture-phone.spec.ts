/** Previews and the graph on a phone (issue 19): a tap follows the link; /graph fits the screen. */
import { expect, expectNoHorizontalScroll, SEED, test, visit } from './helpers';

test('a tap on a link navigates at once, with no preview', async ({ page }) => {
  await visit(page, '/posts/link-previews/');
  await page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' }).tap();
  await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
  await expect(page.locator('#link-preview')).toHaveCount(0);
});

test('/graph draws on a phone and fits its width', async ({ page }) => {
  await visit(page, '/graph/');
  await expect(page.locator('[data-graph="site"] canvas')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
});
