/**
 * Drop-in Chirpy posts (issue 3), against the "chirpy" site variant: Chirpy's four demo posts
 * (e2e/fixtures/chirpy-demo/) plus the notes of e2e/fixtures/chirpy-extra/, built as they are.
 * Every check is what a reader sees in the browser.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoHorizontalScroll,
  forEachUrl,
  hrefSelector,
  test,
  visibleText,
  visit,
} from './helpers';

const DEMO = ['text-and-typography', 'write-a-new-post', 'getting-started', 'customize-the-favicon'].map(
  (slug) => `/posts/${slug}/`,
);
const EXTRA = [
  'front-matter-forms',
  'Hello-World!-你好-(2)',
  'hidden-note',
  'markdown-extensions',
  'liquid',
  'liquid-off',
  'math',
  'mermaid',
  'dollars',
].map((slug) => `/posts/${slug}/`);

/**
 * Text a reader can see outside code: text nodes of rendered elements, leaving out code blocks,
 * inline code (where Jekyll syntax is the subject), scripts and KaTeX's MathML copy.
 */
function visibleProseText(page: Page): Promise<string> {
  return visibleText(page, 'pre, code, script, style, noscript, template, .katex-mathml, .sr-only');
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => {
    const root = document.documentElement;
    root.dataset.theme = t;
    root.classList.toggle('dark', t === 'dark');
  }, theme);
}

test('every Chirpy post answers 200 and shows no Jekyll syntax as text', async ({ page }) => {
  await forEachUrl([...DEMO, ...EXTRA], async (url) => {
    await visit(page, url);
    await expect(page.locator('h1')).toHaveCount(1);
    const text = await visibleProseText(page);
    for (const leak of ['{:', '{%', '%}', '{{', '$$', '[!NOTE]', '[!TIP]', '\\eqref', '{::']) {
      expect(text, `"${leak}" visible on ${url}`).not.toContain(leak);
    }
  });
});

test('prompts and GitHub alerts are styled callouts with an icon', async ({ page }) => {
  const expectCallouts = async (selectors: string[]) => {
    for (const selector of selectors) {
      const callout = page.locator(selector).first();
      await expect(callout, selector).toBeVisible();
      const style = await callout.evaluate((el) => {
        const own = getComputedStyle(el);
        const icon = getComputedStyle(el, '::before');
        return {
          background: own.backgroundColor,
          mask: icon.maskImage || icon.webkitMaskImage,
          label: el.querySelector('.sr-only')?.textContent,
        };
      });
      expect(style.background, `${selector} background`).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.mask, `${selector} icon`).toContain('data:image/svg+xml');
      expect(style.label, `${selector} hidden label`).toBeTruthy();
    }
  };
  await visit(page, '/posts/text-and-typography/');
  await expectCallouts([
    'blockquote.prompt-tip',
    'blockquote.prompt-info',
    'blockquote.prompt-warning',
    'blockquote.prompt-danger',
  ]);
  await expect(page.locator('blockquote.prompt-tip .sr-only')).toHaveText('提示：');
  await visit(page, '/posts/markdown-extensions/');
  // Five GitHub alerts after the four prompts: NOTE → info, TIP, IMPORTANT, WARNING, CAUTION → danger.
  await expect(page.locator('blockquote[class*="prompt-"]')).toHaveCount(9);
  await expectCallouts(['blockquote.prompt-important']);
  await expect(page.locator('blockquote.prompt-info', { hasText: 'GitHub 风格的 NOTE。' })).toBeVisible();
  await expect(
    page.locator('blockquote.prompt-danger', { hasText: 'GitHub 风格的 CAUTION。' }),
  ).toBeVisible();
  // An attribute list definition (`{:note: .callout-note}`) used by reference.
  await expect(page.locator('blockquote.callout-note')).toHaveText(/ALD/);
});

