/**
 * The print style sheet (issue 21): the note alone (no header, TOC, comments or controls), link
 * URLs written after links, folded code printed whole and wrapped, light colours in both themes,
 * and a PDF that holds the text. The machine may have no CJK font, so the PDF is checked for the
 * post's Latin words.
 */
import type { Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

const POST = '/posts/zoom-fold-print/';

const after = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);

async function printed(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('theme', t);
    } catch {}
  }, theme);
  await visit(page, POST);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await page.emulateMedia({ media: 'print' });
}

/** The text of every page of a PDF (pdfjs-dist, in Node). */
async function pdfText(pdf: Buffer): Promise<string> {
  // pdfjs builds a DOMMatrix when it loads (for drawing, which text extraction never does); Node has
  // none unless the optional @napi-rs/canvas is installed.
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= class {};
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`print, ${theme} theme`, () => {
    test('the note alone, in light colours', async ({ page }) => {
      await printed(page, theme);
      await expect(page.locator('body > header')).toBeHidden();
      await expect(page.locator('nav.toc')).toBeHidden();
      await expect(page.locator('#comments')).toBeHidden();
      await expect(page.locator('[data-related]')).toBeHidden();
      await expect(page.locator('main button').first()).toBeHidden();
      await expect(page.locator('.code-fold-control')).toBeHidden();
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('[data-note-body] blockquote.prompt-tip')).toBeVisible();
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        const body = document.querySelector('[data-note-body] p');
        return {
          background: style.backgroundColor,
          text: body ? getComputedStyle(body).color : '',
          scheme: style.colorScheme,
        };
      });
      // The light theme's colours (app/globals.css :root).
      expect(colours).toEqual({ background: 'rgb(252, 252, 253)', text: 'rgb(31, 35, 40)', scheme: 'light' });
      // Code tokens in their light colours, the light image of the pair.
      const token = page.locator('[data-note-body] pre [class*="cl"]').first();
      const lightColour = await token.evaluate((el) => getComputedStyle(el).color);
      await page.emulateMedia({ media: 'screen' });
      const screenColour = await token.evaluate((el) => getComputedStyle(el).color);
      await page.emulateMedia({ media: 'print' });
      if (theme === 'light') expect(screenColour).toBe(lightColour);
      else expect(screenColour).not.toBe(lightColour);
      await expect(page.locator('[data-note-body] img.light')).toBeVisible();
      await expect(page.locator('[data-note-body] img.dark')).toBeHidden();
    });

    test('links show their URL, in-page anchors do not; folded code prints whole', async ({ page }) => {
      await printed(page, theme);
      expect(await after(page, '[data-note-body] a[href^="https://example.com/"]')).toContain(
        'https://example.com/xiaoji/',
      );
      expect(await after(page, '[data-note-body] a[href="/posts/quiet-note/"]')).toContain(
        '/posts/quiet-note/',
      );
      expect(await after(page, '[data-note-body] p a[href^="#"]')).toBe('none');
      const pre = page.locator('[data-note-body] .code-fold pre');
      expect(await pre.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      await expect(pre).toHaveCSS('white-space', 'pre-wrap');
    });
  });
}

test('the PDF holds the text: the end of the note and the last line of the folded code', async ({ page }) => {
  await printed(page, 'dark');
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('xiaoji print check');
  expect(text).toMatch(/const\s*line38\s*=\s*38\s*\*\s*2;/);
  expect(text).toContain('https://example.com/xiaoji/');
});
