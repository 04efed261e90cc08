import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareNoteBody } from './prepare';
import { renderMarkdownHtml } from './render-html';

const labels = { codeFoldExpand: '展开全部 ({n} 行)', codeFoldCollapse: '收起' };

/** A fenced block of `lines` lines, the fence's info string `info`, then `after` (an attribute list). */
function block(lines: number, info = 'js', after = ''): string {
  const body = Array.from({ length: lines }, (_, i) => `const 第${i + 1}行 = ${i};`).join('\n');
  return `\`\`\`${info}\n${body}\n\`\`\`\n${after}`;
}

async function render(markdown: string, codeFoldLines: number | undefined) {
  const text = prepareNoteBody(markdown, { format: 'md' }).text;
  const { html } = await renderMarkdownHtml(text, { ...labels, codeFoldLines, copyCode: '复制代码' });
  return html;
}

const cases: {
  name: string;
  markdown: string;
  lines?: number;
  folded: boolean;
  has?: string[];
}[] = [
  { name: '40 lines over the default 30 fold', markdown: block(40), lines: 30, folded: true },
  { name: 'exactly the threshold stays whole', markdown: block(30), lines: 30, folded: false },
  { name: 'one line over folds', markdown: block(31), lines: 30, folded: true },
  { name: 'a short block stays whole', markdown: block(3), lines: 30, folded: false },
  { name: '0 turns folding off', markdown: block(200), lines: 0, folded: false },
  { name: 'no setting: nothing folds', markdown: block(200), lines: undefined, folded: false },
  { name: 'fence word nofold opts out', markdown: block(40, 'js nofold'), lines: 30, folded: false },
  {
    name: 'fence word nofold after other meta',
    markdown: block(40, 'python title="a.py" nofold'),
    lines: 30,
    folded: false,
  },
  {
    name: 'a word containing nofold is not the opt-out',
    markdown: block(40, 'js nofolding'),
    lines: 30,
    folded: true,
  },
  {
    name: 'kramdown {: .nofold } opts out',
    markdown: block(40, 'js', '{: .nofold }\n'),
    lines: 30,
    folded: false,
  },
  {
    name: '{: .nofold } with a file name',
    markdown: block(40, 'js', '{: file="长.js" .nofold }\n'),
    lines: 30,
    folded: false,
  },
  {
    name: 'the control names the line count, in the UI words',
    markdown: block(40),
    lines: 30,
    folded: true,
    has: ['展开全部 (40 行)', '收起', 'type="checkbox"', '--code-fold-lines:20'],
  },
  {
    name: 'a low threshold shows that many lines folded',
    markdown: block(12),
    lines: 8,
    folded: true,
    has: ['--code-fold-lines:8', '展开全部 (12 行)'],
  },
  { name: 'a block without a language folds too', markdown: block(40, ''), lines: 30, folded: true },
  { name: 'a shell session folds', markdown: block(40, 'console'), lines: 30, folded: true },
  {
    name: 'every line stays in the page (copy and print see all)',
    markdown: block(40),
    lines: 30,
    folded: true,
    has: ['第1行', '第40行', 'data-code-copy'],
  },
];

for (const c of cases) {
  test(`code fold: ${c.name}`, async () => {
    const html = await render(c.markdown, c.lines);
    assert.equal(html.includes('code-fold-control'), c.folded, html.slice(0, 400));
    assert.equal(/class="code-block[^"]*\bcode-fold\b/.test(html), c.folded);
    for (const text of c.has ?? []) assert.ok(html.includes(text), `missing ${text}`);
  });
}

test('code fold: two long blocks each get their own control', async () => {
  const html = await render(`${block(40)}\n\n${block(35, 'python')}`, 30);
  assert.equal(html.match(/code-fold-control/g)?.length, 2);
  assert.ok(html.includes('展开全部 (35 行)'));
});

test('code fold: mermaid diagrams are never folded', async () => {
  const html = await render(block(40, 'mermaid'), 30);
  assert.ok(!html.includes('code-fold'));
});
