import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { TocEntry } from '../types';
import { extractToc, type TocOptions } from './toc';

const seed = readFileSync(
  path.resolve(import.meta.dirname, '../../content/posts/2025-11-28-zhihu-notes-1.md'),
  'utf8',
);
const seedBody = seed.replace(/^---\n[\s\S]*?\n---\n/, '');
const md3: TocOptions = { format: 'md', maxDepth: 3 };
const mdx3: TocOptions = { format: 'mdx', maxDepth: 3 };

const rows: { name: string; markdown: string; options: TocOptions; expected: TocEntry[] }[] = [
  {
    name: 'seed note',
    markdown: seedBody,
    options: md3,
    expected: [
      {
        depth: 2,
        text: 'Q1. 无大算力时，作为学生，LLM还有哪些值得做的研究？',
        id: 'q1-无大算力时作为学生llm还有哪些值得做的研究',
      },
      { depth: 3, text: '一、核心底层逻辑', id: '一核心底层逻辑' },
      { depth: 3, text: '二、各研究方向', id: '二各研究方向' },
      { depth: 3, text: '三、落地执行建议（具体到每日/每周动作）', id: '三落地执行建议具体到每日每周动作' },
      { depth: 3, text: '四、自己补充学到的一些内容', id: '四自己补充学到的一些内容' },
    ],
  },
  {
    name: 'maxDepth 2 keeps h2 only',
    markdown: '## A\n\n### B',
    options: { format: 'md', maxDepth: 2 },
    expected: [{ depth: 2, text: 'A', id: 'a' }],
  },
  {
    name: 'maxDepth 6',
    markdown: '#### D4\n\n###### D6',
    options: { format: 'md', maxDepth: 6 },
    expected: [
      { depth: 4, text: 'D4', id: 'd4' },
      { depth: 6, text: 'D6', id: 'd6' },
    ],
  },
  {
    name: 'title h1 dropped, later h1 listed as h2',
    markdown: '# T\n\nx\n\n# Part',
    options: md3,
    expected: [{ depth: 2, text: 'Part', id: 'part' }],
  },
  {
    name: 'duplicates share the renderer numbering',
    markdown: '## 小结\n\n### 小结\n\n## 小结',
    options: md3,
    expected: [
      { depth: 2, text: '小结', id: '小结' },
      { depth: 3, text: '小结', id: '小结-1' },
      { depth: 2, text: '小结', id: '小结-2' },
    ],
  },
  {
    name: 'markup flattened, whitespace trimmed',
    markdown: '## **粗体**与 `code`  ##',
    options: md3,
    expected: [{ depth: 2, text: '粗体与 code', id: '粗体与-code' }],
  },
  {
    name: 'empty heading left out',
    markdown: '##\n\n## 有',
    options: md3,
    expected: [{ depth: 2, text: '有', id: '有' }],
  },
  {
    name: 'raw html heading in .md',
    markdown: '<h2>Raw 标题</h2>\n\n## Next',
    options: md3,
    expected: [
      { depth: 2, text: 'Raw 标题', id: 'raw-标题' },
      { depth: 2, text: 'Next', id: 'next' },
    ],
  },
  {
    name: 'raw heading keeps its id',
    markdown: '<h2 id="mine">Mine</h2>\n\n## Mine',
    options: md3,
    expected: [
      { depth: 2, text: 'Mine', id: 'mine' },
      { depth: 2, text: 'Mine', id: 'mine-1' },
    ],
  },
  {
    name: 'data-toc-skip honoured',
    markdown: '<h2 data-toc-skip>Skip</h2>\n\n## Keep',
    options: md3,
    expected: [{ depth: 2, text: 'Keep', id: 'keep' }],
  },
  {
    name: 'footnote label not listed',
    markdown: '## A\n\nx[^1]\n\n[^1]: n',
    options: md3,
    expected: [{ depth: 2, text: 'A', id: 'a' }],
  },
  {
    name: 'headings in code fences ignored',
    markdown: '```md\n## Not\n```\n\n## Yes',
    options: md3,
    expected: [{ depth: 2, text: 'Yes', id: 'yes' }],
  },
  {
    name: '.mdx with JSX and expressions',
    markdown:
      '# T\n\n<Callout type="tip">\n\nHi {name}\n\n</Callout>\n\n## 一、Setup\n\n{1 + 1}\n\n## Done <Badge />',
    options: mdx3,
    expected: [
      { depth: 2, text: '一、Setup', id: '一setup' },
      { depth: 2, text: 'Done', id: 'done' },
    ],
  },
  {
    name: '.mdx broken JSX does not throw',
    markdown: '<div\n\n## Still',
    options: mdx3,
    expected: [{ depth: 2, text: 'Still', id: 'still' }],
  },
  {
    name: "kramdown `{: data-toc-skip='' }` and `.no_toc` skip a heading",
    markdown: "## Skip\n{: data-toc-skip='' .mt-4 }\n\n## Also\n{: .no_toc }\n\n## Keep",
    options: md3,
    expected: [{ depth: 2, text: 'Keep', id: 'keep' }],
  },
  {
    name: 'kramdown header id `{#id}` and IAL id',
    markdown: '## Code blocks {#code}\n\n### Other\n{: #mine }',
    options: md3,
    expected: [
      { depth: 2, text: 'Code blocks', id: 'code' },
      { depth: 3, text: 'Other', id: 'mine' },
    ],
  },
  {
    name: 'kramdown `* TOC {:toc}` list is no heading source',
    markdown: '* TOC\n{:toc}\n\n## A',
    options: md3,
    expected: [{ depth: 2, text: 'A', id: 'a' }],
  },
  {
    name: 'math in a heading with math: true reads as its TeX',
    markdown: '## The $O(n)$ bound',
    options: { format: 'md', maxDepth: 3, math: true },
    expected: [{ depth: 2, text: 'The O(n) bound', id: 'the-on-bound' }],
  },
  {
    name: 'GitHub alert marker is not heading text',
    markdown: '> [!NOTE]\n> x\n\n## After',
    options: md3,
    expected: [{ depth: 2, text: 'After', id: 'after' }],
  },
  {
    name: 'a note: ==highlight== in a heading is no heading text',
    markdown: '## ==要点== 与 #标签\n\n> [!tip]- 折叠\n> ### 里面',
    options: { format: 'md', maxDepth: 3, kind: 'note' },
    expected: [
      { depth: 2, text: '要点 与 #标签', id: '要点-与-标签' },
      { depth: 3, text: '里面', id: '里面' },
    ],
  },
  {
    name: 'a post: == in a heading stays',
    markdown: '## a == b',
    options: md3,
    expected: [{ depth: 2, text: 'a == b', id: 'a--b' }],
  },
  { name: 'empty input', markdown: '', options: md3, expected: [] },
  { name: 'non-string input gives []', markdown: undefined as unknown as string, options: md3, expected: [] },
];

test('extractToc lists h2..maxDepth with rendered ids', () => {
  for (const row of rows) {
    assert.deepEqual(extractToc(row.markdown, row.options), row.expected, row.name);
  }
});
