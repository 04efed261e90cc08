/**
 * Folded long code (issue 21): a 40-line block shows folded with "展开全部 (40 行)", opens and
 * folds again by mouse, keyboard and without JavaScript; `nofold` blocks and short ones show whole;
 * the copy button copies every line. Post: e2e/fixtures/posts/2024-08-01-zoom-fold-print.md.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

const POST = '/posts/zoom-fold-print/';

const folded = (page: Page) => page.locator('[data-note-body] .code-block.code-fold');
const clipped = (block: Locator) =>
  block.locator('pre').evaluate((pre) => pre.scrollHeight > pre.clientHeight + 1);

test.describe('folded code', () => {
  test('the long block shows folded; the control opens and folds it', async ({ page }) => {
    await visit(page, POST);
    const block = folded(page);
    await expect(block).toHaveCount(1);
    expect(await clipped(block)).toBe(true);
    await expect(block.locator('[data-line]').last()).not.toBeInViewport();
    const control = block.locator('.code-fold-control');
    await expect(control).toHaveText('展开全部 (40 行)', { useInnerText: true });
    await control.click();
    expect(await clipped(block)).toBe(false);
    await expect(control).toHaveText('收起', { useInnerText: true });
    await control.click();
    expect(await clipped(block)).toBe(true);
    await expect(control).toHaveText('展开全部 (40 行)', { useInnerText: true });
  });

  test('keyboard: the control is a named checkbox that Space toggles', async ({ page }) => {
    await visit(page, POST);
    const toggle = page.getByRole('checkbox', { name: '展开全部 (40 行)' });
    await toggle.focus();
    await expect(folded(page).locator('.code-fold-control')).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: '收起' })).toBeChecked();
    expect(await clipped(folded(page))).toBe(false);
  });

  test('nofold and short blocks show whole', async ({ page }) => {
    await visit(page, POST);
    const blocks = page.locator('[data-note-body] .code-block');
    await expect(blocks).toHaveCount(3);
    await expect(page.locator('[data-note-body] .code-block.nofold')).toHaveCount(1);
    await expect(page.locator('[data-note-body] .code-block.nofold .code-fold-control')).toHaveCount(0);
    expect(await clipped(page.locator('[data-note-body] .code-block.nofold'))).toBe(false);
  });

  test('the copy button of a folded block copies every line', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, POST);
    const block = folded(page);
    await block.getByRole('button', { name: '复制代码' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(40);
    expect(copied).toContain('const line38 = 38 * 2;');
    expect(await clipped(block)).toBe(true);
  });

  test('axe: the folded block and its control, in both themes', async ({ page }) => {
    await visit(page, POST);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      const axe = await new AxeBuilder({ page }).include('.code-fold').analyze();
      expect(
        axe.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    }
  });
});

test.describe('folded code without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control still opens the block', async ({ page }) => {
    await visit(page, POST);
    const block = folded(page);
    expect(await clipped(block)).toBe(true);
    await block.locator('.code-fold-control').click();
    expect(await clipped(block)).toBe(false);
  });
});