test('code blocks: file titles, language labels, line numbers, prompts, copy button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, '/posts/text-and-typography/');
  const fileBlock = page.locator('.code-block', { has: page.locator('.code-label-file') });
  await expect(fileBlock.locator('.code-label')).toHaveText('_sass/jekyll-theme-chirpy.scss');
  await expect(page.locator('.code-block[data-lang="bash"] .code-label')).toHaveText('Shell');
  await expect(page.locator('.code-block[data-lang="text"] .code-label')).toHaveText('Text');
  // Multi-line code gets line numbers, plain text does not (Chirpy's rule).
  await expect(page.locator('.code-block[data-lang="bash"] code[data-line-numbers]')).toHaveCount(1);
  await expect(page.locator('.code-block[data-lang="text"] code[data-line-numbers]')).toHaveCount(0);

  await visit(page, '/posts/write-a-new-post/');
  await expect(page.locator('.code-label-file', { hasText: '_data/authors.yml' })).toBeVisible();
  await expect(page.locator('.code-label-file', { hasText: '_config.yml' })).toBeVisible();

  await visit(page, '/posts/markdown-extensions/');
  await expect(page.locator('.code-label-file')).toHaveText('lib/hello.rb');
  await expect(page.locator('.code-block[data-lang="python"] code[data-line-numbers]')).toHaveCount(0); // {: .nolineno }
  const consoleBlock = page.locator('.code-block[data-lang="console"]');
  await expect(consoleBlock.locator('.code-prompt')).toHaveCount(2);
  expect(
    await consoleBlock
      .locator('.code-prompt')
      .first()
      .evaluate((el) => getComputedStyle(el).userSelect),
  ).toBe('none');
  // The copy button copies the commands without their prompts.
  const copy = consoleBlock.getByRole('button', { name: '复制代码' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(copy).toHaveAttribute('data-copied', '');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('npm install\nnpm test');
  const rubyCopy = page.locator('.code-block[data-lang="ruby"]').getByRole('button', { name: '复制代码' });
  await rubyCopy.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('def hello\n  puts "你好"\nend');
  // A long line scrolls inside its block; the page itself never scrolls sideways.
  const pre = page.locator('.code-block[data-lang="text"] pre');
  expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(page);
});

test('math is rendered by KaTeX at build time; its stylesheet only where there is math', async ({ page }) => {
  const katexCss = (p: Page) =>
    p.evaluate(() => Array.from(document.styleSheets).some((s) => s.href?.endsWith('/katex/katex.min.css')));
  await visit(page, '/posts/text-and-typography/');
  await expect(page.locator('.math-display .katex-display')).toHaveCount(2);
  await expect(page.locator('.math-inline .katex')).toHaveCount(2);
  expect(await katexCss(page)).toBe(true);
  // KaTeX's own fonts, served from this site.
  expect(
    await page
      .locator('.katex')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toContain('KaTeX_Main');
  await expect(page.locator('a.math-ref')).toHaveText('(1)');
  await expect(page.locator('.katex-error')).toHaveCount(0);
  expect(await page.evaluate(() => typeof (window as { MathJax?: unknown }).MathJax)).toBe('undefined');

  await visit(page, '/posts/math/');
  await expect(page.locator('.math-display')).toHaveCount(3);
  // `\(x\)`, `$…$`, kramdown's inline `$$…$$` and Chirpy's `\$$…$$` in lists are inline.
  await expect(page.locator('p .math-inline')).toHaveCount(3);
  await expect(page.locator('li .math-inline')).toHaveCount(2);
  await expect(page.locator('a.math-ref[href="#eq-eq-energy"]')).toHaveText('(1)');
  await expect(page.locator('code', { hasText: '$不是公式$' })).toBeVisible();
  await expect(page.locator('.katex-error')).toHaveCount(0);

  await visit(page, '/posts/dollars/');
  expect(await katexCss(page)).toBe(false);
  await expect(page.locator('.katex')).toHaveCount(0);
  expect(await visibleProseText(page)).toContain('$5，两杯 $10');
});

test('mermaid blocks are drawn as SVG, follow the theme, and load mermaid only there', async ({ page }) => {
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.js(\?|$)/.test(e.name))
        .map((e) => new URL(e.name).pathname),
    );
  await visit(page, '/posts/dollars/');
  await page.waitForLoadState('networkidle');
  const plain = new Set(await scripts());

  await visit(page, '/posts/text-and-typography/');
  const gantt = page.locator('.mermaid-block svg');
  await expect(gantt).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.mermaid-source')).toBeHidden();
  const onlyForDiagrams = (await scripts()).filter((s) => !plain.has(s));
  expect(onlyForDiagrams.length, 'scripts loaded for the diagram').toBeGreaterThan(0);

  await visit(page, '/posts/mermaid/');
  await expect(page.locator('.mermaid-block svg')).toHaveCount(2, { timeout: 15_000 });
  const before = await page.locator('.mermaid-block svg').first().innerHTML();
  await setTheme(page, 'dark');
  await expect
    .poll(() => page.locator('.mermaid-block svg').first().innerHTML(), { timeout: 15_000 })
    .not.toBe(before);

  // A page without diagrams never asks for those scripts.
  await visit(page, '/posts/dollars/');
  await page.waitForLoadState('networkidle');
  const again = await scripts();
  for (const script of onlyForDiagrams) expect(again).not.toContain(script);
});

