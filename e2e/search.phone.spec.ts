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
    await expect(page).toHaveURL(/\/posts\/zhihu-notes-1\/#/);
    await expect(dialog).toBeHidden();
  });
});
