/**
 * The 简/繁 switch (issue 21): default from the reader's languages, the header control (mouse and
 * keyboard), conversion before first paint, what is never converted, text that appears later, and
 * no cost for a reader who never switches.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

const POST = '/posts/zh-convert/';
const TITLE = { cn: '简繁转换的测试笔记', tw: '簡繁轉換的測試筆記' };
/**
 * Simplified text that no converted page may ever paint: the note's title and first paragraph, and
 * its category (also on /categories/, reached by client navigation).
 */
const SIMPLIFIED = /简繁转换的测试|头发和发展|随笔/;

declare global {
  interface Window {
    __zhPaint?: { frames: number; simplifiedFrames: number; firstVisible: number | null };
  }
}

/**
 * Records, in every animation frame (just before the browser paints it), whether the body is
 * visible and shows simplified text.
 */
async function recordPaints(page: Page): Promise<void> {
  await page.addInitScript((pattern) => {
    const simplified = new RegExp(pattern);
    const record = { frames: 0, simplifiedFrames: 0, firstVisible: null as number | null };
    window.__zhPaint = record;
    const check = () => {
      const body = document.body;
      if (body && getComputedStyle(body).visibility !== 'hidden') {
        record.frames++;
        record.firstVisible ??= performance.now();
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, not the RSC payload's scripts.
        if (simplified.test(body.innerText)) record.simplifiedFrames++;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, SIMPLIFIED.source);
}

async function paints(page: Page) {
  return page.evaluate(() => window.__zhPaint ?? { frames: 0, simplifiedFrames: 0, firstVisible: null });
}

/** Scripts the switch loads (the converter and the tables), each with its Cache-Control header. */
function watchZhScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/vendor/zh/'))
      urls.push(`${new URL(r.url()).pathname} ${r.status()} ${r.headers()['cache-control']}`);
  });
  return urls;
}

async function expectConvertedTw(page: Page) {
  await expect(page.locator('h1')).toHaveText(TITLE.tw);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  const body = page.locator('[data-note-body]');
  await expect(body).toContainText('頭髮和發展是兩個不同的字，軟體和滑鼠在臺灣有自己的說法');
  await expect(body).toContainText('這臺伺服器的記憶體不夠，印表機也連不上網路');
}

