import type { Locator, Page } from '@playwright/test';
import { colours, currentHash, expect, expectLayout, linkTo, SEED, test, visit } from './helpers';

/** Waits until the element stops moving (smooth scrolling done), returns its top in the viewport. */
async function settledTop(page: Page, el: Locator): Promise<number> {
  let last = Number.NaN;
  for (let i = 0; i < 40; i++) {
    const box = await el.boundingBox();
    const top = box ? Math.round(box.y) : Number.NaN;
    if (top === last) return top;
    last = top;
    await page.waitForTimeout(100);
  }
  return last;
}

test.describe('seed note page', () => {
  test('shows the title, date, categories, tags, reading time and body', async ({ page }) => {
    await visit(page, SEED.path);
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText(SEED.title);

    const time = page.locator(`time[datetime="${SEED.iso}"]`).first();
    await expect(time).toBeVisible();
    await expect(time).toHaveText(SEED.dateText);

    for (const name of SEED.categories) {
      const link = linkTo(page, `/categories/${name}/`).first();
      await expect(link, `category link ${name}`).toBeVisible();
      await expect(link).toContainText(name);
    }
    for (const tag of SEED.tags) {
      const link = linkTo(page, tag.path).first();
      await expect(link, `tag link ${tag.path}`).toBeVisible();
      await expect(link).toContainText(tag.name);
    }

    const reading = page.getByText(/约\s*\d+\s*分钟/).first();
    await expect(reading).toBeVisible();
    const minutes = Number((await reading.textContent())?.match(/约\s*(\d+)\s*分钟/)?.[1]);
    expect(minutes, 'reading time of a ~3,500 character note').toBeGreaterThanOrEqual(3);
    expect(minutes).toBeLessThanOrEqual(30);
    const words = page.getByText(/\d[\d,，]*\s*字/).first();
    await expect(words).toBeVisible();
    const count = Number((await words.textContent())?.match(/(\d[\d,，]*)\s*字/)?.[1]?.replace(/[,，]/g, ''));
    expect(count, 'word count of the seed note').toBeGreaterThan(1500);
    expect(count).toBeLessThan(8000);

    const body = page.locator('.prose, [data-note-body]').first();
    await expect(body).toContainText('摆脱“预训练大模型=LLM研究”的误区');
    await expect(body).toContainText(SEED.lastWords);
    const heading = body.locator(`[id="${SEED.tocId}"]`);
    await expect(heading).toHaveCount(1);
    await expect(heading).toContainText(SEED.tocHeading);
    expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[2-6]$/);
    // Every heading in the body has an id.
    const missing = await body
      .locator('h2, h3, h4')
      .evaluateAll((hs) => hs.filter((h) => !h.id).map((h) => h.textContent));
    expect(missing, 'body headings without an id').toEqual([]);
  });

  test('has the right metadata', async ({ page, baseURL }) => {
    await visit(page, SEED.path);
    await expect(page).toHaveTitle(`${SEED.title} | 小记`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', SEED.description);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${SEED.path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      new RegExp(SEED.title),
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });

  test('table of contents is a sticky side panel; clicking an entry scrolls to the heading', async ({
    page,
  }) => {
    await visit(page, SEED.path);
    const toc = page.getByRole('navigation', { name: '目录', exact: true });
    await expect(toc).toBeVisible();
    const entry = toc.locator(`a[href="#${SEED.tocId}"]`);
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(SEED.tocHeading);
    expect(await toc.locator('a[href^="#"]').count(), 'TOC entries').toBeGreaterThanOrEqual(5);

    // Side panel: beside the body, not above it.
    const body = page.locator('.prose, [data-note-body]').first();
    const tocBox = await toc.boundingBox();
    const bodyBox = await body.boundingBox();
    expect(
      tocBox &&
        bodyBox &&
        (tocBox.x >= bodyBox.x + bodyBox.width - 1 || tocBox.x + tocBox.width <= bodyBox.x + 1),
      'TOC beside the body',
    ).toBe(true);

    // Sticky: still on screen after scrolling far down.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    await page.waitForTimeout(300);
    const box = await toc.boundingBox();
    expect(box, 'TOC box').not.toBeNull();
    expect(box?.y ?? -1, 'TOC top after scrolling').toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 9999, 'TOC top after scrolling').toBeLessThan(900);
    await expect(toc).toBeInViewport();

    await page.evaluate(() => window.scrollTo(0, 0));
    await entry.click();
    await expect
      .poll(() => currentHash(page), { message: 'URL hash after clicking the TOC entry' })
      .toBe(SEED.tocId);
    const heading = page.locator(`[id="${SEED.tocId}"]`);
    const top = await settledTop(page, heading);
    expect(top, 'heading top in the viewport after the click').toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(150);
    await expect(entry, 'entry of the section being read').toHaveAttribute('aria-current', 'true');

    // Reading further down moves the highlight.
    const later = page.locator('h3', { hasText: '三、落地执行建议' });
    const laterId = await later.getAttribute('id');
    expect(laterId).toBeTruthy();
    await later.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
    await expect(toc.locator(`a[href="#${laterId}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(entry).not.toHaveAttribute('aria-current', 'true');

    // The entry being read is marked in the link colour (border and text); the others are muted.
    const current = await colours(toc.locator(`a[href="#${laterId}"]`));
    expect(current.text, 'current entry text').toBe(current.link);
    expect(current.borderLeft, 'current entry border').toBe(current.link);
    await page.mouse.move(1, 1); // off the entry clicked above: hovering shows it in the text colour
    const other = await colours(entry);
    expect(other.text, 'other entries').toBe(other.muted);
  });

  test('a tag link shows the link colour when hovered', async ({ page }) => {
    await visit(page, SEED.path);
    const tag = page.locator('article header').getByRole('link', { name: `#${SEED.tags[2]?.name}` });
    const look = () => colours(tag);
    await page.mouse.move(1, 1);
    const still = await look();
    expect(still.text).not.toBe(still.link);
    await tag.hover();
    await expect.poll(async () => (await look()).text, { message: 'text colour on hover' }).toBe(still.link);
    expect((await look()).borderTop, 'border colour on hover').toBe(still.link);
  });

  test('no previous/next links and no comments when there is one note and giscus is off', async ({
    page,
  }) => {
    await visit(page, SEED.path);
    await expect(page.locator('nav[aria-label="上一篇和下一篇"]')).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(1000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('#comments')).toHaveCount(0);
    await expect(page.locator('giscus-widget')).toHaveCount(0);
    await expect(page.locator('iframe[src*="giscus"]')).toHaveCount(0);
  });
});
