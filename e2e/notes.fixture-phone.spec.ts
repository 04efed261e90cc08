import { expect, expectNoHorizontalScroll, forEachUrl, linkTo, test, visit } from './helpers';

test.describe('phone, 375 px, knowledge notes', () => {
  test('the tree, a folder and notes with long names fit the screen', async ({ page }) => {
    await forEachUrl(
      [
        '/notes/',
        '/notes/学习/',
        '/notes/学习/Python-入门/',
        "/notes/学习/Python-入门/if-__name__-==-'__main__'/",
        '/notes/01-基础功能汇总/',
      ],
      async (url) => {
        await visit(page, url);
        await expectNoHorizontalScroll(page);
        await expect(page.locator('h1')).toBeVisible();
      },
    );
  });

  test('a folder of the tree opens by touch', async ({ page }) => {
    await visit(page, '/notes/');
    const summary = page.locator('main summary').filter({ hasText: 'Python 入门' });
    const python = summary.locator('..');
    const note = linkTo(python, '/notes/学习/Python-入门/变量与类型/');
    await expect(note).toBeHidden();
    await summary.tap();
    await expect(linkTo(python, '/notes/学习/Python-入门/')).toBeVisible();
    await expect(note).toBeVisible();
  });
});
