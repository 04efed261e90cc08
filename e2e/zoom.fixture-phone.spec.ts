/** Image zoom on a phone (issue 21): a tap opens it, pinch zooms, the back gesture closes it. */
import type { Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

const POST = '/posts/zoom-fold-print/';
const image = (page: Page) => page.locator('[data-note-body] img[alt="学习方法的示意图"]');

test.describe('image zoom on a phone', () => {
  test('a tap opens it; back closes it and stays on the post', async ({ page }) => {
    await visit(page, POST);
    await image(page).tap();
    const view = page.getByRole('dialog');
    await expect(view).toBeVisible();
    await expect(view.locator('figcaption')).toHaveText('图一：学习方法示意图');
    await page.goBack();
    await expect(view).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${POST}$`));
    await expect(page.locator('h1')).toHaveText('放大图片、折叠长代码与打印');
    // The viewer opens again after a back.
    await image(page).tap();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('pinch zooms the large image', async ({ page }) => {
    await visit(page, POST);
    await image(page).tap();
    const view = page.getByRole('dialog');
    await expect(view).toBeVisible();
    const box = await view.locator('img').boundingBox();
    expect(box).not.toBeNull();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', {
      x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
      y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
      scaleFactor: 2.5,
    });
    await expect.poll(() => page.evaluate(() => window.visualViewport?.scale ?? 1)).toBeGreaterThan(1.5);
    await expect(view).toBeVisible();
  });
});