test('images: attributes, captions, theme-only images, media_subpath, missing images as alt text', async ({
  page,
}) => {
  await visit(page, '/posts/markdown-extensions/');
  const shadowed = page.locator('img.shadow');
  await expect(shadowed).toHaveAttribute('width', '700');
  await expect(shadowed).toHaveAttribute('height', '400');
  await expect(shadowed).toHaveAttribute('loading', 'lazy');
  await expect(page.locator('figure.image-figure figcaption')).toHaveText('图片下方的斜体行是图注');
  expect(await page.locator('img.left').evaluate((el) => getComputedStyle(el).float)).toBe('left');
  await expect(page.locator('img.light')).toBeVisible();
  await expect(page.locator('img.dark')).toBeHidden();
  await setTheme(page, 'dark');
  await expect(page.locator('img.dark')).toBeVisible();
  await expect(page.locator('img.light')).toBeHidden();
  await expect(page.locator('.image-missing', { hasText: '这张图不存在' })).toBeVisible();

  await visit(page, '/posts/front-matter-forms/');
  await expect(page.locator('.image-missing[title="/img/extra/pic.png"]')).toHaveText('相对路径的图');

  await visit(page, '/posts/text-and-typography/');
  // The demo's images are not in the repository: each shows its alt text, none is requested.
  await expect(page.locator('.note-body img')).toHaveCount(0);
  await expect(page.locator('.image-missing', { hasText: 'Desktop View' }).first()).toBeVisible();
  await expect(page.locator('.image-missing', { hasText: 'light mode only' })).toBeVisible();
  await expect(page.locator('.image-missing', { hasText: 'dark mode only' })).toBeHidden();
});

test('front matter read as Jekyll and Chirpy read it', async ({ page, consoleErrors }) => {
  await visit(page, '/');
  const listed = await page
    .locator('main article h2 a')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)),
    );
  // Pinned posts first (newest first), then the rest newest first; hidden and unpublished left out.
  expect(listed.slice(0, 3)).toEqual([
    '/posts/getting-started/',
    '/posts/text-and-typography/',
    '/posts/liquid-in-code/', // the newest unpinned fixture (chirpy.kramdown.spec.ts)
  ]);
  expect(listed).not.toContain('/posts/hidden-note/');
  await visit(page, '/posts/hidden-note/');
  consoleErrors.allow(/\/posts\/unpublished.*404|404.*\/posts\/unpublished/);
  await visit(page, '/posts/unpublished/', 404);

  await visit(page, '/posts/front-matter-forms/');
  const header = page.locator('article header').first();
  await expect(header).toContainText('2024年1月15日'); // no `date`: the file name's
  await expect(header).toContainText('更新于 2024年2月1日');
  await expect(header).toContainText('这篇笔记没有 date 字段，日期来自文件名。');
  await expect(header.locator(hrefSelector('/categories/jekyll/'))).toBeVisible(); // `categories: Jekyll 迁移`
  await expect(header.locator(hrefSelector('/categories/迁移/'))).toBeVisible();
  await expect(header.locator(hrefSelector('/tags/chirpy/'))).toHaveCount(1); // `Chirpy` and `tag: chirpy` are one tag
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
    /\/img\/extra\/cover\.png$/,
  );
  expect(
    await page.locator('meta[name="author"]').evaluateAll((m) => m.map((e) => e.getAttribute('content'))),
  ).toEqual(['alice', 'bob']);

  await visit(page, encodeURI('/posts/Hello-World!-你好-(2)/'));
  await expect(page.locator('h1')).toHaveText('文件名里有空格和标点');
  await expect(page.locator('figure.note-cover img')).toBeVisible();
  await expect(page.locator('figure.note-cover figcaption')).toHaveText('一张蓝色的封面');
  const tags = page.locator('article header').first();
  await expect(tags.locator(hrefSelector('/tags/alpha/'))).toHaveText(/alpha/);
  await expect(tags.locator(hrefSelector('/tags/beta/'))).toHaveText(/Beta/); // shown as written
});

