import { currentHash, expect, expectNoHorizontalScroll, forEachUrl, SEED, test, visit } from './helpers';

test.describe('phone, 375 px', () => {
  test('home, post, categories, tags and archives have no horizontal scroll', async ({ page }) => {
    await forEachUrl(['/', SEED.path, '/categories/', '/tags/', '/archives/'], async (url) => {
      await visit(page, url);
      await expectNoHorizontalScroll(page);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('button', { name: '切换主题', exact: true })).toBeVisible();
    });
  });

  test('the table of contents is collapsed above the body and usable', async ({ page }) => {
    await visit(page, SEED.path);
    const button = page.getByRole('button', { name: /目录/ });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // Above the body.
    const body = page.locator('.prose, [data-note-body]').first();
    const b = await button.boundingBox();
    const p = await body.boundingBox();
    expect(b && p && b.y + b.height <= p.y + 1, 'TOC button above the note body').toBe(true);

    const entries = page.locator(`nav[aria-label="目录"] a[href="#${SEED.tocId}"]`);
    await expect(entries.filter({ visible: true }), 'TOC links hidden while collapsed').toHaveCount(0);

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const entry = entries.filter({ visible: true });
    await expect(entry).toHaveCount(1);
    await expect(entry).toBeInViewport();

    await entry.click();
    await expect.poll(() => currentHash(page), { message: 'URL hash after the click' }).toBe(SEED.tocId);
    const heading = page.locator(`[id="${SEED.tocId}"]`);
    await expect
      .poll(async () => Math.round((await heading.boundingBox())?.y ?? -1), {
        message: 'heading top in the viewport after the click (0…150)',
      })
      .toBeLessThanOrEqual(150);
    await page.waitForTimeout(500);
    const top = Math.round((await heading.boundingBox())?.y ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(150);
    await expect(heading).toBeInViewport();
    await expectNoHorizontalScroll(page);
  });
});
