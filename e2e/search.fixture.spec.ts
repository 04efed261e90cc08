import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, homeOrder, readFixtureNotes, SEED, test, visit } from './helpers';

const notes = readFixtureNotes();
/** The fixture note whose English words sit right against full-width punctuation. */
const PUNCT = notes.find((n) => n.file === '2024-07-01-search-punctuation.md');
const PUNCT_SECTION = '贴着标点的词';
/** A string only the lazily loaded marking code holds. */
const MARKS_CODE_MARKER = 'data-search-clear';

/** The marks the landing put in the note body with `text`. */
const marksOf = (page: Page, text: string) =>
  page.locator('[data-note-body] mark[data-search-mark]').filter({ hasText: text });

/** Searches on /search, opens the result titled `title`, and checks the landing: URL and marked words. */
async function searchAndLand(page: Page, query: string, title: string, word: string, section: string) {
  await visit(page, `/search/?q=${encodeURIComponent(query)}`);
  const option = page.getByRole('option').filter({ hasText: title });
  await expect(option.locator('mark').filter({ hasText: word }).first()).toBeVisible();
  await option.click();
  // The query, then the section: encodeURIComponent leaves only `.*()` of the RegExp specials.
  const literal = (text: string) => encodeURIComponent(text).replace(/[.*()]/g, '\\$&');
  await expect(page).toHaveURL(new RegExp(`\\?highlight=${literal(query)}#${literal(section)}$`));
  await expect(marksOf(page, word).first()).toBeInViewport();
}

