import { expect, expectNoHorizontalScroll, SEED, test, visit } from './helpers';

test.describe('search on a 375 px phone', () => {
  test('the header button opens a dialog that fits the screen', async ({ page }) => {
    await visit(page, SEED.path);
    const button = page.getByRole('button', { name: '搜索笔记' });
    await expect(button).toBeVisible();
    await expect(page.locator('header button[aria-keyshortcuts]')).toHaveCount(1);
    await button.tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await dialog.getByRole('combobox').fill('知识蒸馏');
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText(SEED.title);
    await expect(first.locator('mark').first()).toBeVisible();

    const box = await dialog.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(
      box && box.x >= 0 && box.x + box.width <= width,
      `dialog ${JSON.stringify(box)} within ${width}px`,
    ).toBe(true);
    await expectNoHorizontalScroll(page);

    await first.tap();
    await expect(page).toHaveURL(/\/posts\/zhihu-notes-1\/\?highlight=[^#]+#/);
    await expect(dialog).toBeHidden();

    // The landing: the words marked in view, the bar within the screen, nothing wider than it.
    await expect(page.locator('[data-note-body] mark[data-search-mark]').first()).toBeInViewport();
    const bar = page.getByRole('region', { name: '搜索标记' });
    await expect(bar).toBeVisible();
    const barBox = await bar.boundingBox();
    expect(
      barBox && barBox.x >= 0 && barBox.x + barBox.width <= width,
      `bar ${JSON.stringify(barBox)} within ${width}px`,
    ).toBe(true);
    await expectNoHorizontalScroll(page);
    await bar.getByRole('button', { name: '清除标记' }).tap();
    await expect(page.locator('mark[data-search-mark]')).toHaveCount(0);
  });
});
