/**
 * The graph (issue 19): /graph draws every page of the site on a canvas, with a legend and a text
 * list; clicking a node opens its page; the graph library loads only when a graph is shown.
 */

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
    await expect(box).toHaveAttribute('role', 'img');
    await expect(box).toHaveAttribute('aria-label', new RegExp(`${graph.nodes.length} 个页面`));
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