test.describe('search over the fixture notes', () => {
  test('the index lists every published post, newest first, then the knowledge notes', async ({
    request,
  }) => {
    const index = await (await request.get('/search-index.json')).json();
    const newestFirst = homeOrder(notes.map((n) => ({ ...n, pin: false }))).map((n) => n.slug);
    const entries: { slug: string; url: string }[] = index.notes;
    const firstNote = entries.findIndex((n) => n.url.startsWith('/notes/'));
    expect(firstNote, 'the fixture vault is indexed').toBeGreaterThan(0);
    expect(entries.slice(0, firstNote).map((n) => n.slug)).toEqual(newestFirst);
    expect(entries.slice(firstNote).every((n) => n.url.startsWith('/notes/'))).toBe(true);
  });

  test('a heading match links to its section, also in a note without a table of contents', async ({
    page,
  }) => {
    const quiet = notes.find((n) => !n.toc && /^## 第二节/m.test(n.body));
    expect(quiet, 'the fixture needs a note without a TOC and with a 第二节 heading').toBeDefined();
    await visit(page, `/search/?q=${encodeURIComponent('第二节')}`);
    const option = page.getByRole('option').filter({ hasText: quiet?.title ?? '' });
    await expect(option).toContainText('第二节');
    await option.click();
    await expect(page).toHaveURL(new RegExp(`/posts/${quiet?.slug}/\\?highlight=[^#]+#`));
    await expect(page.locator('[id="第二节"]')).toBeInViewport();
  });

  test('title matches rank above body matches', async ({ page }) => {
    const titled = notes.filter((n) => n.title.includes('知识蒸馏'));
    expect(titled.length, 'the fixture needs a title that mentions 知识蒸馏').toBeGreaterThan(0);
    await visit(page, `/search/?q=${encodeURIComponent('知识蒸馏')}`);
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    // The first span of an option is its title.
    const titles = await options.evaluateAll((els) =>
      els.map((el) => el.querySelector('span')?.textContent ?? ''),
    );
    expect(
      titles.slice(0, titled.length).every((t) => t.includes('知识蒸馏')),
      JSON.stringify(titles),
    ).toBe(true);
  });
});

test.describe('words beside full-width punctuation, and landing on them', () => {
  test.beforeAll(() => {
    expect(PUNCT, 'the fixture needs 2024-07-01-search-punctuation.md').toBeDefined();
  });

  // Each word sits right after or before a full-width mark: ： · ． ＇ ／ (issue 25).
  for (const word of ['Selective', 'Tversky', 'Triton', 'LangChain', 'Reranker']) {
    test(`${word} is found and marked where it stands`, async ({ page }) => {
      await searchAndLand(page, word, PUNCT?.title ?? '', word, PUNCT_SECTION);
    });
  }

  test('the seed note: induction (after Anthropic：) lands on its paragraph', async ({ page }) => {
    await visit(page, `/search/?q=${encodeURIComponent('Induction Heads')}`);
    const option = page.getByRole('option').filter({ hasText: SEED.title });
    await expect(option).toBeVisible();
    await option.click();
    await expect(page).toHaveURL(/\?highlight=Induction%20Heads/);
    await expect(marksOf(page, 'Induction').first()).toBeInViewport();
    await expect(marksOf(page, 'Heads').first()).toBeInViewport();
  });

  test('a phrase finds the note that has it as written, and marks it whole', async ({ page }) => {
    await searchAndLand(page, '"State Space"', PUNCT?.title ?? '', 'State Space', PUNCT_SECTION);
    await visit(page, `/search/?q=${encodeURIComponent('"Space State"')}`);
    await expect(page.getByRole('status')).toContainText('没有找到');
  });

  test('keyboard: the dialog opens the result, the bar steps and clears the marks', async ({ page }) => {
    await visit(page, '/');
    await expect(page.locator('header button[aria-keyshortcuts]')).toHaveCount(1);
    await page.keyboard.press('/');
    await page.keyboard.type('Kahneman');
    const option = page.getByRole('dialog').getByRole('option').first();
    await expect(option).toContainText(PUNCT?.title ?? '');
    // Its text has arrived (the snippet is marked): the link now names the matched section.
    await expect(option.locator('.search-snippet mark')).toHaveText('Kahneman');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?highlight=Kahneman#/);
    const mark = marksOf(page, 'Kahneman').first();
    await expect(mark).toBeInViewport();
    const bar = page.getByRole('region', { name: '搜索标记' });
    await expect(bar).toContainText('已标出 1 处“Kahneman”');
    const clear = bar.getByRole('button', { name: '清除标记' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('mark[data-search-mark]')).toHaveCount(0);
    await expect(bar).toBeHidden();
    await expect(page).not.toHaveURL(/highlight=/);
    // The text is as it was: the paragraph reads the same, in one piece.
    await expect(page.locator('[data-note-body] p').filter({ hasText: 'Kahneman·Tversky' })).toHaveCount(1);
  });

  test('a shared landing URL marks and scrolls on load, without moving the text', async ({ page }) => {
    const path = `/posts/${PUNCT?.slug}/?highlight=${encodeURIComponent('Reranker 角色')}`;
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await visit(page, path);
    await expect(marksOf(page, 'Reranker').first()).toBeInViewport();
    await expect(marksOf(page, '角色').first()).toBeInViewport();
    const bar = page.getByRole('region', { name: '搜索标记' });
    await expect(bar.getByRole('button', { name: '下一处' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
    const axe = await new AxeBuilder({ page })
      .include('[data-note-body]')
      .include('.search-marks-bar')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('the marks and the bar in the dark theme', async ({ page }) => {
    await page.addInitScript(() => {
      // Also runs in the comments' sandboxed frame, which has no storage.
      try {
        localStorage.setItem('theme', 'dark');
      } catch {}
    });
    await visit(page, `/posts/${PUNCT?.slug}/?highlight=Selective#${encodeURIComponent(PUNCT_SECTION)}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(marksOf(page, 'Selective').first()).toBeInViewport();
    const bar = page.getByRole('region', { name: '搜索标记' });
    expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 26, 32)');
    const axe = await new AxeBuilder({ page })
      .include('[data-note-body]')
      .include('.search-marks-bar')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('a page reached without a search loads no marking code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
    });
    await visit(page, `/posts/${PUNCT?.slug}/`);
    await expect(page.locator('header button[aria-keyshortcuts]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(scripts.some((code) => code.includes(MARKS_CODE_MARKER))).toBe(false);
    await expect(page.locator('mark[data-search-mark]')).toHaveCount(0);
    await visit(page, `/posts/${PUNCT?.slug}/?highlight=Triton`);
    await expect(marksOf(page, 'Triton').first()).toBeVisible();
    // The marker is real: the chunk the landing loads holds it (its body is read asynchronously).
    await expect.poll(() => scripts.some((code) => code.includes(MARKS_CODE_MARKER))).toBe(true);
  });
});
