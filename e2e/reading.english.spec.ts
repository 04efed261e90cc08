/**
 * The reading features of issue 21 with the interface in English (the "english" variant of
 * scripts/e2e.ts: XIAOJI_LOCALE=en, the fixture's series and licence posts and
 * e2e/fixtures/english/). Every label in English, by mouse and keyboard, `<html lang>`, and axe in
 * both themes. The zh-CN specs (series, zoom, code-fold, zh-convert, share, panels, feeds, print
 * `.fixture.spec.ts`) cover the behaviour in depth; this one checks what the language changes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit, xmlError } from './helpers';

const POST = '/posts/reading-in-english/';
const FIGURE = 'A diagram of the reading flow';
const SERIES = '从零学写小记';
const PARTS = ['series-preface', 'series-setup', 'series-first-note'];
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const CACHED = 'public, max-age=31536000, immutable';

function theme(page: Page, name: 'light' | 'dark') {
  return page.addInitScript((t) => {
    try {
      localStorage.setItem('theme', t);
    } catch {}
  }, name);
}

async function axeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** Vendor files (lib/vendor-files.ts) the page loads: path, status and Cache-Control. */
function watchVendor(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/vendor/'))
      seen.push(`${pathname} ${r.status()} ${r.headers()['cache-control']}`);
  });
  return seen;
}

test('the page is English: <html lang>, navigation, dates and counts', async ({ page }) => {
  await visit(page, POST);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Categories' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Toggle theme' })).toBeVisible();
  await expect(page.locator('main')).toContainText(/\d+ min read/);
});

test.describe('series', () => {
  test('the box says "Part n of m", lists the parts and walks them by mouse', async ({ page }) => {
    await visit(page, `/posts/${PARTS[0]}/`);
    const box = page.getByRole('navigation', { name: `Series: ${SERIES}` });
    await expect(box).toContainText(`Series: ${SERIES}`);
    await expect(box).toContainText('Part 1 of 3');
    await expect(box.getByRole('list', { name: 'Posts in this series' }).getByRole('link')).toHaveCount(3);
    await expect(box.locator('[data-series-next]')).toContainText('Next in series');
    await box.locator('[data-series-next]').click();
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[1]}/$`));
    const second = page.getByRole('navigation', { name: `Series: ${SERIES}` });
    await expect(second).toContainText('Part 2 of 3');
    await expect(second.locator('[data-series-previous]')).toContainText('Previous in series');
  });

  test('keyboard: Tab to the next part, Enter follows it', async ({ page }) => {
    await visit(page, `/posts/${PARTS[1]}/`);
    const next = page.locator('[data-series-next]');
    await page.locator('[data-series-previous]').focus();
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[2]}/$`));
    await expect(page.getByRole('navigation', { name: `Series: ${SERIES}` })).toContainText('Part 3 of 3');
  });

  test('/series/ lists the series in English', async ({ page }) => {
    await visit(page, '/series/');
    await expect(page.locator('h1')).toHaveText('All series');
    await expect(page.locator('main')).toContainText('1 series');
    await expect(page.getByRole('link', { name: SERIES })).toBeVisible();
  });
});

