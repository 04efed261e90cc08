/**
 * Knowledge notes (issue 19): the fixture vault (e2e/fixtures/vault/, copied as `notes/`) becomes
 * pages under /notes/, with a tree, folder pages, tags, search and attachments.
 */
import { expect, expectLayout, linkTo, test, visit } from './helpers';

const BASICS = '/notes/01-基础功能汇总/';
const MAIN = "/notes/学习/Python-入门/if-__name__-==-'__main__'/";
const STUDY = '/notes/学习/';
const METHOD = '/notes/学习/学习方法/';

test.describe('knowledge notes from the fixture vault', () => {
  test('the header links to /notes/, which shows the whole tree with counts', async ({ page }) => {
    await visit(page, '/');
    const nav = page.getByRole('navigation', { name: '主导航', exact: true });
    await expect(nav.getByRole('link', { name: '笔记', exact: true })).toHaveAttribute('href', '/notes/');
    await visit(page, '/notes/');
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText('全部笔记');
    const main = page.locator('main');
    // Fourteen published notes: five here, two in 语法/ (e2e/obsidian-syntax.fixture.spec.ts) and
    // seven in 链接/ (e2e/links.fixture.spec.ts); the draft and the note in .trash/ are not counted.
    await expect(main.getByText('14 篇笔记').first()).toBeVisible();
    const study = main
      .locator('details')
      .filter({ has: linkTo(page, STUDY) })
      .first();
    await expect(study.locator(':scope > summary')).toContainText('3 篇笔记');
    // Nested folders fold: the subfolder starts closed, its notes hidden until opened.
    const python = study.locator('details').filter({ has: linkTo(page, '/notes/学习/Python-入门/') });
    await expect(linkTo(python, MAIN)).toBeHidden();
    await python.locator('summary').click();
    await expect(linkTo(python, MAIN)).toBeVisible();
    await expect(linkTo(main, BASICS)).toHaveText('01 基础功能汇总');
    await expect(main.getByText('未完成的书评')).toHaveCount(0);
    await expect(main.getByText('已删除的笔记')).toHaveCount(0);
  });

  test('a folder page lists its subfolders and its notes', async ({ page }) => {
    await visit(page, STUDY);
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText('学习');
    const main = page.locator('main');
    await expect(linkTo(main, '/notes/学习/Python-入门/')).toBeVisible();
    await expect(linkTo(main, METHOD)).toHaveText('我的学习方法');
    await expect(linkTo(main, MAIN)).toHaveCount(1);
    // Reached with the folder name as written (a space instead of -): redirected.
    await visit(page, '/notes/学习/Python 入门/变量与类型');
    await expect(page).toHaveURL(/\/notes\/%E5%AD%A6%E4%B9%A0\/Python-%E5%85%A5%E9%97%A8\/.*\/$/);
  });

  test('a note by its Chinese URL: title from front matter, dates, tags, folder path', async ({ page }) => {
    await visit(page, MAIN);
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText("if __name__ == '__main__' 是什么意思");
    const header = page.locator('article header').first();
    await expect(header).toContainText('发布于');
    await expect(header).toContainText('2024年3月1日');
    await expect(header).toContainText('更新于');
    await expect(header).toContainText('2024年6月1日');
    await expect(linkTo(header, '/tags/python/')).toBeVisible();
    await expect(linkTo(header, STUDY)).toHaveText('学习');
    await expect(page.locator('pre code').first()).toContainText("if __name__ == '__main__':");
    // No older/newer links: notes are not a timeline.
    await expect(page.getByRole('navigation', { name: '上一篇和下一篇' })).toHaveCount(0);
  });

  test('a note without front matter is titled by its file name and shows no date', async ({ page }) => {
    await visit(page, BASICS);
    await expect(page.locator('h1')).toHaveText('01 基础功能汇总');
    const header = page.locator('article header').first();
    await expect(header).not.toContainText('发布于');
    await expect(page.locator('nav[aria-label="目录"], [aria-label="目录"]').first()).toBeAttached();
  });

  test('attachments are served at their vault path; relative images resolve from the note folder', async ({
    page,
    request,
  }) => {
    const png = await request.get(encodeURI('/notes-files/学习/attachments/示意图.png'));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const pdf = await request.get(encodeURI('/notes-files/学习/attachments/讲义.pdf'));
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // `![](学习/attachments/示意图.png)` at the vault's root, `![](attachments/示意图.png)` in 学习/.
    for (const url of [BASICS, METHOD]) {
      await visit(page, url);
      const image = page.locator('article img[alt*="示意图"]').first();
      await expect(image).toHaveAttribute('src', /\/notes-files\/(?:学习|%E5%AD%A6%E4%B9%A0)\/attachments\//);
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16);
    }
    await visit(page, BASICS);
    await expect(page.getByRole('link', { name: '下载讲义' })).toBeVisible();
  });

  test('a draft (publish: false) has no page', async ({ page, consoleErrors }) => {
    consoleErrors.allow(/status of 404/);
    await visit(page, '/notes/读书/未完成的书评/', 404);
  });

  test('notes are on tag pages and /tags', async ({ page }) => {
    await visit(page, '/tags/%E7%A7%91%E5%B9%BB/');
    await expect(linkTo(page.locator('main'), '/notes/读书/三体/')).toHaveText('三体');
    await visit(page, '/tags/');
    await expect(linkTo(page.locator('main'), '/tags/科幻/')).toBeVisible();
  });

  test('search finds a note', async ({ page, request }) => {
    const index = await (await request.get('/search-index.json')).json();
    const urls = index.notes.map((n: { url: string }) => n.url);
    expect(urls).toContain('/notes/读书/三体/');
    expect(urls).not.toContain('/notes/读书/未完成的书评/');
    await visit(page, `/search/?q=${encodeURIComponent('黑暗森林')}`);
    const option = page.getByRole('option').filter({ hasText: '三体' });
    await expect(option.first()).toBeVisible();
  });

  test('notes are in the sitemap; dated ones in the feed', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(encodeURI('/notes/读书/三体/'));
    expect(sitemap).toContain(encodeURI(STUDY));
    expect(sitemap).not.toContain(encodeURI('/notes/读书/未完成的书评/'));
    const feed = await (await request.get('/feed.xml')).text();
    expect(feed).toContain('我的学习方法');
    expect(feed).not.toContain('01 基础功能汇总');
  });

  test('notes stay out of the home list, archives and categories', async ({ page }) => {
    for (const url of ['/', '/archives/', '/categories/']) {
      await visit(page, url);
      await expect(page.locator('main a[href^="/notes/"]')).toHaveCount(0);
    }
  });
});
