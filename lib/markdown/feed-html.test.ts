import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedHtmlOptions, renderFeedHtml } from './feed-html';

const rows: {
  name: string;
  markdown: string;
  options?: FeedHtmlOptions;
  has: string[];
  hasNot?: string[];
}[] = [
  {
    name: 'headings without # anchors by default',
    markdown: '## 标题',
    has: ['<h2 id="标题">标题</h2>'],
    hasNot: ['heading-anchor'],
  },
  {
    name: 'a knowledge note: comments gone, highlights and tags kept as markup, absolute tag link',
    markdown: '重点==在这==%%私密%% #读书',
    options: { kind: 'note', origin: 'https://blog.example' },
    has: ['<mark>在这</mark>', '<a href="https://blog.example/tags/读书/" class="inline-tag">#读书</a>'],
    hasNot: ['私密', '%%'],
  },
  {
    name: 'a post: ==, %% and # stay text',
    markdown: '重点==在这==%%私密%% #读书',
    has: ['<p>重点==在这==%%私密%% #读书</p>'],
  },
  {
    name: 'anchors on request',
    markdown: '## A',
    options: { anchors: true },
    has: ['<h2 id="a">A<a class="heading-anchor" href="#a"'],
  },
  {
    name: 'code left for the reader to style',
    markdown: '```ts\nconst a = 1;\n```',
    has: ['<code class="language-ts">const a = 1;\n</code>'],
    hasNot: ['--shiki', '<button'],
  },
  {
    name: 'math as MathML only',
    markdown: '$x^2$',
    options: { math: true },
    has: ['<math xmlns="http://www.w3.org/1998/Math/MathML">'],
    hasNot: ['katex-html', '$x'],
  },
  {
    name: 'prompts keep their class, attribute lists never shown',
    markdown: '> tip\n{: .prompt-tip }',
    has: ['<blockquote class="prompt-tip">'],
    hasNot: ['{:'],
  },
  {
    name: 'Liquid resolved; mermaid as its source',
    markdown: '[a]({% post_url 2020-01-01-a %})\n\n```mermaid\ngraph TD\n```',
    has: ['<a href="/posts/a/">a</a>', '<pre class="mermaid-source">graph TD</pre>'],
  },
  {
    name: 'render_with_liquid: false',
    markdown: '{{ x }}',
    options: { renderWithLiquid: false },
    has: ['<p>{{ x }}</p>'],
  },
  {
    name: 'site images made absolute, media_subpath applied',
    markdown: '![a](pic.png)',
    options: { origin: 'https://example.com', mediaSubpath: '/img' },
    has: ['src="https://example.com/img/pic.png"'],
  },
  {
    name: 'footnote words from the options',
    markdown: 'x[^1]\n\n[^1]: y',
    options: { footnotes: '脚注', footnoteBack: '返回第 {n} 处引用' },
    has: ['>脚注</h2>', 'aria-label="返回第 1 处引用"'],
  },
];

test('renderFeedHtml: the page pipeline minus what readers cannot use', () => {
  for (const row of rows) {
    const html = renderFeedHtml(row.markdown, 'md', row.options);
    for (const part of row.has) assert.ok(html.includes(part), `${row.name}: missing ${part}\n${html}`);
    for (const part of row.hasNot ?? [])
      assert.ok(!html.includes(part), `${row.name}: unexpected ${part}\n${html}`);
  }
});
