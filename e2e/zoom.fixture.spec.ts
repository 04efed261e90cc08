/**
 * Image zoom (issue 21), desktop: mouse and keyboard, the caption, Chirpy's light/dark pair, images
 * in links keeping their link, the viewer's script loaded only on use, axe in both themes. Touch,
 * pinch and the back gesture: zoom.fixture-phone.spec.ts. Post: e2e/fixtures/posts/2024-08-01-zoom-fold-print.md.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

const POST = '/posts/zoom-fold-print/';
const CAPTIONED = '学习方法的示意图';

const image = (page: Page, alt: string) => page.locator(`[data-note-body] img[alt="${alt}"]`);
const dialog = (page: Page) => page.getByRole('dialog');

async function axeViolations(page: Page, include: string) {
  const axe = await new AxeBuilder({ page }).include(include).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

function darkTheme(page: Page) {
  return page.addInitScript(() => {
    try {
      localStorage.setItem('theme', 'dark');
    } catch {}
  });
}

test.describe('image zoom', () => {
  test('a body image is a named, focusable button; an image in a link is not', async ({ page }) => {
    await visit(page, POST);
    const zoomable = page.getByRole('button', { name: `放大图片：${CAPTIONED}` });
    await expect(zoomable).toHaveAttribute('tabindex', '0');
    const linked = page.locator('[data-note-body] a img[alt="指向链接总览的图片"]');
    await expect(linked).not.toHaveAttribute('role', 'button');
    await expect(linked).not.toHaveAttribute('tabindex', /./);
    await linked.click();
    await expect(page).toHaveURL(/\/notes\/%E9%93%BE%E6%8E%A5\/%E9%93%BE%E6%8E%A5%E6%80%BB%E8%A7%88\/$/);
    await expect(dialog(page)).toHaveCount(0);
  });

  test('a click opens the image large with its caption; the close button closes it', async ({ page }) => {
    await visit(page, POST);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.waitForLoadState('networkidle');
    scripts.length = 0;
    await image(page, CAPTIONED).click();
    const view = dialog(page);
    await expect(view).toBeVisible();
    // The viewer's code came on use, not with the page.
    expect(scripts.length).toBeGreaterThan(0);
    await expect(view.locator('img')).toHaveAttribute('alt', CAPTIONED);
    await expect(view.locator('figcaption')).toHaveText('图一：学习方法示意图');
    await expect(view).toHaveAccessibleName('图一：学习方法示意图');
    const large = await view.locator('img').boundingBox();
    const small = await image(page, CAPTIONED).boundingBox();
    expect(large?.width ?? 0).toBeGreaterThan(small?.width ?? 0);
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await view.getByRole('button', { name: '关闭大图' }).click();
    await expect(view).toHaveCount(0);
    await expect(image(page, CAPTIONED)).toBeFocused();
  });

  test('a click outside the image or Esc closes it', async ({ page }) => {
    await visit(page, POST);
    await image(page, CAPTIONED).click();
    await expect(dialog(page)).toBeVisible();
    await page.mouse.click(8, 450);
    await expect(dialog(page)).toHaveCount(0);
    await image(page, CAPTIONED).click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(image(page, CAPTIONED)).toBeFocused();
  });

  test('a click on the large image shows it at full size, another fits it again', async ({ page }) => {
    await visit(page, POST);
    await image(page, CAPTIONED).click();
    const view = dialog(page);
    await view.locator('img').click();
    await expect(view).toHaveAttribute('data-full-size', '');
    await view.locator('img').click();
    await expect(view).not.toHaveAttribute('data-full-size', '');
    await expect(view).toBeVisible();
  });

  test('keyboard: Enter and Space open it, focus stays inside, Esc returns focus', async ({ page }) => {
    await visit(page, POST);
    const zoomable = image(page, CAPTIONED);
    await zoomable.focus();
    await page.keyboard.press('Enter');
    const view = dialog(page);
    await expect(view).toBeVisible();
    await expect(view.getByRole('button', { name: '关闭大图' })).toBeFocused();
    // The page behind is inert: Tab goes round the viewer and the browser's own controls only.
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(
        await page.evaluate(
          () =>
            document.activeElement === document.body || document.activeElement?.closest('dialog') !== null,
        ),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
    await expect(zoomable).toBeFocused();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(' ');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('closing takes the viewer off the history: back then leaves the page', async ({ page }) => {
    await visit(page, '/');
    await visit(page, POST);
    await image(page, CAPTIONED).click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('h1')).not.toHaveText('放大图片、折叠长代码与打印');
  });

  test('light theme: the pair shows and zooms the light image', async ({ page }) => {
    await visit(page, POST);
    await expect(image(page, '深色主题下的示意图')).toBeHidden();
    await image(page, '浅色主题下的示意图').click();
    const view = dialog(page);
    await expect(view.locator('img.light')).toBeVisible();
    await expect(view.locator('img.dark')).toBeHidden();
    expect(await axeViolations(page, '[data-note-body]')).toEqual([]);
  });

  test('dark theme: the dark image, and the viewer follows a theme change', async ({ page }) => {
    await darkTheme(page);
    await visit(page, POST);
    await expect(image(page, '浅色主题下的示意图')).toBeHidden();
    await image(page, '深色主题下的示意图').click();
    const view = dialog(page);
    await expect(view.locator('img.dark')).toBeVisible();
    await expect(view.locator('img.light')).toBeHidden();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
    await expect(view.locator('img.light')).toBeVisible();
    await expect(view.locator('img.dark')).toBeHidden();
  });
});
