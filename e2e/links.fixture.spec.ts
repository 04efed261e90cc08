/**
 * Links between notes (issue 19): wikilinks, markdown links to notes, embeds, backlinks and related
 * notes, on the fixture vault's `链接/` notes (e2e/fixtures/vault/链接/) and a post linking to them.
 */
import { currentHash, expect, expectLayout, linkTo, test, visit } from './helpers';

const HUB = '/notes/链接/链接总览/';
const A = '/notes/链接/甲笔记/';
const B = '/notes/链接/子目录/乙笔记/';
const POST = '/posts/links-post/';

test.describe('links between notes', () => {
  test('wikilinks, aliases, folders and markdown links lead to the right note', async ({ page }) => {
    await visit(page, HUB);
    await expectLayout(page);
    const body = page.locator('[data-note-body]');
    await expect(body.getByRole('link', { name: '甲笔记', exact: true })).toHaveAttribute('href', A);
    await expect(body.getByRole('link', { name: '换个说法' })).toHaveAttribute('href', A);
    await expect(body.getByRole('link', { name: '甲的别名' })).toHaveAttribute('href', A);
    await expect(body.getByRole('link', { name: '子目录/乙笔记' })).toHaveAttribute('href', B);
    await expect(body.getByRole('link', { name: '乙的 Markdown 链接' })).toHaveAttribute('href', B);
    await expect(body.getByRole('link', { name: '链接测试文章' })).toHaveAttribute('href', POST);
    // The same-named note in the linking note's folder wins (and check:content warns).
    await expect(body.getByRole('link', { name: '重名' })).toHaveAttribute('href', '/notes/链接/重名/');
    await expect(body.getByRole('link', { name: '嵌入', exact: true })).toHaveAttribute('href', '#嵌入');
    await body.getByRole('link', { name: '甲笔记', exact: true }).click();
    await expect(page).toHaveURL(A);
    await expect(page.locator('h1')).toHaveText('甲笔记');
  });

  test('a link to a heading or a block scrolls there', async ({ page }) => {
    await visit(page, HUB);
    const body = page.locator('[data-note-body]');
    await body.getByRole('link', { name: '甲笔记 > 第二节' }).click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(A)}#`));
    expect(currentHash(page)).toBe('第二节');
    await expect(page.locator('h2', { hasText: '第二节' })).toBeInViewport();
    await visit(page, HUB);
    await page.locator('[data-note-body]').getByRole('link', { name: '那一段' }).click();
    expect(currentHash(page)).toBe('^key-para');
    const block = page.locator('[id="^key-para"]');
    await expect(block).toContainText('这是一段有标识的关键段落');
    await expect(block).not.toContainText('^key-para');
    await expect(block).toBeInViewport();
  });

  test('a missing link is visibly missing text, not a link; escaped and code brackets stay text', async ({
    page,
  }) => {
    await visit(page, HUB);
    const body = page.locator('[data-note-body]');
    const missing = body.locator('.wikilink-missing');
    await expect(missing).toHaveText('不存在的笔记');
    await expect(missing).toHaveAttribute('title', /不存在的笔记/);
    expect(await missing.evaluate((el) => el.tagName)).toBe('SPAN');
    await expect(body.getByRole('link', { name: '不存在的笔记' })).toHaveCount(0);
    // Muted and dashed: it does not look like a link.
    const style = await missing.evaluate((el) => getComputedStyle(el).textDecorationStyle);
    expect(style).toBe('dashed');
    await expect(body).toContainText('转义的不是链接：[[不是链接]]');
    await expect(body.locator('code', { hasText: '[[代码里]]' })).toBeVisible();
  });

  test('embeds: an image with its width, a PDF, a section of a note, a missing file, a cycle', async ({
    page,
  }) => {
    await visit(page, HUB);
    const body = page.locator('[data-note-body]');
    const image = body.locator('img.embed-image');
    await expect(image).toHaveAttribute('src', /链接图\.png$/);
    await expect(image).toHaveAttribute('width', '120');
    // A PDF in the browser's viewer, framed, with a link to the file; the file (only) may be framed
    // by our own pages, which themselves are never framed.
    const frame = body.locator('.embed-pdf iframe');
    await expect(frame).toHaveAttribute('src', /链接文档\.pdf$/);
    await expect(frame).toHaveAttribute('title', '链接文档.pdf');
    const pdf = body.locator('.embed-pdf a');
    await expect(pdf).toHaveAttribute('href', /链接文档\.pdf$/);
    await expect(pdf).toContainText('链接文档.pdf');
    const file = await page.request.get((await frame.getAttribute('src')) ?? '');
    expect(file.headers()['content-type']).toContain('application/pdf');
    expect(file.headers()['x-frame-options']).toBe('SAMEORIGIN');
    expect(file.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    // The section of 甲笔记 under 第二节, with a link to it; not the rest of the note.
    const section = body.locator('.note-embed').first();
    await expect(section).toContainText('第二节的内容会被嵌入到总览里');
    await expect(section).not.toContainText('第一节说的是基础');
    await expect(section.locator('.note-embed-title a')).toHaveAttribute('href', `${A}#第二节`);
    await expect(body.locator('.embed-missing')).toContainText('缺失的图片.png');
    // A embeds B embeds A: A's content shows once, then a marker instead of A again.
    const cycle = body.locator('.note-embed', { hasText: '环 A 的正文' }).first();
    await expect(cycle).toContainText('环 B 的正文');
    await expect(cycle.locator('.note-embed-cycle')).toContainText('环A');
    await expect(body.getByText('环 A 的正文')).toHaveCount(1);
  });

  test('backlinks list each linking note and post with the sentence around the link', async ({ page }) => {
    await visit(page, A);
    const backlinks = page.locator('[data-backlinks]');
    await expect(backlinks.getByRole('heading', { name: '反向链接' })).toBeVisible();
    const fromB = backlinks.locator('li', { has: linkTo(page, B) });
    await expect(fromB).toContainText('它用别名链接回去：甲的别名，这句话会出现在甲笔记的反向链接里。');
    const fromHub = backlinks.locator('li', { has: linkTo(page, HUB) });
    await expect(fromHub).toContainText('普通链接：甲笔记。');
    const fromPost = backlinks.locator('li', { has: linkTo(page, POST) });
    await expect(fromPost).toContainText('这篇文章链接到笔记：甲笔记 是知识库里的一篇笔记。');
    await linkTo(backlinks, B).click();
    await expect(page).toHaveURL(B);
  });

  test('related notes on notes and posts', async ({ page }) => {
    await visit(page, A);
    const related = page.locator('[data-related]');
    await expect(related.getByRole('heading', { name: '相关笔记' })).toBeVisible();
    await expect(linkTo(related, HUB)).toBeVisible();
    expect(await related.locator('li').count()).toBeLessThanOrEqual(5);
    await visit(page, POST);
    await expectLayout(page);
    const onPost = page.locator('[data-related]');
    await expect(onPost.getByRole('heading', { name: '相关文章' })).toBeVisible();
    await expect(linkTo(onPost, A)).toBeVisible();
    await page.locator('[data-note-body]').getByRole('link', { name: '甲笔记' }).click();
    await expect(page).toHaveURL(A);
  });
});