test.describe('a reader whose browser asks for zh-TW', () => {
  test.use({ locale: 'zh-TW' });

  test('gets Taiwan traditional by default, converted before anything is painted', async ({ page }) => {
    await recordPaints(page);
    const scripts = watchZhScripts(page);
    await visit(page, POST);
    await expectConvertedTw(page);
    // Let a few frames pass after conversion, then read the record.
    await page.waitForTimeout(300);
    const record = await paints(page);
    expect(record.frames).toBeGreaterThan(0);
    expect(record.simplifiedFrames, 'frames painted with simplified text').toBe(0);
    // Versioned names (lib/vendor-files.ts), so they are cached for good: switching pages asks again for nothing.
    const cached = '200 public, max-age=31536000, immutable';
    expect(scripts.sort()).toEqual([
      expect.stringMatching(new RegExp(`^/vendor/zh/[0-9a-f]{10}/tw\\.js ${cached}$`)),
      expect.stringMatching(new RegExp(`^/vendor/zh/[0-9a-f]{10}/zh\\.js ${cached}$`)),
    ]);
    await expect(page.locator('[data-zh-choice="tw"]')).toHaveAttribute('aria-pressed', 'true');
    // Once React has hydrated, the DOM reads as it shows (no text as written left behind for it).
    await expect
      .poll(() => page.evaluate(() => document.querySelector('h1')?.firstChild?.nodeValue))
      .toBe(TITLE.tw);
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(TITLE.tw);
  });

  test('leaves code, math, URLs, other languages and addresses as written', async ({ page }) => {
    await visit(page, POST);
    await expectConvertedTw(page);
    const body = page.locator('[data-note-body]');
    await expect(body.locator('p code')).toHaveText('const 简体变量 = "头发";');
    await expect(body.locator('pre')).toContainText('# 这里的注释是简体');
    await expect(body.locator('pre')).toContainText('return "软件"');
    // KaTeX's rendering and its TeX source.
    await expect(body.locator('.katex').first()).toContainText('简体公式');
    await expect(body.locator('.katex annotation').first()).toHaveText(/\\text\{简体公式\}/);
    await expect(body).toContainText('https://zh.wikipedia.org/wiki/简体中文');
    await expect(body).toContainText('，後面的簡體文字照常轉換');
    await expect(body.locator('span[lang="ja"]')).toHaveText('日本語の漢字は変えない：会社');
    const link = body.locator('a[title]', { hasText: '連結的文字也轉換' });
    await expect(link).toHaveAttribute('title', '開啟歸檔頁面');
    await expect(link).toHaveAttribute('href', '/archives/');
    // Heading ids (the TOC's anchors) keep the text as written.
    await expect(page.locator('h2', { hasText: '保持原樣的部分' })).toHaveAttribute('id', '保持原样的部分');
  });

  test('text that appears later is converted: client navigation and search results', async ({ page }) => {
    await recordPaints(page);
    await visit(page, POST);
    await expectConvertedTw(page);
    // The header's links are client-side navigations (next/link).
    await page.getByRole('navigation').getByRole('link', { name: '分類' }).click();
    await expect(page).toHaveURL('/categories/');
    await expect(page.locator('h1')).toHaveText('分類');
    await expect(page.locator('main')).toContainText('隨筆');
    await expect(page).toHaveTitle(/^分類 \| 小記/);
    expect((await paints(page)).simplifiedFrames).toBe(0);
    // Search: typed in simplified or traditional, the results show traditional titles; what the
    // reader types is never converted.
    for (const query of ['知乎小记', '知乎小記']) {
      await page.keyboard.press('Control+k');
      const input = page.getByRole('combobox');
      await input.fill(query);
      await expect(page.getByRole('option').filter({ hasText: '俺的第一篇知乎小記' }).first()).toBeVisible();
      await expect(input).toHaveValue(query);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('a zh-CN reader', () => {
  test('loads nothing of the switch until choosing a traditional variant', async ({ page }) => {
    const scripts = watchZhScripts(page);
    await visit(page, POST);
    await expect(page.locator('h1')).toHaveText(TITLE.cn);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('data-zh', 'cn');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });

  test('switches with the mouse, keeps the choice across reloads, and goes back to 简', async ({ page }) => {
    await recordPaints(page);
    await visit(page, POST);
    const summary = page.locator('details.zh-switch > summary');
    await summary.click();
    await page.getByRole('button', { name: '繁體（台灣）' }).click();
    await expectConvertedTw(page);
    await expect(page.locator('details.zh-switch')).not.toHaveAttribute('open');
    await expect(summary).toContainText('繁');
    expect(await page.evaluate(() => localStorage.getItem('zh-variant'))).toBe('tw');

    await page.reload();
    await expectConvertedTw(page);
    expect((await paints(page)).simplifiedFrames, 'simplified frames after the reload').toBe(0);

    await summary.click();
    await page.getByRole('button', { name: '简体' }).click();
    await expect(page.locator('h1')).toHaveText(TITLE.cn);
    await expect(page.locator('[data-note-body]')).toContainText('头发和发展是两个不同的字');
    await expect(page.locator('a[title="打开归档页面"]')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.locator('h1')).toHaveText(TITLE.cn);
  });

  test('the control works from the keyboard', async ({ page }) => {
    await visit(page, POST);
    const summary = page.locator('details.zh-switch > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.zh-switch')).toHaveAttribute('open');
    await page.keyboard.press('Escape');
    await expect(page.locator('details.zh-switch')).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '繁體（香港）' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-note-body]')).toContainText('軟件和鼠標');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(summary).toBeFocused();
    await expect(page.locator('[data-zh-choice="hk"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-zh-choice="cn"]')).toHaveAttribute('aria-pressed', 'false');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the control and a converted page are accessible (axe, ${theme})`, async ({ page }) => {
      await page.addInitScript((t) => {
        try {
          localStorage.setItem('theme', t);
          localStorage.setItem('zh-variant', 'tw');
        } catch {}
      }, theme);
      await visit(page, POST);
      await expectConvertedTw(page);
      await page.locator('details.zh-switch > summary').click();
      // The comments' iframe is giscus's own page (answered empty in tests), not ours to check here.
      const axe = await new AxeBuilder({ page })
        .include('header')
        .include('article')
        .exclude('giscus-widget')
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('fits the header of a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, POST);
    const summary = page.locator('details.zh-switch > summary');
    const box = await summary.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await summary.click();
    const menu = await page.locator('details.zh-switch > div').boundingBox();
    expect(menu?.x).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '繁體（台灣）' }).click();
    await expect(page.locator('h1')).toHaveText(TITLE.tw);
  });
});
