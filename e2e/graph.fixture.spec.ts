/**
 * The graph (issue 19): /graph draws every page of the site on a canvas, with a legend and a text
 * list; clicking a node opens its page; the graph library loads only when a graph is shown.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { GRAPH_PALETTE } from '../lib/graph/palette';
import { expect, test, visit } from './helpers';

interface GraphJson {
  nodes: { id: string; title: string; kind: string; group: string }[];
  edges: { source: string; target: string }[];
}

/**
 * Where a node is drawn, in CSS pixels of the canvas: nodes are discs in a group colour (edges are
 * translucent grey), so the first opaque pixel in one of the `palette` colours is the top of a disc.
 */
function findNode(canvas: Locator, palette: readonly string[]): Promise<{ x: number; y: number } | null> {
  return canvas.evaluate((c: HTMLCanvasElement, colours: readonly string[]) => {
    const rgb = new Set(colours.map((hex) => hex.slice(1).toLowerCase()));
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    if (!data) return null;
    const ratio = c.width / c.clientWidth;
    const hex = (v: number) => v.toString(16).padStart(2, '0');
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        // A disc is at least 3 px across: 2 px below its top is inside it.
        if (a === 255 && rgb.has(hex(r) + hex(g) + hex(b))) return { x: x / ratio, y: y / ratio + 2 };
      }
    }
    return null;
  }, palette);
}

/** Presses Tab from the top of the page until `target` has focus. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Opaque pixels of exactly this colour on the canvas. */
function countPixels(canvas: Locator, rgb: number[]): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement, [r, g, b]) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
    return n;
  }, rgb);
}

