import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderFeedHtml } from './feed-html';
import { prepareNoteBody } from './prepare';
import { renderMarkdownHtml } from './render-html';

const cases: { name: string; markdown: string; zoomed: number; report: boolean }[] = [
  { name: 'a body image', markdown: '![猫](https://example.com/猫.png)', zoomed: 1, report: true },
  {
    name: 'an image with a caption',
    markdown: '![猫](https://example.com/a.png)\n_一只猫_',
    zoomed: 1,
    report: true,
  },
  {
    name: 'an image inside a link keeps the link',
    markdown: '[![猫](https://example.com/a.png)](https://example.com/)',
    zoomed: 0,
    report: false,
  },
  {
    name: "Chirpy's light/dark pair: both",
    markdown: '![浅](https://example.com/l.png){: .light }\n![深](https://example.com/d.png){: .dark }',
    zoomed: 2,
    report: true,
  },
  {
    name: 'an image inside a list item',
    markdown: '- 图：![图](https://example.com/a.png)',
    zoomed: 1,
    report: true,
  },
  {
    name: 'raw HTML images too',
    markdown: '<p><img src="https://example.com/a.png" alt="图"></p>',
    zoomed: 1,
    report: true,
  },
  {
    name: 'a raw HTML link around an image',
    markdown: '<a href="https://example.com/"><img src="https://example.com/a.png" alt="图"></a>',
    zoomed: 0,
    report: false,
  },
  { name: 'no image, no island', markdown: '只有文字。', zoomed: 0, report: false },
  {
    name: 'a missing site image is its alt text, not an image',
    markdown: '![不存在](/nowhere.png)',
    zoomed: 0,
    report: false,
  },
];

for (const c of cases) {
  test(`image zoom: ${c.name}`, async () => {
    const { html, report } = await renderMarkdownHtml(prepareNoteBody(c.markdown, { format: 'md' }).text, {
      assetExists: (path) => path !== '/nowhere.png',
    });
    assert.equal(html.match(/<img[^>]* data-zoom/g)?.length ?? 0, c.zoomed, html);
    assert.equal(report.zoom === true, c.report);
  });
}

test('image zoom: feeds carry no marks and no fold controls', () => {
  const long = Array.from({ length: 40 }, (_, i) => `x${i}`).join('\n');
  const html = renderFeedHtml(`![猫](https://example.com/猫.png)\n\n\`\`\`js\n${long}\n\`\`\``, 'md');
  assert.ok(html.includes('<img'));
  assert.ok(!html.includes('data-zoom'));
  assert.ok(!html.includes('code-fold'));
});