test.describe('folded code', () => {
  const control = (page: Page) => page.locator('[data-note-body] .code-fold .code-fold-control');

  test('"Show all (38 lines)" opens by mouse, "Collapse" folds again', async ({ page }) => {
    await visit(page, POST);
    await expect(control(page)).toHaveText('Show all (38 lines)', { useInnerText: true });
    await control(page).click();
    await expect(control(page)).toHaveText('Collapse', { useInnerText: true });
    await control(page).click();
    await expect(control(page)).toHaveText('Show all (38 lines)', { useInnerText: true });
  });

  test('keyboard: a named checkbox that Space toggles; copy is labelled', async ({ page }) => {
    await visit(page, POST);
    await page.getByRole('checkbox', { name: 'Show all (38 lines)' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Collapse' })).toBeChecked();
    await expect(
      page.locator('[data-note-body] .code-fold').getByRole('button', { name: 'Copy code' }),
    ).toHaveCount(1);
  });
});

test.describe('image zoom', () => {
  test('mouse: the figure opens large with its caption; the close button is named', async ({ page }) => {
    await visit(page, POST);
    await page.getByRole('button', { name: `Zoom image: ${FIGURE}` }).click();
    const view = page.getByRole('dialog');
    await expect(view).toHaveAccessibleName('Figure 1: the reading flow');
    await expect(view.locator('figcaption')).toHaveText('Figure 1: the reading flow');
    await view.getByRole('button', { name: 'Close the large image' }).click();
    await expect(view).toHaveCount(0);
  });

  test('keyboard: Enter opens, focus on "Close the large image", Esc returns focus', async ({ page }) => {
    await visit(page, POST);
    const figure = page.getByRole('button', { name: `Zoom image: ${FIGURE}` });
    await figure.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('dialog').getByRole('button', { name: 'Close the large image' }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(figure).toBeFocused();
  });
});

test.describe('the 简/繁 switch', () => {
  test('keyboard: the English-named control converts the Chinese, leaves English as written', async ({
    page,
  }) => {
    const vendor = watchVendor(page);
    await visit(page, POST);
    const summary = page.locator('.zh-switch summary');
    await expect(summary).toHaveAccessibleName('Chinese script (简/繁)');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '繁體（台灣）' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
    const body = page.locator('[data-note-body]');
    await expect(body).toContainText('這一句是中文，簡繁切換會轉換它：頭髮和軟體。');
    await expect(body).toContainText('This note is written in English');
    await expect(page.locator('[data-zh-choice="tw"]')).toHaveAttribute('aria-pressed', 'true');
    // The converter and the tables: versioned names, cached for good (next.config.ts).
    expect(vendor.filter((v) => v.startsWith('/vendor/zh/')).sort()).toEqual([
      expect.stringMatching(new RegExp(`^/vendor/zh/[0-9a-f]{10}/tw\\.js 200 ${CACHED}$`)),
      expect.stringMatching(new RegExp(`^/vendor/zh/[0-9a-f]{10}/zh\\.js 200 ${CACHED}$`)),
    ]);
    // Back to simplified, by mouse: the page's language is English again.
    await summary.click();
    await page.getByRole('button', { name: '简体' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(body).toContainText('这一句是中文，简繁切换会转换它：头发和软件。');
  });
});

test('the diagram is drawn by mermaid loaded from its versioned, cached URL', async ({ page }) => {
  const vendor = watchVendor(page);
  await visit(page, POST);
  await page.locator('.mermaid-block').scrollIntoViewIfNeeded();
  await expect(page.locator('.mermaid-block svg')).toHaveCount(1, { timeout: 15_000 });
  expect(vendor).toEqual([
    expect.stringMatching(new RegExp(`^/vendor/mermaid/mermaid\\.min\\.[0-9a-f]{10}\\.js 200 ${CACHED}$`)),
  ]);
});

test.describe('share links and licence', () => {
  const share = (page: Page) => page.getByRole('navigation', { name: 'Share', exact: true });

  test('the links are named in English; Enter on "Copy link" copies and says so', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await visit(page, POST);
    await expect(share(page).getByRole('link')).toHaveText(['Copy link', 'Weibo', 'X', 'Telegram', 'Email']);
    await share(page).getByRole('link', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${POST}`);
    await expect(share(page).getByRole('status')).toHaveText('Link copied');
    await page.keyboard.press('Tab');
    await expect(share(page).getByRole('link', { name: 'Weibo' })).toBeFocused();
  });

  test('the licence lines are English and link the English deed', async ({ page }) => {
    await visit(page, POST);
    const line = page.locator('article .post-footer > p');
    await expect(line).toHaveText('This post is licensed under CC BY 4.0.');
    await expect(line.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', CC_BY);
    const footer = page.locator('body > footer');
    await expect(footer).toContainText('Unless stated otherwise, posts are licensed under CC BY 4.0.');
    await visit(page, '/posts/own-license/');
    await expect(page.locator('article .post-footer > p')).toHaveText('保留所有权利，转载请先联系作者。');
  });
});

test('side panels: "Recently updated" and "Trending tags" beside the home list', async ({ page }) => {
  await visit(page, '/');
  const panels = page.locator('.side-panels');
  await expect(panels).toBeVisible();
  await expect(panels.locator('h2')).toHaveText(['Recently updated', 'Trending tags']);
  await expect(panels.locator('h2:text-is("Recently updated") + ul a').first()).toHaveText(
    '动手写第一篇小记',
  );
  await panels.getByRole('link', { name: 'english', exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/english\/$/);
});

test('a tag page links its Atom feed in English; the feed is English', async ({ page, baseURL }) => {
  await visit(page, '/tags/english/');
  await expect(page.locator('h1')).toContainText('english');
  const link = page.getByRole('link', { name: 'Subscribe to this tag (Atom)' });
  await expect(link).toHaveAttribute('href', '/tags/english/feed.xml');
  const alternate = page.locator('head link[rel="alternate"][href$="/tags/english/feed.xml"]');
  await expect(alternate).toHaveAttribute('title', 'Tag: english (Atom)');
  const res = await page.request.get('/tags/english/feed.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  await page.setContent('<!doctype html><title>xml</title>');
  expect(await xmlError(page, xml)).toBeNull();
  expect(xml).toContain('xml:lang="en"');
  expect(xml).toMatch(/<title>Tag: english \| [^<]+<\/title>/);
  expect(xml).toContain(`${baseURL}${POST}`);
});

test('print: no header or controls, links followed by their address', async ({ page }) => {
  await visit(page, POST);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('.code-fold-control')).toBeHidden();
  const after = (selector: string) =>
    page.locator(selector).evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('[data-note-body] a[href="https://example.com/chirpy/docs/"]')).toContain(
    'https://example.com/chirpy/docs/',
  );
});

for (const name of ['light', 'dark'] as const) {
  // The crawl runs axe on every page of this site in both themes; here, the states it cannot reach.
  test(`axe, ${name} theme: the post, its zoom dialog and the open 简/繁 menu`, async ({ page }) => {
    await theme(page, name);
    await visit(page, POST);
    await expect(page.locator('html')).toHaveAttribute('data-theme', name);
    expect(await axeViolations(page), 'the post').toEqual([]);
    await page.getByRole('button', { name: `Zoom image: ${FIGURE}` }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page), 'zoom dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.zh-switch summary').click();
    await expect(page.getByRole('button', { name: '简体' })).toBeVisible();
    expect(await axeViolations(page), '简/繁 menu').toEqual([]);
  });
}
