/**
 * Heading ids and DOM clobbering (issue 24, class 8), against the "chirpy" site variant and in a
 * bare Chromium page: an element id shadows only a global that is not a real window property, so
 * only the globals our scripts read are reserved (lib/markdown/heading-ids.ts); headings named like
 * browser globals keep Chirpy's ids and old anchors (`#history`).
 */
import type { Page } from '@playwright/test';
import { SCRIPT_GLOBALS } from '../lib/markdown/heading-ids';
import { expect, test, visit } from './helpers';

// Post URLs in one place (they follow lib/slug.ts; adapt here if post URLs change).
const URLS = {
  headingIds: '/posts/heading-ids/',
  mermaidHeading: '/posts/mermaid-heading/',
} as const;

/** Browser globals the old reserved list renamed; named access sits below them, so an id cannot. */
const BUILT_INS = ['history', 'performance', 'location', 'screen', 'name', 'status', 'navigation', 'onclick'];
const CONSTRUCTORS = ['Image', 'Event', 'Node', 'Audio', 'Option', 'Blob', 'Response', 'Storage'];

/** What `window[name]` is in a blank page holding `<h2 id=name>` and `<img name=name>`. */
async function shadowedBy(page: Page, name: string) {
  await page.setContent('<h2 id="x">标题</h2><img name="x" alt="">'.replaceAll('x', name));
  return page.evaluate((n) => {
    const value: unknown = (window as unknown as Record<string, unknown>)[n];
    if (value instanceof Element) return 'element';
    if (value instanceof HTMLCollection) return 'collection';
    return typeof value;
  }, name);
}

for (const name of SCRIPT_GLOBALS) {
  test(`an id or name would shadow the script global ${name}, so it is reserved`, async ({ page }) => {
    // Both elements share the name, so window[name] is a collection of the two.
    expect(await shadowedBy(page, name)).toBe('collection');
  });
}

test('an id never shadows a browser built-in, so those headings keep their ids', async ({ page }) => {
  for (const name of BUILT_INS) expect(await shadowedBy(page, name), name).not.toMatch(/element|collection/);
  for (const name of CONSTRUCTORS) expect(await shadowedBy(page, name), name).toBe('function');
  // A script that assigns a global replaces the element for good (mermaid's vendored build does).
  await page.setContent('<h2 id="mermaid">Mermaid</h2>');
  expect(
    await page.evaluate(
      () => document.getElementById('mermaid') === (window as unknown as Record<string, unknown>).mermaid,
    ),
  ).toBe(true);
  await page.addScriptTag({ content: 'globalThis.mermaid = { initialize() {} };' });
  expect(await page.evaluate(() => typeof window.mermaid?.initialize)).toBe('function');
});

test('headings "History", "Performance", "Image", "Next" keep their ids and the page works', async ({
  page,
}) => {
  await visit(page, URLS.headingIds);
  const body = page.locator('article');
  for (const [text, id] of [
    ['History', 'history'],
    ['Performance', 'performance'],
    ['Image', 'image'],
    ['Location', 'location'],
    ['Next', 'next'],
    ['Module', 'module'],
  ] as const) {
    await expect(body.locator('h2', { hasText: new RegExp(`^${text}`) }), text).toHaveAttribute('id', id);
  }
  // The diagram below those headings is drawn (the consoleErrors fixture fails on any page error).
  await expect(page.locator('.mermaid-block svg')).toHaveCount(1, { timeout: 15_000 });
  const globals = await page.evaluate(() => ({
    history: typeof window.history.pushState,
    performance: typeof window.performance.now(),
    image: new Image() instanceof HTMLImageElement,
    location: window.location.pathname,
    next: (window as unknown as Record<string, unknown>).next instanceof Element,
  }));
  expect(globals).toEqual({
    history: 'function',
    performance: 'number',
    image: true,
    location: expect.stringContaining('/posts/'),
    next: false,
  });
  // An old Chirpy anchor still lands on its section, in the page and from the table of contents.
  await page.locator('article a[href="#history"]').first().click();
  await expect(page).toHaveURL(/#history$/);
  await expect(page.locator('h2#history')).toBeInViewport();
  const toc = page.getByRole('navigation', { name: '目录', exact: true });
  await toc.locator('a[href="#performance"]').click();
  await expect(page).toHaveURL(/#performance$/);
  await expect(page.locator('h2#performance')).toBeInViewport();
  // Client-side navigation (history.pushState) still works.
  await page.locator('header a[href="/"]').first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1').first()).toHaveText('小记');
});

test('the "Mermaid" heading page still draws its diagram, its heading renamed', async ({ page }) => {
  await visit(page, URLS.mermaidHeading);
  await expect(page.locator('.mermaid-block svg')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('h2', { hasText: 'Mermaid' })).toHaveAttribute('id', 'mermaid-1');
  expect(await page.evaluate(() => typeof window.mermaid?.initialize)).toBe('function');
});
