import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMdxOptions, type NoteFormat, type PipelineOptions } from './pipeline';
import { extractToc } from './toc';

/** Compiles a body the way components/note-body.tsx does (next-mdx-remote/rsc, default blockJS) to HTML. */
async function render(source: string, format: NoteFormat, options?: PipelineOptions): Promise<string> {
  // import(), not a static import: tsx runs this file as CommonJS and next-mdx-remote's ESM graph cannot be required.
  const { compileMDX } = await import('next-mdx-remote/rsc');
  const { content } = await compileMDX({ source, options: { mdxOptions: getMdxOptions(format, options) } });
  return renderToStaticMarkup(content);
}

const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const seedFile = path.resolve(import.meta.dirname, '../../content/posts/2025-11-28-zhihu-notes-1.md');
const chirpyDir = path.resolve(import.meta.dirname, '../../e2e/fixtures/chirpy-demo');
const ts = '```ts\nconst a: number = 1;\n```';

const rows: {
  name: string;
  format: NoteFormat;
  markdown: string;
  options?: PipelineOptions;
  has: string[];
  hasNot?: string[];
}[] = [
  {
    name: 'table',
    format: 'md',
    markdown: '| a | b |\n|---|---|\n| 1 | 2 |',
    has: ['<table>', '<th>a</th>', '<td>2</td>'],
  },
  {
    name: 'task list',
    format: 'md',
    markdown: '- [x] done\n- [ ] todo',
    has: ['<input type="checkbox" disabled="" checked=""/> done', 'contains-task-list'],
  },
  {
    name: 'footnote',
    format: 'md',
    markdown: 'Note[^1].\n\n[^1]: 脚注',
    has: ['data-footnote-ref=', '<section data-footnotes=', 'id="footnote-label"', '脚注'],
  },
  { name: 'strikethrough', format: 'md', markdown: '~~gone~~', has: ['<del>gone</del>'] },
  {
    name: 'autolink',
    format: 'md',
    markdown: 'See https://example.com',
    has: ['<a href="https://example.com">https://example.com</a>'],
  },
  {
    name: 'raw details and kbd kept in .md',
    format: 'md',
    markdown: '<details><summary>More</summary>\n\nInside **md**\n\n</details>\n\nPress <kbd>Ctrl</kbd>',
    has: ['<details><summary>More</summary>', '<p>Inside <strong>md</strong></p>', '<kbd>Ctrl</kbd>'],
  },
  {
    name: 'braces are text in .md',
    format: 'md',
    markdown: 'Literal {x} and {{ y }}',
    has: ['<p>Literal {x} and {{ y }}</p>'],
  },
  { name: '< and & escaped', format: 'md', markdown: 'a < b & c > d', has: ['a &lt; b &amp; c &gt; d'] },
  {
    name: 'title h1 dropped, later h1 demoted',
    format: 'md',
    markdown: '# Title\n\nx\n\n# Part',
    has: ['<h2 id="part">Part<a class="heading-anchor" href="#part"'],
    hasNot: ['<h1', 'Title'],
  },
  {
    name: 'anchor label from options',
    format: 'md',
    markdown: '## 标题',
    options: { anchorLabel: '链接到本节' },
    has: ['<a class="heading-anchor" href="#标题" aria-label="链接到本节">#</a>'],
  },
  {
    name: 'ts highlighted with both themes as palette classes',
    format: 'md',
    markdown: ts,
    has: [
      '<figure data-rehype-pretty-code-figure="">',
      '<pre tabindex="0" data-language="ts">',
      '<span data-line="">',
      'class="cl',
    ],
    hasNot: ['<script', 'background', 'class="shiki', '--shiki-', 'data-theme', 'display: grid'],
  },
  {
    name: 'unknown language is plain text',
    format: 'md',
    markdown: '```notalanguage\nfoo < bar\n```',
    has: ['data-language="notalanguage"', '<span data-line=""><span>foo &lt; bar</span></span>'],
    hasNot: ['--shiki-light'],
  },
  {
    name: 'no language is plain text',
    format: 'md',
    markdown: '```\nplain & simple\n```',
    has: ['data-language="plaintext"', '<span>plain &amp; simple</span>'],
    hasNot: ['--shiki-light'],
  },
  {
    name: 'inline code left plain',
    format: 'md',
    markdown: 'Use `x{:js}` and `<b>`',
    has: ['<code>x{:js}</code>', '<code>&lt;b&gt;</code>'],
  },
  {
    name: '.mdx: expressions removed (blockJS), JSX kept',
    format: 'mdx',
    markdown: 'a {x} b <kbd>K</kbd>',
    has: ['<p>a  b <kbd>K</kbd></p>'],
    hasNot: ['{x}'],
  },
  {
    name: '.mdx: code highlighted too',
    format: 'mdx',
    markdown: ts,
    has: ['data-language="ts"', ' cd'],
    hasNot: ['--shiki-'],
  },
  {
    name: 'markdown="1" block through the MDX compile of a .md body',
    format: 'md',
    markdown: '<div class="box-info" markdown="1">\n**粗体**和 `a.txt`{: .filepath}\n</div>',
    has: ['<div class="box-info"><p><strong>粗体</strong>和 <code class="filepath">a.txt</code></p></div>'],
    hasNot: ['markdown=', '**'],
  },
  // CJK-friendly emphasis (remark-cjk-friendly): kramdown bolds these, CommonMark's flanking rules do not.
  ...(['md', 'mdx'] as const).flatMap((format) => [
    {
      name: `${format}: bold ending in full-width punctuation before CJK text`,
      format,
      markdown: '用**工具包装器（Tool Wrapper）**让模型',
      has: ['用<strong>工具包装器（Tool Wrapper）</strong>让模型'],
      hasNot: ['**'],
    },
    {
      name: `${format}: bold around inline code before CJK text`,
      format,
      markdown: '打开**`.vscode`**文件夹',
      has: ['打开<strong><code>.vscode</code></strong>文件夹'],
    },
    {
      name: `${format}: bold of CJK quotes, strikethrough next to punctuation`,
      format,
      markdown: '**「重点」**之后，~~（旧的）~~删去',
      has: ['<strong>「重点」</strong>之后', '<del>（旧的）</del>删去'],
    },
    {
      name: `${format}: Latin emphasis rules unchanged`,
      format,
      markdown: 'snake_case_name and 2 * 3 * 4 and **bold**',
      has: ['snake_case_name', '<strong>bold</strong>'],
      hasNot: ['<em>'],
    },
  ]),
];

