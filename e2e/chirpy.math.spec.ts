/**
 * Math written for Chirpy (kramdown + MathJax 3), against the "chirpy" site variant: the notes
 * e2e/fixtures/chirpy-extra/2024-01-1{0,1}-*.md, built with the site macros `\RR` and `\e`
 * (XIAOJI_MATH_MACROS, scripts/e2e.ts). What a reader sees: formulas rendered, none red, prose and
 * headings where they belong, the one unrenderable formula as code, no sideways scroll on a phone.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test, visit } from './helpers';

/** The math fixture pages (URLs in one place, so a change of URL scheme is one edit). */
const PAGES = {
  physics: '/posts/数学-物理宏/',
  dollars: '/posts/math-kramdown-dollars/',
};

/** The MathML of the rendered formula whose TeX is `tex` (KaTeX keeps the TeX as an annotation); '' if none. */
async function mathmlOf(page: Page, tex: string): Promise<string> {
  return page.evaluate((source) => {
    for (const annotation of Array.from(document.querySelectorAll('[data-note-body] .katex annotation')))
      if (annotation.textContent === source) return annotation.closest('math')?.outerHTML ?? '';
    return '';
  }, tex);
}

test('physics and site macros render, none as red text', async ({ page }) => {
  await visit(page, PAGES.physics);
  const body = page.locator('[data-note-body]');
  await expect(body.locator('.katex-error')).toHaveCount(0);
  await expect(body.locator('.math-fallback')).toHaveCount(0);
  await expect(body.locator('.katex')).toHaveCount(19);
  // The ∂ of \pdv and the ⟨ | ⟩ of \mel, as the formula reads (its MathML).
  expect(await mathmlOf(page, '\\pdv{f}{x}')).toContain('∂');
  expect(await mathmlOf(page, '\\mel{n}{H}{m}')).toMatch(/⟨[\s\S]*\|[\s\S]*⟩/);
  // The site macro \RR is one blackboard R, not the letters "RR".
  expect(await mathmlOf(page, '\\RR')).toMatch(/<mi mathvariant="double-struck">R<\/mi>/);
  await expect(body.locator('.katex-html', { hasText: /^RR$/ })).toHaveCount(0);
  const toc = page.getByRole('navigation', { name: '目录' });
  for (const heading of ['物理宏', '站点宏', 'MathJax 才接受的写法', '结尾'])
    await expect(toc.getByRole('link', { name: heading, exact: true })).toHaveCount(1);
});

test("kramdown's $$ forms keep prose as prose and headings in the TOC", async ({ page }) => {
  await visit(page, PAGES.dollars);
  const body = page.locator('[data-note-body]');
  await expect(body.locator('.katex-error')).toHaveCount(0);
  await expect(body.locator('.katex')).toHaveCount(7);
  await expect(body.locator('p', { hasText: '这一段是正文，不应该变成公式。' })).toHaveCount(1);
  await expect(body.locator('blockquote .math-display .katex')).toHaveCount(1);
  await expect(body.locator('p', { hasText: '引用之后的正文。' })).toHaveCount(1);
  // `\_` is kramdown's escape: a subscript, not an underscore.
  await expect(body.locator('.katex-mathml msub')).not.toHaveCount(0);
  await expect(body.locator('td .katex-mathml')).toContainText('|x|');
  const toc = page.getByRole('navigation', { name: '目录' });
  for (const heading of ['引用里的公式', '转义的下划线', '很长的行内公式', '渲染不了的公式', '最后一节'])
    await expect(toc.getByRole('link', { name: heading, exact: true })).toHaveCount(1);
  // The formula KaTeX cannot render: its TeX as code, the sentence around it intact.
  const fallback = body.locator('code.math-fallback');
  await expect(fallback).toHaveText('\\unknownmacro{x}');
  await expect(body.locator('p', { has: page.locator('code.math-fallback') })).toContainText(
    '后面的文字照常显示。',
  );
});

test('on a 390 px phone no formula widens the page; a long one scrolls inside itself', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of Object.values(PAGES)) {
    await visit(page, url);
    await expectNoHorizontalScroll(page);
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(width.scroll, url).toBeLessThanOrEqual(width.client);
  }
  const scroller = page.locator('[data-note-body] .math-scroll');
  await expect(scroller).toHaveCount(1);
  await expect(scroller).toHaveAttribute('tabindex', '0');
  const box = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll, 'the long formula scrolls').toBeGreaterThan(box.client);
});
