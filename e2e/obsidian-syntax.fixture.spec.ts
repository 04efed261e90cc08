/**
 * Obsidian's block and inline syntax in a knowledge note (issue 19): callouts of every family that
 * fold by mouse and keyboard, ==highlights== in both themes, %%comments%% absent from the page,
 * inline #tags linking to their tag page. Fixture: e2e/fixtures/vault/语法/callouts 与高亮.md; the
 * corners (a comment over lines inside a paragraph, `\==`, a wikilink in a link's text, links to a
 * standalone page) in e2e/fixtures/vault/语法/注释与转义.md.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectLayout, linkTo, test, visit } from './helpers';

const NOTE = '/notes/语法/callouts-与高亮/';
const FAMILIES: [family: string, title: string][] = [
  ['note', '笔记'],
  ['abstract', '摘要：三句话说完'],
  ['info', '信息'],
  ['todo', '待办'],
  ['tip', '提示'],
  ['success', '完成'],
  ['question', '问题'],
  ['warning', '注意'],
  ['failure', '失败'],
  ['danger', '危险'],
  ['bug', '缺陷'],
  ['example', '示例'],
  ['quote', '引用'],
];

const body = (page: Page) => page.locator('[data-note-body]');

/** The family's colour, its icon's mask and the box's background, as the browser computes them. */
function drawing(callout: Locator) {
  return callout.evaluate((box) => {
    const title = box.querySelector(':scope > .callout-title') as HTMLElement;
    const icon = getComputedStyle(title, '::before');
    return {
      title: getComputedStyle(title).color,
      iconColour: icon.backgroundColor,
      iconMask: icon.maskImage || icon.getPropertyValue('-webkit-mask-image'),
      iconWidth: icon.width,
      background: getComputedStyle(box).backgroundColor,
    };
  });
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

test.describe('Obsidian syntax in a note', () => {
  test('every callout family draws with its title, icon and colour', async ({ page }) => {
    await visit(page, NOTE);
    await expectLayout(page);
    const colours = new Set<string>();
    for (const [family, title] of FAMILIES) {
      const callout = body(page).locator(`.callout[data-callout="${family}"]`).first();
      await expect(callout, family).toBeVisible();
      await expect(callout.locator('> .callout-title'), family).toContainText(title);
      const drawn = await drawing(callout);
      expect(drawn.iconMask, `${family} icon`).toContain('data:image/svg+xml');
      expect(drawn.iconWidth, `${family} icon`).not.toBe('0px');
      expect(drawn.iconColour, `${family} icon colour`).toBe(drawn.title);
      expect(drawn.background, `${family} tint`).not.toBe('rgba(0, 0, 0, 0)');
      colours.add(drawn.title);
    }
    // Blue, teal, green, orange, red, purple and grey families.
    expect(colours.size).toBeGreaterThanOrEqual(7);
    // Aliases, any case, join their family; an unknown type is a note; no marker is left as text.
    for (const [family, text] of [
      ['abstract', 'tldr 是摘要的别名。'],
      ['tip', 'hint 是提示的别名。'],
      ['question', 'faq 是问题的别名。'],
      ['danger', 'error 是危险的别名。'],
      ['quote', 'cite 是引用的别名。'],
      ['note', '不认识的类型'],
    ] as const) {
      await expect(body(page).locator(`.callout[data-callout="${family}"]`, { hasText: text })).toHaveCount(
        1,
      );
    }
    await expect(body(page)).not.toContainText('[!');
    // Markdown in a custom title.
    await expect(body(page).locator('.callout-title strong', { hasText: '三句话' })).toBeVisible();
  });

  test('a folded callout opens and closes by mouse', async ({ page }) => {
    await visit(page, NOTE);
    const folded = body(page).locator('details.callout', { hasText: '点我展开的提示' });
    const content = folded.locator('> .callout-content');
    await expect(content).toBeHidden();
    await folded.locator('> summary').click();
    await expect(content).toBeVisible();
    await expect(content).toHaveText('折叠起来的内容：默认看不见。');
    await folded.locator('> summary').click();
    await expect(content).toBeHidden();
    // `+` starts open.
    const open = body(page).locator('details.callout', { hasText: '默认展开的警告' });
    await expect(open).toHaveAttribute('open', '');
    await expect(open.locator('> .callout-content')).toBeVisible();
  });

  test('a folded callout opens and closes by keyboard (Enter and Space on its title)', async ({ page }) => {
    await visit(page, NOTE);
    const folded = body(page).locator('details.callout', { hasText: '点我展开的提示' });
    const summary = folded.locator('> summary');
    const content = folded.locator('> .callout-content');
    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(content).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(content).toBeHidden();
    await page.keyboard.press('Space');
    await expect(content).toBeVisible();
    // The focused title shows a focus ring.
    const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    // Nested: the inner callout folds inside the outer one.
    const inner = body(page).locator(
      '.callout[data-callout="example"] details.callout[data-callout="question"]',
    );
    await expect(inner.locator('> .callout-content')).toBeHidden();
    await inner.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect(inner.locator('> .callout-content')).toHaveText('嵌套的答案。');
  });

  test('highlights are marked and readable in both themes', async ({ page }) => {
    await visit(page, NOTE);
    const mark = body(page).locator('mark', { hasText: '需要记住的重点' });
    await expect(mark).toBeVisible();
    await expect(body(page).locator('mark strong', { hasText: '粗体' })).toBeVisible();
    await expect(body(page)).toContainText('但是 a == b 这种比较不会变色');
    await expect(body(page).locator('code', { hasText: '==代码==' })).toBeVisible();
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      const { background, colour } = await mark.evaluate((el) => ({
        background: getComputedStyle(el).backgroundColor,
        colour: getComputedStyle(el).color,
      }));
      expect(background, theme).not.toBe('rgba(0, 0, 0, 0)');
      expect(background, theme).not.toBe(colour);
      backgrounds.push(background);
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });

  test('comments never reach the page source', async ({ page, request }) => {
    await visit(page, NOTE);
    await expect(body(page)).toContainText('注释前后的文字照常显示。');
    const source = await (await request.get(NOTE)).text();
    for (const secret of ['秘密口令甲', '秘密口令乙', '多行注释', '%%']) {
      expect(source, secret).not.toContain(secret);
    }
    await expect(body(page)).toContainText('==高亮==、注释和行内标签'.replace('==高亮==', '高亮'));
  });

  test('an inline tag links to its tag page, which lists the note', async ({ page }) => {
    await visit(page, NOTE);
    const tag = body(page).locator('a.inline-tag', { hasText: '#语法测试' }).first();
    await expect(tag).toBeVisible();
    await expect(body(page).locator('a.inline-tag', { hasText: '#语法/嵌套' })).toHaveCount(1);
    // Not tags: digits alone, no space before, code, a heading.
    await expect(body(page).locator('a.inline-tag')).toHaveCount(3);
    await expect(body(page).locator('h3', { hasText: '#不是标签' })).toBeVisible();
    // In a folding title (a <summary>, which holds no control) a tag is text, yet still the note's tag.
    await expect(body(page).locator('summary', { hasText: '#折叠里的标签' })).toBeVisible();
    await expect(body(page).locator('summary a')).toHaveCount(0);
    await expect(page.locator('main a[href*="/tags/"]', { hasText: '折叠里的标签' }).first()).toBeVisible();
    await tag.click();
    await expect(page).toHaveURL(/\/tags\/%E8%AF%AD%E6%B3%95%E6%B5%8B%E8%AF%95\/$/);
    await expect(page.locator('h1')).toContainText('语法测试');
    await expect(linkTo(page.locator('main'), NOTE)).toHaveCount(1);
  });
});

test.describe('Obsidian syntax: the corners', () => {
  const CORNERS = '/notes/语法/注释与转义/';

  test('a comment over lines leaves one paragraph; \\== shows the signs', async ({ page }) => {
    await visit(page, CORNERS);
    const section = body(page).locator('h2:has-text("跨行的注释") ~ p');
    await expect(section.first()).toHaveText(/^第一句在这里，第二句紧接着。\s*第三句还在同一段里。$/);
    await expect(section.nth(1)).toHaveText('下一段是另一个段落。');
    await expect(body(page)).not.toContainText('注释跨了');
    await expect(body(page)).not.toContainText('整行的注释');
    const escaped = body(page).locator('p', { hasText: '不是高亮' });
    await expect(escaped).toContainText('写成 ==不是高亮== 时显示两个等号');
    await expect(escaped.locator('mark')).toHaveText(['这才是高亮']);
  });

  test('a wikilink in a link’s text is the link; the page links resolve', async ({ page }) => {
    await visit(page, CORNERS);
    const line = body(page).locator('p', { hasText: '参见' });
    await expect(line).toContainText('[参见 三体 的书评](https://example.com/书评)');
    await expect(line.locator('a')).toHaveCount(1);
    await expect(linkTo(line, '/notes/读书/三体/')).toHaveText('三体');
    const pages = body(page).locator('p', { hasText: '关于页面' });
    await expect(linkTo(pages, '/about/')).toHaveText(['关于', '关于这个站']);
    await expect(pages.locator('.wikilink-missing')).toHaveCount(0);
  });
});