test.describe('/graph', () => {
  test('serves the graph data with every published post', async ({ request }) => {
    const response = await request.get('/graph.json');
    expect(response.status()).toBe(200);
    const graph = (await response.json()) as GraphJson;
    expect(graph.nodes.length).toBeGreaterThan(25);
    expect(graph.nodes.some((n) => n.id === '/posts/link-previews/' && n.kind === 'post')).toBe(true);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  test('draws a canvas with as many nodes as the data, a legend and the text list', async ({
    page,
    request,
  }) => {
    const graph = (await (await request.get('/graph.json')).json()) as GraphJson;
    await visit(page, '/graph/');
    await expect(page.locator('h1')).toHaveText('图谱');
    const box = page.locator('[data-graph="site"]');
    await expect(box.locator('canvas')).toHaveCount(1);
    await expect(box).toHaveAttribute('data-drawn', String(graph.nodes.length));
    // Drawn, it is a widget of its own: focusable, with the keys in its name.
    await expect(box).toHaveAttribute('role', 'application');
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAttribute('aria-label', new RegExp(`${graph.nodes.length} 个页面.*方向键`));
    // Pixels were drawn: the canvas is not blank.
    await expect
      .poll(() =>
        box.locator('canvas').evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
          return painted;
        }),
      )
      .toBeGreaterThan(100);
    const list = page.locator('.graph-list a');
    await expect(list).toHaveCount(graph.nodes.length);
    await expect(page.locator('section[aria-labelledby="graph-legend"] li')).not.toHaveCount(0);
  });

  test('clicking a node opens its page', async ({ page }) => {
    await visit(page, '/graph/');
    const box = page.locator('[data-graph="site"]');
    await expect(box).toHaveAttribute('data-settled', '', { timeout: 30_000 });
    const canvas = box.locator('canvas');
    const spot = await findNode(canvas, GRAPH_PALETTE.light);
    expect(spot, 'a node drawn on the canvas').not.toBeNull();
    await canvas.hover({ position: spot ?? { x: 0, y: 0 } });
    await expect.poll(() => box.evaluate((el) => el.style.cursor)).toBe('pointer');
    await canvas.click({ position: spot ?? { x: 0, y: 0 } });
    await expect(page).not.toHaveURL(/\/graph\/$/);
    await expect(page.locator('h1')).toBeVisible();
  });

  test('by keyboard: Tab to the graph, arrows move, Enter opens the page announced', async ({
    page,
    request,
  }) => {
    const graph = (await (await request.get('/graph.json')).json()) as GraphJson;
    const titleOf = (id: string | null) => graph.nodes.find((n) => n.id === id)?.title ?? '';
    await visit(page, '/graph/');
    const box = page.locator('[data-graph="site"]');
    await expect(box).toHaveAttribute('data-settled', '', { timeout: 30_000 });
    await tabTo(page, box);
    // Focus starts on the busiest page, named in the live region.
    const first = await box.getAttribute('data-focused');
    expect(first).not.toBeNull();
    const live = page.locator('.graph-focus[aria-live="polite"]');
    await expect(live).toContainText(titleOf(first));
    await expect(live).toContainText(/链出 \d+，链入 \d+/);
    let chosen = first;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      chosen = await box.getAttribute('data-focused');
      if (chosen !== first) break;
    }
    expect(chosen, 'an arrow key moved the focus').not.toBe(first);
    await expect(live).toContainText(titleOf(chosen));
    // + and - zoom without moving the focus.
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await expect(box).toHaveAttribute('data-focused', chosen ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(chosen);
    await expect(page.locator('h1')).toHaveText(titleOf(chosen));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the keyboard focus is visible in the ${theme} theme; Esc leaves`, async ({ page }) => {
      await page.addInitScript((t) => {
        try {
          localStorage.setItem('theme', t);
        } catch {}
      }, theme);
      await visit(page, '/graph/');
      const box = page.locator('[data-graph="site"]');
      await expect(box).toHaveAttribute('data-settled', '', { timeout: 30_000 });
      await tabTo(page, box);
      const outline = await box.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      });
      // The page's focus ring (--link of the theme), drawn inside the box's frame.
      expect(outline).toBe(theme === 'light' ? 'solid 2px rgb(29, 95, 196)' : 'solid 2px rgb(143, 188, 255)');
      // The focused node's ring (black, or white in the dark theme: no other ink is) is on the canvas.
      const ink = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
      await expect.poll(() => countPixels(box.locator('canvas'), ink)).toBeGreaterThan(0);
      const axe = await new AxeBuilder({ page }).include('.graph-view').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(box).not.toBeFocused();
      await expect(box).not.toHaveAttribute('data-focused');
      // Tab goes on to what follows the graph.
      await page.keyboard.press('Tab');
      await expect(box).not.toBeFocused();
    });
  }

  test('the dark theme repaints the graph in the dark palette', async ({ page }) => {
    await visit(page, '/graph/');
    const box = page.locator('[data-graph="site"]');
    await expect(box).toHaveAttribute('data-settled', '', { timeout: 30_000 });
    const canvas = box.locator('canvas');
    expect(await findNode(canvas, GRAPH_PALETTE.dark)).toBeNull();
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await expect.poll(() => findNode(canvas, GRAPH_PALETTE.dark)).not.toBeNull();
    expect(await findNode(canvas, GRAPH_PALETTE.light)).toBeNull();
  });

  test('lists notes and posts with their groups, linked as the data says', async ({ page, request }) => {
    const graph = (await (await request.get('/graph.json')).json()) as GraphJson;
    expect(graph.nodes.some((n) => n.kind === 'note')).toBe(true);
    expect(graph.edges.length).toBeGreaterThan(0);
    await visit(page, '/graph/');
    await expect(page.locator('header p').first()).toContainText(`${graph.edges.length} 条站内链接`);
  });
});

test('without JavaScript, /graph lists every page and says the drawing needs it', async ({
  browser,
  request,
}) => {
  const graph = (await (await request.get('/graph.json')).json()) as GraphJson;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, '/graph/');
  await expect(page.locator('.graph-message')).toHaveText('图谱在这里显示（需要 JavaScript）。');
  await expect(page.locator('.graph-list a')).toHaveCount(graph.nodes.length);
  await context.close();
});

/** Counts the scripts the page fetched that carry the graph library (force-graph's own class name). */
function watchGraphLibrary(page: Page): () => number {
  let loaded = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('force-graph-container')) loaded++;
  });
  return () => loaded;
}

test.describe('a note’s local graph', () => {
  const NOTE = '/notes/链接/甲笔记/';

  test('is drawn only when scrolled into view: no graph library before', async ({ page }) => {
    const graphLibrary = watchGraphLibrary(page);
    await page.setViewportSize({ width: 1280, height: 600 });
    await visit(page, NOTE);
    await page.waitForLoadState('networkidle');
    const section = page.locator('section[aria-labelledby="local-graph"]');
    await expect(section).toHaveCount(1);
    await expect(section.locator('canvas')).toHaveCount(0);
    expect(graphLibrary(), 'the graph library before the graph is shown').toBe(0);
    await section.scrollIntoViewIfNeeded();
    const box = section.locator('[data-graph]');
    await expect(box.locator('canvas')).toHaveCount(1);
    expect(graphLibrary()).toBe(1);
    // The note, what it links to and what links to it, up to two links away.
    expect(Number(await box.getAttribute('data-drawn'))).toBeGreaterThan(2);
    await expect(box).toHaveAttribute('aria-label', /本页的关系图/);
    await expect(section.getByRole('link', { name: '查看全站图谱' })).toHaveAttribute('href', '/graph/');
    // By keyboard, focus starts on the page itself.
    await box.focus();
    await page.keyboard.press('Home');
    await expect(box).toHaveAttribute('data-focused', NOTE);
    await expect(section.locator('.graph-focus')).toContainText('甲笔记');
  });

  test('a post without links shows none, and loads no graph library', async ({ page }) => {
    const graphLibrary = watchGraphLibrary(page);
    await visit(page, '/posts/zhihu-notes-1/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // Not networkidle: the comments frame, loaded at the end of the post, keeps the network busy.
    await page.waitForTimeout(1000);
    await expect(page.locator('section[aria-labelledby="local-graph"]')).toHaveCount(0);
    expect(graphLibrary()).toBe(0);
  });
});
