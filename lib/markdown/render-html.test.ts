import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fixtureNoteFiles, fixtureNotes, fixtureSourcePath } from '../../scripts/fixture-notes';
import { parseFrontMatter } from '../front-matter';
import { buildNoteRecord, buildRenderedNoteRecord } from '../note-record';
import { pageBodyOptions, preparePageBody, renderPageBodyHtml, renderPreparedPageBody } from '../page-body';
import { getMdxOptions } from './pipeline';
import { createRenderReport } from './report';

/** The page's other path, which `.mdx` bodies take: next-mdx-remote/rsc, then React's markup. */
async function renderViaMdx(body: string, meta: Parameters<typeof pageBodyOptions>[0], pageUrl: string) {
  // import(), not a static import: tsx runs this file as CommonJS and next-mdx-remote's ESM graph cannot be required.
  const { compileMDX } = await import('next-mdx-remote/rsc');
  const report = createRenderReport();
  const { content } = await compileMDX({
    source: preparePageBody(body, 'md', meta),
    options: { mdxOptions: getMdxOptions('md', { ...pageBodyOptions(meta, pageUrl), report }) },
  });
  return { html: renderToStaticMarkup(content), report };
}

/** Text on either side of a dropped comment is one text node. */
function mergeTexts(items: unknown[]): unknown[] {
  const merged: unknown[] = [];
  for (const item of items) {
    const last = merged.length - 1;
    if (typeof item === 'string' && typeof merged[last] === 'string') merged[last] += item;
    else merged.push(item);
  }
  return merged;
}

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * The DOM a browser builds from the markup, as comparable data: attributes sorted, styles without
 * spacing, comments dropped (JSX has none) and whitespace between table rows dropped (JSX leaves it
 * out; the parser ignores it in layout).
 */
function dom(html: string): unknown {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const walk = (nodes: (ElementContent | Root['children'][number])[], parent: string): unknown[] =>
    mergeTexts(
      nodes.flatMap((node): unknown[] => {
        if (node.type === 'comment' || node.type === 'doctype') return [];
        if (node.type === 'text')
          return TABLE_PARTS.has(parent) && node.value.trim() === '' ? [] : [node.value];
        if (node.type !== 'element') return [];
        const element = node as Element;
        const props = Object.entries(element.properties)
          .map(([k, v]) => [k, k === 'style' ? String(v).replace(/\s+/g, '').replace(/;$/, '') : v])
          .sort(([a], [b]) => String(a).localeCompare(String(b)));
        return [[element.tagName, props, walk(element.children, element.tagName)]];
      }),
    );
  return walk(tree.children, '');
}

const noteFiles = fixtureNoteFiles();

const cases: { name: string; text: string }[] = [
  ...fixtureNotes(40),
  {
    name: 'raw HTML, aligned table cells, styles, comments',
    text: [
      '---\ntitle: t\ndate: 2024-01-01\n---',
      '<div style="color: red; margin:0 auto">红 <!-- a comment --> <span title="a&quot;b">x</span></div>',
      '',
      '| 左 | 中 | 右 |\n|:---|:---:|---:|\n| a | b | c |',
      '',
      '<table><tr><td align="center" style="color:blue">raw cell</td></tr></table>',
      '',
      '<img src="/none.png" alt=""> <input type="checkbox" checked disabled> <br/>',
    ].join('\n'),
  },
];

test('the direct HTML path gives the same DOM and report as the MDX path, note by note', async () => {
  assert.ok(noteFiles.length >= 15, `found only ${noteFiles.length} fixture notes`);
  for (const { name, text } of cases) {
    const { meta, body } = parseFrontMatter(text, name, { timeZone: 'Asia/Shanghai', requireDate: false });
    const pageUrl = '/posts/example';
    const direct = await renderPageBodyHtml(body, meta ?? undefined, pageUrl);
    const viaMdx = await renderViaMdx(body, meta ?? undefined, pageUrl);
    const a = JSON.stringify(dom(direct.html), null, 1).split('\n');
    const b = JSON.stringify(dom(viaMdx.html), null, 1).split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    assert.equal(
      at,
      -1,
      `${name}: the DOMs differ at\n${a.slice(at - 8, at + 4).join('\n')}\n--- MDX:\n${b.slice(at - 8, at + 4).join('\n')}`,
    );
    assert.deepEqual(direct.report, viaMdx.report, name);
  }
});

test('table cell alignment becomes a text-align style, not the obsolete align attribute', async () => {
  const { html } = await renderPageBodyHtml('| a | b |\n|:-:|--:|\n| 1 | 2 |', undefined, '/posts/x');
  assert.match(html, /<th style="text-align:center">a<\/th>/);
  assert.match(html, /<td style="text-align:right">2<\/td>/);
  assert.doesNotMatch(html, /align=/);
});

test('one parse for record and body: the same record as buildNoteRecord, the same body as the page renders', async () => {
  const options = { contentDir: 'content', timeZone: 'Asia/Shanghai', tocMaxDepth: 3 };
  let rendered = 0;
  const stored = new Map<string, string>();
  for (const { name, text } of cases) {
    const { sourcePath, requireDate } = fixtureSourcePath(name);
    const plain = buildNoteRecord(sourcePath, text, { ...options, requireDate });
    const record = await buildRenderedNoteRecord(
      sourcePath,
      text,
      { ...options, requireDate },
      (r) => r.url,
      renderPreparedPageBody,
      (html) => {
        stored.set(`${stored.size}.html`, html);
        return `${stored.size - 1}.html`;
      },
    );
    const { rendered: body, ...rest } = record;
    assert.deepEqual(rest, plain, name);
    if (!plain.meta || plain.problems.some((p) => p.severity === 'error')) {
      assert.equal(body, undefined, name);
      continue;
    }
    rendered += 1;
    assert.ok(body, name);
    const { meta, body: raw } = parseFrontMatter(text, name, { timeZone: 'Asia/Shanghai', requireDate });
    const page = await renderPageBodyHtml(raw, meta ?? undefined, plain.url);
    assert.equal(body.pageUrl, plain.url, name);
    assert.equal(stored.get(body.file), page.html, name);
    assert.deepEqual(body.report, page.report, name);
  }
  assert.ok(rendered >= 50, `only ${rendered} notes rendered`);
});