test('Liquid: post_url and link resolve, raw kept, embeds become links, render_with_liquid: false verbatim', async ({
  page,
}) => {
  await visit(page, '/posts/liquid/');
  const body = page.locator('[data-note-body]');
  for (const target of [
    '/posts/text-and-typography/',
    '/posts/front-matter-forms/',
    '/posts/Hello-World!-你好-(2)/',
  ]) {
    await expect(body.locator(hrefSelector(target)), target).toHaveCount(1);
  }
  await expect(
    body.locator('pre', { hasText: '{% if page.title %}{{ page.title }}{% endif %}' }),
  ).toBeVisible();
  await expect(body.locator('code', { hasText: '{{ site.title }}' })).toBeVisible();
  await expect(
    body.locator('a.embed-link[href="https://www.youtube.com/watch?v=Balreaj8Yqs"]'),
  ).toBeVisible();
  await expect(
    body.locator('a.embed-link[href="https://www.bilibili.com/video/BV1Q44y1B7Wf"]'),
  ).toBeVisible();
  // Local media the site does not have: shown as text, like a missing image, never a broken link.
  await expect(body.locator('span.embed-missing[title="/media/liquid/demo.mp4"]')).toHaveText(
    '▶ 演示视频（文件缺失）',
  );
  await expect(body.locator('span.embed-missing[title="/media/sample.mp3"]')).toHaveText(
    '♪ 一段音频（文件缺失）',
  );
  await expect(body.locator('a[href^="/media/"]')).toHaveCount(0);
  await expect(body).toContainText('条件标签去掉了，中间的文字保留。');
  await expect(body).not.toContainText('这段注释不会出现在页面上');
  await expect(body.locator('.code-block[data-lang="ruby"] .code-label')).toHaveText('Ruby'); // {% highlight ruby %}
  await body.locator(hrefSelector('/posts/text-and-typography/')).click();
  await expect(page).toHaveURL(/\/posts\/text-and-typography\/$/);

  await visit(page, '/posts/liquid-off/');
  await expect(
    page.locator('pre', { hasText: "{% include embed/youtube.html id='H-B46URT4mg' %}" }),
  ).toBeVisible();
  await expect(page.locator('pre', { hasText: '{{ page.title }}' })).toBeVisible();

  await visit(page, '/posts/write-a-new-post/'); // render_with_liquid: false in Chirpy's own demo
  await expect(
    page.locator('pre', { hasText: "{% include embed/{Platform}.html id='{ID}' %}" }),
  ).toBeVisible();
});

test('footnotes, tables, task lists, details, kbd, definition lists, h1–h6 and the TOC', async ({ page }) => {
  await visit(page, '/posts/markdown-extensions/');
  const body = page.locator('[data-note-body]');
  await expect(body.locator('table.table-note td')).toHaveCount(4);
  await expect(body.locator('input[type="checkbox"][checked]')).toHaveCount(1);
  await expect(body.locator('details summary')).toHaveText('展开看看');
  await expect(body.locator('kbd')).toHaveText(['Ctrl', 'C']);
  await expect(body.locator('dl dt')).toHaveText(['太阳', '月亮']);
  await expect(body.locator('dl dd')).toHaveText(['地球绕着转的恒星', '地球的天然卫星']);
  await expect(body).toContainText('坏掉的 style 不会让构建失败。');
  await expect(body.locator('[onclick]')).toHaveCount(0);
  await expect(body.locator('a[target="_blank"]')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(body.locator('h5')).toHaveText(/五级标题/);
  await expect(body.locator('h6#custom-h6')).toHaveText(/六级标题/);
  await expect(body.locator('h2#code-blocks')).toHaveText(/^代码块/);
  // kramdown's `* TOC` + `{:toc}` list is dropped: the page has its own TOC.
  await expect(body.locator('li', { hasText: /^TOC$/ })).toHaveCount(0);
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.getByRole('link', { name: '代码块', exact: true })).toHaveAttribute(
    'href',
    '#code-blocks',
  );
  await expect(toc.getByRole('link', { name: '四级标题' })).toHaveCount(0); // h2–h3 by default
  const footnotes = body.locator('section[data-footnotes]');
  await expect(footnotes.locator('h2')).toHaveText('脚注');
  await expect(footnotes.getByRole('link', { name: '返回第 1 处引用' })).toBeVisible();

  await visit(page, '/posts/text-and-typography/');
  const demoToc = page.getByRole('navigation', { name: '目录' });
  await expect(demoToc.getByRole('link', { name: 'Prompts' })).toBeVisible();
  // `{: data-toc-skip='' }` keeps a heading out of the TOC, as in Chirpy.
  await expect(demoToc.getByRole('link', { name: 'H2 — heading' })).toHaveCount(0);
  await expect(demoToc.getByRole('link', { name: 'H3 — heading' })).toHaveCount(0);
});
