import type { Page } from '@playwright/test';
import {
  expect,
  expectLayout,
  readFixtureNotes,
  readVaultNotes,
  SEED,
  test,
  visit,
  xmlError,
} from './helpers';

const notes = readFixtureNotes();
const vault = readVaultNotes().filter((n) => !n.draft);

/** Post slugs linked from the page content (header, nav and footer left out), unique, in order. */
function postLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const a of Array.from(document.querySelectorAll('a[href]'))) {
      if (a.closest('header, footer, nav')) continue;
      const p = decodeURIComponent(new URL(a.getAttribute('href') ?? '', location.href).pathname);
      const slug = p.slice(7).replace(/\/$/, '');
      if (p.startsWith('/posts/') && !out.includes(slug)) out.push(slug);
    }
    return out;
  });
}

/** Rows of a taxonomy page: shown name, number next to it, and the names of the enclosing rows. */
function taxonomyRows(page: Page, prefix: '/categories/' | '/tags/') {
  return page.evaluate((prefix) => {
    const rows: { name: string; count: number | null; parents: string[]; href: string }[] = [];
    const links = Array.from(document.querySelectorAll(`a[href^="${prefix}"]`)).filter(
      (a) => !a.closest('header, footer, nav[aria-label="主导航"]'),
    );
    const nameOf = (a: Element) => {
      const clone = a.cloneNode(true) as Element;
      for (const el of Array.from(clone.querySelectorAll('*'))) {
        if (/^\s*[(（]?\d+[)）]?\s*$/.test(el.textContent ?? '')) el.remove();
      }
      return (clone.textContent ?? '').replace(/^#/, '').replace(/\s+/g, ' ').trim();
    };
    for (const a of links) {
      const li = a.closest('li');
      const row = (li ?? a).cloneNode(true) as Element;
      for (const nested of Array.from(row.querySelectorAll('ul, ol'))) nested.remove();
      const name = nameOf(a);
      const rest = (row.textContent ?? '').replace(name, ' ');
      const nums = rest.match(/\d+/g);
      const parents: string[] = [];
      for (let p = li?.parentElement?.closest('li'); p; p = p.parentElement?.closest('li')) {
        const pa = p.querySelector(`a[href^="${prefix}"]`);
        if (pa) parents.unshift(nameOf(pa));
      }
      rows.push({
        name,
        count: nums && nums.length === 1 ? Number(nums[0]) : null,
        parents,
        href: decodeURIComponent(a.getAttribute('href') ?? ''),
      });
    }
    return rows;
  }, prefix);
}

test.describe('taxonomy with the fixture notes', () => {
  test('/categories: every category with the number of notes under it, as a tree', async ({ page }) => {
    const expected = new Map<string, number>();
    for (const n of notes) {
      for (let i = 1; i <= n.categories.length; i++) {
        const key = n.categories.slice(0, i).join(' › ');
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    await visit(page, '/categories/');
    await expectLayout(page);
    const rows = await taxonomyRows(page, '/categories/');
    const shown = new Map(rows.map((r) => [[...r.parents, r.name].join(' › '), r.count]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
  });

  test('/tags: every tag with its count, tag URLs lowercase', async ({ page }) => {
    const expected = new Map<string, number>();
    // Knowledge notes' tags count too (issue 19).
    for (const n of [...notes, ...vault]) for (const t of n.tags) expected.set(t, (expected.get(t) ?? 0) + 1);
    await visit(page, '/tags/');
    await expectLayout(page);
    const rows = await taxonomyRows(page, '/tags/');
    expect(Object.fromEntries(rows.map((r) => [r.name, r.count]))).toEqual(Object.fromEntries(expected));
    for (const r of rows) expect(r.href, `URL of tag ${r.name}`).toBe(r.href.toLowerCase());
  });

  test('a category page and a tag page list exactly their notes', async ({ page }) => {
    const top = notes.find((n) => n.file.includes('-gen-') && n.categories.length === 2);
    expect(top).toBeDefined();
    const [parent, child] = top?.categories ?? [];
    for (const [name, match] of [
      [parent, (n: (typeof notes)[number]) => n.categories[0] === parent],
      [child, (n: (typeof notes)[number]) => n.categories[1] === child],
    ] as const) {
      await visit(page, '/categories/');
      const link = page
        .locator('a[href^="/categories/"]')
        .filter({ hasText: new RegExp(`^\\s*${name}\\s*\\d*\\s*$`) });
      await link.first().click();
      await expect(page.locator('h1')).toContainText(name as string);
      const want = notes
        .filter(match)
        .map((n) => n.slug)
        .sort();
      await expect.poll(async () => (await postLinks(page)).sort()).toEqual(want);
    }

    await visit(page, '/tags/llm/');
    const want = notes.filter((n) => n.tags.some((t) => t.toLowerCase() === 'llm')).map((n) => n.slug);
    expect((await postLinks(page)).sort()).toEqual(want.sort());
  });

  test('/archives lists every note once, years newest first, months inside', async ({ page }) => {
    await visit(page, '/archives/');
    await expectLayout(page);
    expect((await postLinks(page)).sort()).toEqual(notes.map((n) => n.slug).sort());
    const shanghaiYear = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).getUTCFullYear();
    const years = [...new Set(notes.map((n) => shanghaiYear(n.iso)))].sort((a, b) => b - a).map(String);
    const h2 = (await page.locator('h2').allInnerTexts()).map((t) => t.trim());
    expect(h2.filter((t) => /^\d{4}/.test(t)).map((t) => t.slice(0, 4))).toEqual(years);
    for (const h3 of await page.locator('h3').allInnerTexts()) expect(h3).toMatch(/\d{1,2}\s*月/);
  });
});

test.describe('post pages with the fixture notes', () => {
  const byDate = [...notes].sort((a, b) => a.iso.localeCompare(b.iso));

  test('previous/next links go to the neighbouring notes by date', async ({ page }) => {
    const i = 12;
    const note = byDate[i];
    const neighbours = [byDate[i - 1]?.slug, byDate[i + 1]?.slug].sort();
    await visit(page, `/posts/${note?.slug}/`);
    const nav = page.getByRole('navigation', { name: '上一篇和下一篇', exact: true });
    await expect(nav).toBeVisible();
    const slugs = (
      await nav.locator('a[href^="/posts/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    )
      .map((h) =>
        decodeURIComponent(h ?? '')
          .replace('/posts/', '')
          .replace(/\/$/, ''),
      )
      .sort();
    expect(slugs).toEqual(neighbours);

    // The newest note (the seed) has only an older neighbour.
    expect(byDate.at(-1)?.slug).toBe(SEED.slug);
    await visit(page, SEED.path);
    const seedNav = page.getByRole('navigation', { name: '上一篇和下一篇', exact: true });
    const seedLinks = await seedNav
      .locator('a[href^="/posts/"]')
      .evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href') ?? '')));
    expect(seedLinks).toEqual([`/posts/${byDate.at(-2)?.slug}/`]);
  });

  test('the seed note keeps its Shanghai date on a server in another zone', async ({ page }) => {
    await visit(page, SEED.path);
    await expect(page.locator(`time[datetime="${SEED.iso}"]`).first()).toHaveText(SEED.dateText);
  });

  test('a generated note renders headings, code, a table and a quote', async ({ page }) => {
    const note = notes.find((n) => n.file.includes('-gen-') && n.toc);
    expect(note).toBeDefined();
    await visit(page, `/posts/${note?.slug}/`);
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText(note?.title ?? '');
    const body = page.locator('.prose, [data-note-body]').first();
    await expect(body.locator('h2').first()).toBeVisible();
    await expect(body.locator('pre').first()).toBeVisible();
    await expect(body.locator('table').first()).toBeVisible();
    await expect(body.locator('blockquote').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: '目录', exact: true })).toBeVisible();
  });

  test('a note saved with CRLF line endings is built like any other', async ({ page }) => {
    const windows = notes.find((n) => n.file === '2024-05-20-windows-note.md');
    expect(windows, 'the e2e driver writes this note').toBeDefined();
    await visit(page, `/posts/${windows?.slug}/`);
    await expect(page.locator('h1')).toHaveText('在 Windows 上写的小记');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      '这篇小记的每一行都以 CRLF 结尾。',
    );
    await expect(page.getByRole('heading', { level: 2, name: '换行符' })).toBeVisible();
    await expect(page.getByRole('link', { name: '#windows', exact: true }).first()).toHaveAttribute(
      'href',
      '/tags/windows/',
    );
    await visit(page, '/tags/windows/');
    expect(await postLinks(page)).toEqual([windows?.slug]);
  });

  test('a note with toc: false has no table of contents', async ({ page }) => {
    const quiet = notes.find((n) => !n.toc && n.body.includes('## '));
    expect(quiet).toBeDefined();
    await visit(page, `/posts/${quiet?.slug}/`);
    await expect(page.locator('h1')).toHaveText(quiet?.title ?? '');
    await expect(page.locator('nav[aria-label="目录"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /目录/ })).toHaveCount(0);
  });

  test('the about page exists and is linked from the navigation', async ({ page }) => {
    await visit(page, '/');
    const about = page
      .getByRole('navigation', { name: '主导航', exact: true })
      .getByRole('link', { name: '关于' });
    await expect(about).toHaveAttribute('href', '/about/');
    await about.click();
    await expect(page).toHaveURL(/\/about\/$/);
    await expect(page.locator('h1')).toHaveText('关于');
    await expect(page.getByText('这是端到端测试用的关于页面')).toBeVisible();
    await expectLayout(page);
  });

  test('/feed.xml stays well-formed with many notes', async ({ page }) => {
    const res = await page.request.get('/feed.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    await page.setContent('<!doctype html><title>xml</title>');
    expect(await xmlError(page, xml)).toBeNull();
    expect(xml).toContain(SEED.title);
  });
});
