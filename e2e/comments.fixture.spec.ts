import type { Page } from '@playwright/test';
import { expect, GISCUS, readFixtureNotes, SEED, test, visit } from './helpers';

const quiet = readFixtureNotes().find((n) => !n.comments);

async function scrollToBottom(page: Page) {
  // Twice: lazy content below may grow the page after the first jump.
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(400);
  }
}

test.describe('giscus comments (configured)', () => {
  test.use({ colorScheme: 'light' });

  test('mount lazily near the end of the post with the configured attributes', async ({ page }) => {
    const giscusRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith('https://giscus.app/')) giscusRequests.push(r.url());
    });
    await visit(page, SEED.path);
    const section = page.locator('section#comments');
    await expect(section).toHaveCount(1);
    const afterBody = await page.evaluate(() => {
      const body = document.querySelector('.prose, [data-note-body]');
      const c = document.getElementById('comments');
      return !!body && !!c && (body.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(afterBody, '#comments comes after the note body').toBe(true);

    await page.waitForTimeout(1000);
    await expect(page.locator('giscus-widget'), 'not mounted while far from the viewport').toHaveCount(0);
    expect(giscusRequests, 'nothing loaded from giscus.app before scrolling').toEqual([]);

    await scrollToBottom(page);
    const widget = page.locator('giscus-widget');
    await expect(widget).toHaveCount(1);
    await expect(section.locator('giscus-widget')).toHaveCount(1);
    for (const [name, value] of Object.entries(GISCUS)) {
      await expect(widget, `giscus-widget ${name}`).toHaveAttribute(name, value);
    }
    await expect(widget).toHaveAttribute('theme', 'light');
  });

  test('follow the page theme', async ({ page }) => {
    await visit(page, SEED.path);
    await scrollToBottom(page);
    const widget = page.locator('giscus-widget');
    await expect(widget).toHaveAttribute('theme', 'light');
    await page.getByRole('button', { name: '切换主题', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(widget).toHaveAttribute('theme', 'dark');
    await page.getByRole('button', { name: '切换主题', exact: true }).click();
    await expect(widget).toHaveAttribute('theme', 'light');
  });

  test('post the new theme to the giscus iframe', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __giscusThemes: string[] };
      w.__giscusThemes = [];
      window.addEventListener('message', (e) => {
        const theme = e.data?.e2eGiscusEcho?.giscus?.setConfig?.theme;
        if (typeof theme === 'string') w.__giscusThemes.push(theme);
      });
    });
    const themes = () =>
      page.evaluate(() => (window as unknown as { __giscusThemes: string[] }).__giscusThemes);
    await visit(page, SEED.path);
    await scrollToBottom(page);
    await expect(page.locator('giscus-widget')).toHaveCount(1);
    await page.getByRole('button', { name: '切换主题', exact: true }).click();
    await expect.poll(themes, { message: 'themes posted to the giscus iframe' }).toContain('dark');
    expect((await themes()).at(-1)).toBe('dark');
    await page.getByRole('button', { name: '切换主题', exact: true }).click();
    await expect.poll(async () => (await themes()).at(-1)).toBe('light');
  });

  test.describe('in a dark system theme', () => {
    test.use({ colorScheme: 'dark' });
    test('start dark', async ({ page }) => {
      await visit(page, SEED.path);
      await scrollToBottom(page);
      await expect(page.locator('giscus-widget')).toHaveAttribute('theme', 'dark');
    });
  });

  test('are absent for a note with comments: false', async ({ page }) => {
    expect(quiet).toBeDefined();
    await visit(page, `/posts/${quiet?.slug}/`);
    await expect(page.locator('h1')).toHaveText(quiet?.title ?? '');
    await scrollToBottom(page);
    await page.waitForTimeout(500);
    await expect(page.locator('#comments')).toHaveCount(0);
    await expect(page.locator('giscus-widget')).toHaveCount(0);
    await expect(page.locator('iframe[src*="giscus"]')).toHaveCount(0);
  });
});
