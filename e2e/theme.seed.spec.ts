import type { Page } from '@playwright/test';
import { expect, SEED, test, visit } from './helpers';

declare global {
  interface Window {
    __themeAtDCL?: { theme: string | undefined; dark: boolean };
  }
}

/** Records the theme as it is when the document has just been parsed (before any hydration). */
async function recordThemeAtDomContentLoaded(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const root = document.documentElement;
        window.__themeAtDCL = { theme: root.dataset.theme, dark: root.classList.contains('dark') };
      },
      { once: true, capture: true },
    );
  });
}

const themeNow = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    dark: document.documentElement.classList.contains('dark'),
  }));
const themeAtDCL = (page: Page) => page.evaluate(() => window.__themeAtDCL);
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));

test.describe('theme, system light', () => {
  test.use({ colorScheme: 'light' });

  test('defaults to light and nothing is stored', async ({ page }) => {
    await recordThemeAtDomContentLoaded(page);
    await visit(page, '/');
    expect(await themeAtDCL(page)).toEqual({ theme: 'light', dark: false });
    expect(await themeNow(page)).toEqual({ theme: 'light', dark: false });
    expect(await stored(page)).toBeNull();
  });

  test('the toggle switches to dark, remembers it across reloads and pages, with no flash', async ({
    page,
  }) => {
    await recordThemeAtDomContentLoaded(page);
    await visit(page, SEED.path);
    const toggle = page.locator('header').getByRole('button', { name: '切换主题', exact: true });
    await expect(toggle).toBeVisible();
    await toggle.click();
    await expect.poll(() => themeNow(page)).toEqual({ theme: 'dark', dark: true });
    expect(await stored(page)).toBe('dark');

    await page.reload();
    expect(await themeAtDCL(page), 'theme already dark when the document is parsed').toEqual({
      theme: 'dark',
      dark: true,
    });
    expect(await themeNow(page)).toEqual({ theme: 'dark', dark: true });

    await visit(page, '/archives/');
    expect(await themeAtDCL(page)).toEqual({ theme: 'dark', dark: true });

    await page.locator('header').getByRole('button', { name: '切换主题', exact: true }).click();
    await expect.poll(() => themeNow(page)).toEqual({ theme: 'light', dark: false });
    expect(await stored(page)).toBe('light');
    await page.reload();
    expect(await themeAtDCL(page)).toEqual({ theme: 'light', dark: false });
  });
});

test.describe('theme, system dark', () => {
  test.use({ colorScheme: 'dark' });

  test('defaults to dark', async ({ page }) => {
    await recordThemeAtDomContentLoaded(page);
    await visit(page, '/');
    expect(await themeAtDCL(page)).toEqual({ theme: 'dark', dark: true });
    expect(await themeNow(page)).toEqual({ theme: 'dark', dark: true });
  });

  test('a chosen light theme beats the system after reload', async ({ page }) => {
    await recordThemeAtDomContentLoaded(page);
    await visit(page, '/');
    await page.getByRole('button', { name: '切换主题', exact: true }).click();
    await expect.poll(() => themeNow(page)).toEqual({ theme: 'light', dark: false });
    await page.reload();
    expect(await themeAtDCL(page)).toEqual({ theme: 'light', dark: false });
    expect(await themeNow(page)).toEqual({ theme: 'light', dark: false });
  });
});