test('pipeline renders markdown features', async () => {
  for (const row of rows) {
    const html = await render(row.markdown, row.format, row.options);
    for (const part of row.has) assert.ok(html.includes(part), `${row.name}: missing ${part}\n${html}`);
    for (const part of row.hasNot ?? [])
      assert.ok(!html.includes(part), `${row.name}: unexpected ${part}\n${html}`);
  }
});

/** Ids of the rendered h2–h6, in order, leaving out the footnotes label and Chirpy's `data-toc-skip` headings. */
const headingIds = (html: string) =>
  [...html.matchAll(/<h[2-6]\b([^>]*)\bid="([^"]*)"/g)]
    .filter((match) => !match[1]?.includes('data-toc-skip'))
    .map((match) => match[2])
    .filter((id) => id !== 'footnote-label');

const notes: { name: string; format: NoteFormat; markdown: string }[] = [
  { name: 'seed note', format: 'md', markdown: bodyOf(seedFile) },
  ...readdirSync(chirpyDir)
    .filter((file) => /^\d{4}-.*\.md$/.test(file))
    .map((file) => ({ name: file, format: 'md' as const, markdown: bodyOf(path.join(chirpyDir, file)) })),
  {
    name: '.mdx with JSX',
    format: 'mdx',
    markdown: '# T\n\n<aside>\n\n## Inside\n\n</aside>\n\n## 一、Setup\n\n## 一、Setup',
  },
];

test('rendered headings: no h1, ids exactly those of extractToc', async () => {
  for (const note of notes) {
    const html = await render(note.markdown, note.format);
    const toc = extractToc(note.markdown, { format: note.format, maxDepth: 6 });
    assert.ok(!html.includes('<h1'), `${note.name}: has an h1`);
    assert.ok(toc.length > 0, `${note.name}: empty toc`);
    assert.deepEqual(
      headingIds(html),
      toc.map((entry) => entry.id),
      note.name,
    );
  }
});

test('compile time of the seed note', async (t) => {
  const body = bodyOf(seedFile);
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const start = performance.now();
    await render(body, 'md');
    times.push(performance.now() - start);
  }
  const warm = times.slice(1).sort((a, b) => a - b)[5] ?? Number.NaN;
  t.diagnostic(
    `seed note compile+render: first ${times[0]?.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms`,
  );
});
