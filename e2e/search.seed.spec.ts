import type { Locator, Page } from '@playwright/test';
import { currentHash, expect, SEED, test, visit } from './helpers';

/** Section of the seed note holding 知识蒸馏, LoRA (second mention), Lost in the Middle. */
const SECTION = { id: '四自己补充学到的一些内容', heading: '四、自己补充学到的一些内容' };

/** Strings only the lazily loaded search code holds: MiniSearch's own messages and our index path. */
const SEARCH_CODE_MARKERS = ['MiniSearch', '/search-index.json'];

const dialog = (page: Page) => page.getByRole('dialog');
const field = (root: Page | Locator) => root.getByRole('combobox', { name: '搜索笔记' });
const options = (root: Page | Locator) => root.getByRole('option');

async function waitForHydration(page: Page) {
  // The header island announces its shortcuts once its key listener is attached.
  await expect(page.locator('header button[aria-keyshortcuts]')).toHaveCount(1);
}

/** The seed note as the first option: title, date, categories, and a snippet with `expected` marked. */
async function expectSeedFirst(root: Page | Locator, expected: RegExp) {
  const first = options(root).first();
  await expect(first).toContainText(SEED.title);
  await expect(first).toContainText(SEED.dateText);
  await expect(first).toContainText(SEED.categories.join(' / '));
  const marks = first.locator('.search-snippet mark');
  await expect(marks.first()).toBeVisible();
  const texts = await marks.allTextContents();
  expect(
    texts.some((t) => expected.test(t)),
    `highlights ${JSON.stringify(texts)}`,
  ).toBe(true);
}

test.describe('search', () => {
  test('`/` opens the dialog with the cursor in the field; the seed note comes first, highlighted', async ({
    page,
  }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/search-index.json') && indexRequests.push(r.url()));
    await visit(page, '/');
    await waitForHydration(page);
    expect(indexRequests, 'the index is not fetched before search is opened').toEqual([]);

    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(field(dialog(page))).toBeFocused();
    await page.keyboard.type('知识蒸馏');
    await expectSeedFirst(dialog(page), /^知识蒸馏$/);
    await expect(dialog(page).getByRole('status')).toHaveText('找到 1 篇笔记');
    await expect(options(dialog(page)).first()).toContainText(SECTION.heading);
    expect(indexRequests).toHaveLength(1);
  });

  for (const [query, marked] of [
    ['知识蒸馏', /^知识蒸馏$/],
    ['蒸馏', /^蒸馏$/],
    ['小模型', /^小模型$/],
    ['LoRA', /^LoRA$/],
    ['lora', /^LoRA$/],
    ['ＬｏＲＡ', /^LoRA$/],
    ['Lost in the Middle', /^Middle$/],
    ['RAG 评估', /^(RAG|评估)$/],
    ['知識蒸餾', /^知识蒸馏$/],
  ] as const) {
    test(`/search?q=${query} lists the seed note first`, async ({ page }) => {
      await visit(page, `/search/?q=${encodeURIComponent(query)}`);
      await expect(field(page)).toHaveValue(query);
      await expectSeedFirst(page, marked);
    });
  }

  test('Ctrl+K opens on a post page, Esc closes and gives focus back', async ({ page }) => {
    await visit(page, SEED.path);
    await waitForHydration(page);
    const toggle = page.getByRole('button', { name: '切换主题', exact: true });
    await toggle.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(field(dialog(page))).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('the header button opens the dialog; Tab stays inside it', async ({ page }) => {
    await visit(page, '/');
    await waitForHydration(page);
    await page.getByRole('button', { name: '搜索笔记' }).click();
    await expect(field(dialog(page))).toBeFocused();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog(page).evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await dialog(page).getByRole('button', { name: '关闭搜索' }).click();
    await expect(dialog(page)).toBeHidden();
  });

  test('arrow keys choose a result, Enter opens it at the matching section', async ({ page }) => {
    await visit(page, '/');
    await waitForHydration(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Lost in the Middle');
    const first = options(dialog(page)).first();
    await expect(first).toContainText(SECTION.heading);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(field(dialog(page))).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/posts\/zhihu-notes-1\/\?highlight=[^#]+#/);
    expect(currentHash(page)).toBe(SECTION.id);
    await expect(dialog(page)).toBeHidden();
    // The landing shows the query's rarest word in that section (the heading too when both fit).
    const landed = page.locator('[data-note-body] mark[data-search-mark][data-current]');
    await expect(landed).toHaveText('Middle');
    await expect(landed).toBeInViewport();
  });

  test('the /search page keeps the query in the URL, and the dialog links to it', async ({ page }) => {
    await visit(page, '/search/');
    await expect(page.locator('h1')).toHaveText('搜索');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('LoRA');
    await expect(page).toHaveURL(/\/search\/\?q=LoRA$/);
    await expectSeedFirst(page, /^LoRA$/);

    await page.goto('/');
    await waitForHydration(page);
    await page.keyboard.press('/');
    await page.keyboard.type('小模型');
    await expect(options(dialog(page)).first()).toBeVisible();
    await dialog(page)
      .getByRole('link', { name: /在搜索页打开/ })
      .click();
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('小模型')}`);
    await expect(field(page)).toHaveValue('小模型');
    await expectSeedFirst(page, /^小模型$/);
  });

  test('a query with no match says so and lists nothing', async ({ page }) => {
    await visit(page, `/search/?q=${encodeURIComponent('量子引力 xyzzy')}`);
    await expect(page.getByRole('status')).toHaveText('没有找到包含“量子引力 xyzzy”的笔记。');
    await expect(options(page)).toHaveCount(0);
  });

  test('the index holds exactly the listed notes', async ({ request }) => {
    const index = await (await request.get('/search-index.json')).json();
    expect(index.notes.map((n: { slug: string }) => n.slug)).toEqual([SEED.slug]);
  });

  test("a post page's initial scripts hold no search code; opening search loads it", async ({
    page,
    request,
  }) => {
    const html = await (await request.get(SEED.path)).text();
    const initial = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) {
      const code = await (await request.get(src)).text();
      for (const marker of SEARCH_CODE_MARKERS) {
        expect(code.includes(marker), `${marker} in initial script ${src}`).toBe(false);
      }
    }

    // The markers are real: the chunks fetched on opening search contain them.
    const loaded: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script' && !initial.some((s) => r.url().endsWith(s))) {
        loaded.push(await r.text());
      }
    });
    await visit(page, SEED.path);
    await waitForHydration(page);
    await page.keyboard.press('/');
    await page.keyboard.type('蒸馏');
    await expect(options(dialog(page)).first()).toBeVisible();
    for (const marker of SEARCH_CODE_MARKERS) {
      expect(
        loaded.some((code) => code.includes(marker)),
        `${marker} in a lazily loaded chunk`,
      ).toBe(true);
    }
  });

  test('works in the dark theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await visit(page, '/');
    await waitForHydration(page);
    await page.keyboard.press('/');
    await page.keyboard.type('LoRA');
    await expect(options(dialog(page)).first()).toBeVisible();
    const box = dialog(page).locator('.search-dialog-box');
    const colors = await box.evaluate((el) => {
      const style = getComputedStyle(el);
      return { bg: style.backgroundColor, fg: style.color };
    });
    expect(colors).toEqual({ bg: 'rgb(22, 26, 32)', fg: 'rgb(230, 232, 235)' });
  });
});
