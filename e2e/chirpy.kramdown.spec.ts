/**
 * kramdown fidelity of Chirpy posts (issue 24), against the "chirpy" site variant: the notes
 * e2e/fixtures/chirpy-extra/2024-02-1*.md. Every check is what a reader sees in the browser.
 */
import type { Page } from '@playwright/test';
import { expect, test, visibleText, visit } from './helpers';

// Post URLs in one place: `/posts/<file name without date, case kept>/` (lib/slug.ts).
const URLS = {
  markdownAttribute: '/posts/kramdown-markdown-属性/',
  cjkBold: '/posts/中文加粗/',
  entityTitle: '/posts/entity-title/',
  mermaidHeading: '/posts/mermaid-heading/',
  liquidInCode: '/posts/liquid-in-code/',
} as const;

/** Visible text of the article outside code (and outside the `markdown="0"` box, raw on purpose). */
function articleProse(page: Page): Promise<string> {
  return visibleText(page, 'pre, code, script, style, .katex-mathml, .sr-only, .raw-box', 'article');
}

test('no ** or markdown syntax shows on the kramdown fixture pages, bold is bold', async ({ page }) => {
  for (const url of Object.values(URLS)) {
    await visit(page, url);
    const text = await articleProse(page);
    for (const leak of ['**', '~~', '{:', 'markdown="', '&sect;', '&amp;']) {
      expect(text, `"${leak}" visible on ${url}`).not.toContain(leak);
    }
  }
  await visit(page, URLS.cjkBold);
  const body = page.locator('article');
  await expect(body.locator('strong', { hasText: '工具包装器（Tool Wrapper）' })).toBeVisible();
  await expect(body.locator('strong > code', { hasText: '.vscode' })).toBeVisible();
  await expect(body.locator('strong', { hasText: '「先想清楚」' })).toBeVisible();
  await expect(body.locator('del', { hasText: '（已经过时）' })).toBeVisible();
});

test('markdown="1" blocks: list, bold, attribute list, math and headings rendered inside', async ({
  page,
}) => {
  await visit(page, URLS.markdownAttribute);
  const box = page.locator('article div.box-info');
  await expect(box.locator('p.box-title')).toHaveText('本节要点');
  await expect(box.locator('strong', { hasText: '加粗' })).toBeVisible();
  await expect(box.locator('code.filepath', { hasText: '_config.yml' })).toBeVisible();
  await expect(box.locator('.katex').first()).toBeVisible();
  await expect(box.locator('ul > li')).toHaveCount(2);
  await expect(page.locator('article [markdown]')).toHaveCount(0);

  const details = page.locator('article details');
  await details.locator('summary').click();
  await expect(details.locator('ol > li')).toHaveCount(2);
  await expect(details.locator('div.box-tip strong', { hasText: '粗体' })).toBeVisible();
  const heading = details.locator('h2', { hasText: '折叠里的小节' });
  await expect(heading).toHaveAttribute('id', '折叠里的小节');
  // The heading inside the block is in the TOC, linking to its id.
  await expect(page.locator('a[href="#折叠里的小节"]').first()).toBeAttached();
  await expect(page.locator('article .raw-box')).toContainText('**这里不解析**');
});

test('an HTML entity in the title shows as the character everywhere', async ({ page, request }) => {
  await visit(page, URLS.entityTitle);
  await expect(page.locator('h1')).toHaveText('§2.3 Wick 定理');
  expect(await page.title()).toContain('§2.3 Wick 定理');
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  for (const block of jsonLd) expect(block).not.toMatch(/&(sect|amp);/);

  await visit(page, '/');
  const link = page.locator(`main a[href^="${URLS.entityTitle}"]`).first();
  await expect(link).toContainText('§2.3 Wick 定理');
  expect(await page.locator('main').textContent()).not.toMatch(/&(sect|amp);/);

  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('§2.3 Wick 定理');
  expect(feed).not.toContain('&amp;sect;');
});

test('a "Mermaid" heading does not stop the diagram: SVG drawn, no console error', async ({ page }) => {
  await visit(page, URLS.mermaidHeading);
  await expect(page.locator('.mermaid-block svg')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('h2', { hasText: 'Mermaid' })).toHaveAttribute('id', 'mermaid-1');
  await expect(page.locator('a[href="#mermaid-1"]').first()).toBeAttached();
  expect(await page.evaluate(() => document.getElementById('mermaid'))).toBeNull();
  // The consoleErrors fixture fails the test on any console error or uncaught exception.
});

test('{{ … }} inside code blocks and code spans is shown as written', async ({ page }) => {
  await visit(page, URLS.liquidInCode);
  const code = page.locator('article pre');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions' own ${{ }} syntax, not a template
  await expect(code.first()).toContainText('TOKEN: ${{ secrets.DEPLOY_TOKEN }}');
  await expect(code.nth(1)).toContainText('问题：{{ question }}');
  await expect(page.locator('article p code', { hasText: '{{ answer }}' })).toBeVisible();
});
