/**
 * Hover and focus previews of internal links (issue 19), on the hand-written post that links to the
 * seed post, to one of its sections and to another post's section (e2e/fixtures/posts/).
 */
import { expect, SEED, test, visit } from './helpers';

const PAGE = '/posts/link-previews/';
const popover = '#link-preview';

test.describe('link previews', () => {
  test('hovering a link shows the target title and opening; moving away closes it', async ({ page }) => {
    await visit(page, PAGE);
    const link = page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' });
    await link.hover();
    const preview = page.locator(popover);
    await expect(preview).toBeVisible();
    await expect(preview).toHaveAttribute('role', 'tooltip');
    await expect(preview.locator('.link-preview-title')).toHaveText(SEED.title);
    await expect(preview.locator('.link-preview-body')).not.toBeEmpty();
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
    // Copied content carries no ids: the page's ids stay unique.
    expect(await preview.locator('[id]').count()).toBe(0);
    await page.mouse.move(5, 5);
    await expect(preview).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby');
  });

  test('a heading link previews that section only', async ({ page }) => {
    await visit(page, PAGE);
    await page.locator('[data-note-body] a', { hasText: '核心底层逻辑' }).hover();
    const preview = page.locator(popover);
    await expect(preview.locator('.link-preview-title')).toHaveText(`${SEED.title} › ${SEED.tocHeading}`);
    // The section ends at the next heading of its level (二、各研究方向).
    await expect(preview).not.toContainText('各研究方向');
  });

  test('a relative link to a section of another post', async ({ page }) => {
    await visit(page, PAGE);
    await page.locator('[data-note-body] a', { hasText: '安静的小记的第二节' }).hover();
    const preview = page.locator(popover);
    await expect(preview.locator('.link-preview-title')).toHaveText('一篇不开评论的小记 › 第二节');
    await expect(preview.locator('.link-preview-body')).toContainText('安静的小记到此结束');
  });

  test('keyboard focus shows the preview; Esc closes it and focus stays', async ({ page }) => {
    await visit(page, PAGE);
    const link = page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' });
    // Tab from the body's first paragraph to its first link.
    await page
      .locator('[data-note-body] p')
      .first()
      .click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const preview = page.locator(popover);
    await expect(preview).toBeVisible();
    await expect(preview.locator('.link-preview-title')).toHaveText(SEED.title);
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('external links get no preview', async ({ page }) => {
    await visit(page, PAGE);
    await page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' }).hover();
    await expect(page.locator(popover)).toBeVisible();
    await page.locator('[data-note-body] a', { hasText: '知乎' }).last().hover();
    await expect(page.locator(popover)).toBeHidden();
  });

  test('clicking a previewed link still navigates', async ({ page }) => {
    await visit(page, PAGE);
    const link = page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' });
    await link.hover();
    await expect(page.locator(popover)).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
    await expect(page.locator('h1')).toHaveText(SEED.title);
  });

  test('the preview moves nothing on the page', async ({ page }) => {
    await visit(page, PAGE);
    const paragraph = page.locator('[data-note-body] p').nth(1);
    const before = await paragraph.boundingBox();
    await page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' }).hover();
    await expect(page.locator(popover)).toBeVisible();
    expect(await paragraph.boundingBox()).toEqual(before);
  });

  test('the dark theme colours the preview', async ({ page }) => {
    await visit(page, PAGE);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' }).hover();
    const preview = page.locator(popover);
    await expect(preview).toBeVisible();
    const background = await preview.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(22, 26, 32)'); // --card-bg of the dark theme
  });
});

test.describe('link previews in a knowledge note', () => {
  const OVERVIEW = '/notes/链接/链接总览/';

  test('a wikilink to a heading previews that section', async ({ page }) => {
    await visit(page, OVERVIEW);
    await page.locator('[data-note-body] a', { hasText: '甲笔记' }).first().hover();
    await expect(page.locator(popover).locator('.link-preview-title')).toHaveText('甲笔记');
    await page.mouse.move(5, 5);
    await expect(page.locator(popover)).toBeHidden();
  });

  test('a block link previews the paragraph', async ({ page }) => {
    await visit(page, OVERVIEW);
    await page.locator('[data-note-body] a', { hasText: '那一段' }).hover();
    await expect(page.locator(popover).locator('.link-preview-body')).toContainText('有标识的关键段落');
  });

  test('backlinks preview too', async ({ page }) => {
    await visit(page, '/notes/链接/甲笔记/');
    await page.locator('[data-backlinks] a', { hasText: '链接总览' }).hover();
    await expect(page.locator(popover).locator('.link-preview-title')).toHaveText('链接总览');
  });
});
