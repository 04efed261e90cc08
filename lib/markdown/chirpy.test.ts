import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMdxOptions, type PipelineOptions } from './pipeline';
import { prepareNoteBody } from './prepare';
import { createRenderReport, type RenderReport } from './report';

/** Renders a `.md` body the way components/note-body.tsx does: text passes, then next-mdx-remote/rsc. */
async function render(
  markdown: string,
  options: PipelineOptions & { renderWithLiquid?: boolean } = {},
): Promise<{ html: string; report: RenderReport }> {
  // import(), not a static import: tsx runs this file as CommonJS and next-mdx-remote's ESM graph cannot be required.
  const { compileMDX } = await import('next-mdx-remote/rsc');
  const { text } = prepareNoteBody(markdown, { format: 'md', ...options });
  const report = createRenderReport();
  const { content } = await compileMDX({
    source: text,
    options: { mdxOptions: getMdxOptions('md', { ...options, report }) },
  });
  return { html: renderToStaticMarkup(content), report };
}

const labels: PipelineOptions = {
  callouts: { tip: '提示：', info: '说明：', warning: '注意：', danger: '警告：', important: '重要：' },
  copyCode: '复制代码',
  footnotes: '脚注',
  footnoteBack: '返回第 {n} 处引用',
};
const IMG = 'data:image/png;base64,AAAA';

const rows: {
  name: string;
  markdown: string;
  options?: PipelineOptions & { renderWithLiquid?: boolean };
  has: string[];
  hasNot?: string[];
}[] = [
  // kramdown inline attribute lists: prompts
  {
    name: 'prompt-tip on a lazy line after the quote',
    markdown: '> An example of a tip.\n{: .prompt-tip }',
    options: labels,
    has: [
      '<blockquote class="prompt-tip">',
      '<span class="sr-only">提示：</span>',
      '<p>An example of a tip.</p>',
    ],
    hasNot: ['{:'],
  },
  {
    name: 'prompt after a blank line still attaches to the quote',
    markdown: '> 注意\n\n{: .prompt-warning }',
    has: ['<blockquote class="prompt-warning">'],
    hasNot: ['{:'],
  },
  {
    name: 'prompt-info and prompt-danger',
    markdown: '> a\n{: .prompt-info }\n\n> b\n{: .prompt-danger }',
    has: ['<blockquote class="prompt-info">', '<blockquote class="prompt-danger">'],
  },
  {
    name: 'the IAL line inside the quote belongs to the paragraph',
    markdown: '> text\n> {: .lead }',
    has: ['<p class="lead">text</p>'],
  },
  // GitHub alerts (and Obsidian names)
  {
    name: 'GitHub NOTE is an info callout, marker removed',
    markdown: '> [!NOTE]\n> Useful information.',
    options: labels,
    has: [
      '<blockquote class="prompt-info">',
      '<span class="sr-only">说明：</span>',
      '<p>Useful information.</p>',
    ],
    hasNot: ['[!NOTE]'],
  },
  { name: 'GitHub TIP', markdown: '> [!TIP]\n> x', has: ['<blockquote class="prompt-tip">'] },
  {
    name: 'GitHub IMPORTANT',
    markdown: '> [!IMPORTANT]\n> x',
    has: ['<blockquote class="prompt-important">'],
  },
  { name: 'GitHub WARNING', markdown: '> [!WARNING]\n> x', has: ['<blockquote class="prompt-warning">'] },
  {
    name: 'GitHub CAUTION is danger',
    markdown: '> [!CAUTION]\n> x',
    has: ['<blockquote class="prompt-danger">'],
  },
  { name: 'lower case marker', markdown: '> [!tip]\n> x', has: ['<blockquote class="prompt-tip">'] },
  { name: 'Obsidian bug is danger', markdown: '> [!bug]\n> x', has: ['<blockquote class="prompt-danger">'] },
  {
    name: 'unknown marker stays a plain quote',
    markdown: '> [!FOO]\n> x',
    has: ['<blockquote>', '[!FOO]'],
  },
  // span IALs
  {
    name: 'filepath on inline code, the space after it kept',
    markdown: 'Edit `_config.yml`{: .filepath} now.',
    has: ['<code class="filepath">_config.yml</code> now.'],
  },
  {
    name: 'link target _blank gets rel noopener',
    markdown: '[x](https://e.com){:target="_blank"}',
    has: ['<a href="https://e.com" target="_blank" rel="noopener noreferrer">x</a>'],
  },
  {
    name: 'emphasis class',
    markdown: '*red*{: .red} text',
    has: ['<em class="red">red</em> text'],
  },
  {
    name: 'image width/height, w/h shorthand, classes',
    markdown: `![a](${IMG}){: width="972" height="589" .w-75 .normal}\n\n![b](${IMG}){: w="700" h="400" .shadow .left }`,
    has: [
      'class="w-75 normal"',
      'width="972"',
      'height="589"',
      'class="shadow left"',
      'width="700"',
      'height="400"',
    ],
    hasNot: ['{:', ' w="', ' h="'],
  },
  {
    name: 'image .light / .dark',
    markdown: `![l](${IMG}){: .light }\n![d](${IMG}){: .dark }`,
    has: ['alt="l" class="light"', 'alt="d" class="dark"'],
  },
  {
    name: 'unsafe and unknown attributes dropped, classes kept',
    markdown: 'Text\n{: .x onclick="alert(1)" markdown="1" data-k="v" }',
    has: ['<p class="x" data-k="v">Text</p>'],
    hasNot: ['onclick', 'markdown=', '{:'],
  },
  {
    name: 'stray IAL with nothing to attach to is dropped',
    markdown: 'plain {: .x} text',
    has: ['<p>plain text</p>'],
  },
  {
    name: 'IAL before a paragraph (kramdown) attaches to it',
    markdown: '{: .intro}\nFirst paragraph.',
    has: ['<p class="intro">First paragraph.</p>'],
  },
  {
    name: 'attribute list definition used by reference',
    markdown: '{:warn: .prompt-warning}\n\n> careful\n{: warn }',
    has: ['<blockquote class="prompt-warning">'],
    hasNot: ['warn:'],
  },
  {
    name: 'table class from the IAL line GFM reads as a row',
    markdown: '| a | b |\n|---|---|\n| 1 | 2 |\n{: .compact }',
    has: ['<table class="compact">', '<td>2</td>'],
    hasNot: ['{:', '<td>{'],
  },
  {
    name: 'kramdown TOC list removed',
    markdown: '* TOC\n{:toc}\n\n## A',
    has: ['<h2 id="a">'],
    hasNot: ['<li>', 'TOC'],
  },
  {
    name: 'heading id from `{#id}` and from an IAL; data-toc-skip kept',
    markdown: "## Code blocks {#code}\n\n## Skip me\n{: data-toc-skip='' .mt-4 }",
    has: ['<h2 id="code">Code blocks<a', 'class="mt-4" data-toc-skip="" id="skip-me"'],
    hasNot: ['{#code}', '{:'],
  },
  {
    name: 'kramdown comment and nomarkdown extensions',
    markdown:
      'a\n\n{::comment}\nhidden\n{:/comment}\n\n{::nomarkdown}<b>raw</b>{:/nomarkdown}\n\n{::options parse_block_html="true" /}',
    has: ['<p>a</p>', '<b>raw</b>'],
    hasNot: ['hidden', '{::', '{:/'],
  },
  // code blocks
  {
    name: 'file title replaces the language label; multi-line gets line numbers',
    markdown: '```sass\n@import\n  "a";\n```\n{: file=\'_sass/x.scss\' }',
    options: labels,
    has: [
      '<div class="code-block" data-lang="sass" data-file="_sass/x.scss">',
      '<span class="code-label code-label-file">_sass/x.scss</span>',
      'aria-label="复制代码"',
      'data-line-numbers=""',
    ],
    hasNot: ['{:'],
  },
  {
    name: 'nolineno',
    markdown: '```js\na()\nb()\n```\n{: .nolineno }',
    has: ['<span class="code-label code-label-lang">JavaScript</span>'],
    hasNot: ['data-line-numbers', 'nolineno'],
  },
  {
    name: 'single line, text and console blocks have no line numbers',
    markdown: '```ts\nx\n```\n\n```text\na\nb\n```\n\n```console\n$ a\nb\n```',
    has: ['TypeScript', '>Text<', '>Console<'],
    hasNot: ['data-line-numbers'],
  },
  {
    name: 'no language is Text',
    markdown: '```\nplain\n```',
    has: ['data-lang="plaintext"', '<span class="code-label code-label-lang">Text</span>'],
  },
  {
    name: 'console and shell prompts marked',
    markdown: '```console\n$ npm test\nok\n# id\n```\n\n```shell\n$ echo hi\n# comment\n```',
    has: [
      '<span class="code-prompt">$ </span>npm test',
      '<span class="code-prompt"># </span>id',
      '<span class="code-prompt">$</span>',
    ],
    hasNot: ['<span class="code-prompt"># </span>comment'],
  },
  {
    name: 'terminal is highlighted as console, labelled Terminal',
    markdown: '```terminal\n$ ls\n```',
    has: ['data-lang="terminal"', '>Terminal<', 'data-language="console"', 'code-prompt'],
  },
  {
    name: 'line numbers survive raw HTML elsewhere in the note',
    markdown: '<!-- a comment -->\n\n```py\na\nb\n```',
    has: ['data-line-numbers=""'],
  },
  {
    name: 'no copy button without its label',
    markdown: '```js\nx\n```',
    hasNot: ['<button'],
    has: ['code-header'],
  },
  // mermaid
  {
    name: 'mermaid block kept as source for the island, not highlighted',
    markdown: '```mermaid\ngraph TD\n  A --> B\n```',
    has: [
      '<div class="mermaid-block" data-mermaid=""><pre class="mermaid-source">graph TD\n  A --&gt; B</pre></div>',
    ],
    hasNot: ['data-language="mermaid"', 'code-block'],
  },
  // images
  {
    name: 'caption: italic line under an image',
    markdown: `![Desktop](${IMG}){: width="972" height="589" }\n_Full screen width_`,
    has: ['<figure class="image-figure"><img', '<figcaption>Full screen width</figcaption></figure>'],
  },
  {
    name: 'relative image resolved against media_subpath, lazy',
    markdown: '![a](pic.png)',
    options: { mediaSubpath: '/posts/20180809' },
    has: ['src="/posts/20180809/pic.png"', 'loading="lazy"', 'decoding="async"', 'class="image-paragraph"'],
  },
  {
    name: 'relative image without media_subpath resolves against the site root',
    markdown: '![a](./img/a.png) ![b](../b.png)',
    has: ['src="/img/a.png"', 'src="/b.png"'],
  },
  {
    name: 'missing site image shows its alt text',
    markdown: '![Desktop View](/posts/x.png){: .light .w-75 }',
    options: { assetExists: () => false },
    has: [
      '<span class="image-missing light w-75" role="img" aria-label="Desktop View" title="/posts/x.png">Desktop View</span>',
    ],
    hasNot: ['<img'],
  },
  {
    name: 'remote images are never checked',
    markdown: '![r](https://example.com/r.png)',
    options: { assetExists: () => false },
    has: ['<img src="https://example.com/r.png"'],
  },
  {
    name: 'lqip becomes the placeholder background',
    markdown: `![a](${IMG}){: lqip="/lqip/a.webp" }`,
    has: ['style="background:url(&quot;/lqip/a.webp&quot;) center/cover no-repeat"'],
    hasNot: ['lqip='],
  },
  // math (front matter math: true)
  {
    name: '$$ block and inline $ with KaTeX; equation numbered and referenced',
    markdown:
      '$$\n\\begin{equation}\n  a = b\n  \\label{eq:one}\n\\end{equation}\n$$\n\nSee \\eqref{eq:one} and $x^2$.',
    options: { math: true },
    has: [
      '<div class="math-display" id="eq-eq-one"><span class="katex-display">',
      '<a href="#eq-eq-one" class="math-ref">(1)</a>',
      '<span class="math-inline"><span class="katex">',
    ],
    hasNot: ['$$', '\\eqref', 'katex-error'],
  },
  {
    name: 'kramdown: a paragraph of one $$…$$ is display math, $$ inside text is inline',
    markdown: '$$ x = 1 $$\n\nLorem $$ y $$ ipsum',
    options: { math: true },
    has: ['<div class="math-display">', '<p>Lorem <span class="math-inline">'],
  },
  {
    name: '\\( \\) and \\[ \\] delimiters',
    markdown: 'Inline \\(a+b\\).\n\n\\[\nc = d\n\\]',
    options: { math: true },
    has: ['<p>Inline <span class="math-inline">', '<div class="math-display">'],
    hasNot: ['\\(', '\\['],
  },
  {
    name: "Chirpy's escaped \\$$ in lists stays inline",
    markdown: '1. \\$$ \\alpha $$\n2. \\$$ \\beta $$',
    options: { math: true },
    has: ['<li><span class="math-inline">'],
    hasNot: ['math-display', '$$'],
  },
  {
    name: 'without math: true dollars are text',
    markdown: 'costs $5 and $10, $$x$$',
    has: ['<p>costs $5 and $10, $$x$$</p>'],
    hasNot: ['katex'],
  },
  {
    name: 'bad TeX shows as code, never red error markup, never throws',
    markdown: '$\\frac{$',
    options: { math: true },
    has: ['<code class="math-fallback">\\frac{</code>'],
    hasNot: ['katex-error'],
  },
  // footnotes, tables, task lists, raw HTML, definition lists, headings
  {
    name: 'footnote labels from the UI language',
    markdown: 'Text[^1].\n\n[^1]: Note.',
    options: labels,
    has: ['<h2 class="sr-only" id="footnote-label">脚注</h2>', 'aria-label="返回第 1 处引用"'],
    hasNot: ['Footnotes', 'Back to reference'],
  },
  {
    name: 'task list and table',
    markdown: '- [x] done\n\n| a |\n|---|\n| 1 |',
    has: ['<input type="checkbox" disabled="" checked=""/> done', '<td>1</td>'],
  },
  {
    name: 'details, summary and kbd',
    markdown: '<details><summary>More</summary>\n\n**md**\n\n</details>\n\nPress <kbd>Ctrl</kbd>',
    has: ['<details><summary>More</summary>', '<strong>md</strong>', '<kbd>Ctrl</kbd>'],
  },
  {
    name: 'definition list, kramdown style',
    markdown: 'Sun\n: the star\n\nMoon\n: the satellite\n: a second definition',
    has: [
      '<dl><dt>Sun</dt><dd>the star</dd><dt>Moon</dt><dd>the satellite</dd><dd>a second definition</dd></dl>',
    ],
  },
  {
    name: 'definition after a blank line is a block',
    markdown: 'Term\n\n: Definition text',
    has: ['<dl><dt>Term</dt><dd><p>Definition text</p></dd></dl>'],
  },
  {
    name: 'h5 and h6 get ids and anchors',
    markdown: '##### Five\n\n###### Six',
    has: ['<h5 id="five">Five<a class="heading-anchor"', '<h6 id="six">Six<a class="heading-anchor"'],
  },
  {
    name: 'a malformed style attribute is dropped, the note still compiles',
    markdown: '<span style="color">a</span> <p style=";;:">b</p> <i style="color: red">c</i>',
    has: ['<span>a</span>', '<p>b</p>', '<i style="color:red">c</i>'],
  },
  {
    name: 'event handlers and javascript: URLs dropped from raw HTML',
    markdown: '<a href="javascript:alert(1)" onclick="x()">x</a>',
    has: ['<a>x</a>'],
    hasNot: ['javascript:', 'onclick'],
  },
  // Liquid (before markdown)
  {
    name: 'post_url resolved, raw removed with its content kept',
    markdown: '[a]({% post_url 2019-08-08-text-and-typography %})\n\n{% raw %}`{{ x }}`{% endraw %}',
    has: ['<a href="/posts/text-and-typography/">a</a>', '<code>{{ x }}</code>'],
    hasNot: ['{%'],
  },
  {
    name: 'include embed becomes a link',
    markdown: "{% include embed/youtube.html id='Balreaj8Yqs' %}",
    has: [
      '<a href="https://www.youtube.com/watch?v=Balreaj8Yqs" class="embed-link">▶ YouTube: Balreaj8Yqs</a>',
    ],
  },
  {
    name: 'render_with_liquid: false keeps the text verbatim',
    markdown: '```text\n{% include x.html %}\n```\n\nand {{ page.title }}',
    options: { renderWithLiquid: false },
    has: ['{% include x.html %}', 'and {{ page.title }}'],
  },
];

test('Chirpy/kramdown syntax renders to the expected HTML', async () => {
  for (const row of rows) {
    const { html } = await render(row.markdown, row.options);
    for (const part of row.has) assert.ok(html.includes(part), `${row.name}: missing ${part}\n${html}`);
    for (const part of row.hasNot ?? [])
      assert.ok(!html.includes(part), `${row.name}: unexpected ${part}\n${html}`);
  }
});

test('the render report says what the page must load', async () => {
  const cases: { markdown: string; options?: PipelineOptions; expected: RenderReport }[] = [
    { markdown: 'text', expected: { math: false, mermaid: false, code: false } },
    { markdown: '```js\nx\n```', expected: { math: false, mermaid: false, code: true } },
    { markdown: '```mermaid\ngraph TD\n```', expected: { math: false, mermaid: true, code: false } },
    { markdown: '$x$', options: { math: true }, expected: { math: true, mermaid: false, code: false } },
    { markdown: '$x$', expected: { math: false, mermaid: false, code: false } },
    {
      markdown: 'no math here',
      options: { math: true },
      expected: { math: false, mermaid: false, code: false },
    },
  ];
  for (const { markdown, options, expected } of cases) {
    assert.deepEqual((await render(markdown, options)).report, expected, markdown);
  }
});

test('odd input never fails the compile and never prints attribute lists', async () => {
  const inputs = [
    '{:}',
    '{: #}',
    '{: .}',
    '{:toc}',
    '{: .prompt-tip }\n\n> first block after the IAL',
    ': definition with no term',
    'Term\n: ',
    '> [!NOTE]',
    '> [!NOTE]\n> > [!TIP]\n> > nested',
    '$$\nunclosed display',
    '$$ opening only',
    '\\[ unbalanced',
    '{% raw %} never closed',
    '{{ unclosed',
    '{% include %}',
    '![a](){: w="x" h="" }',
    '`x`{: .filepath .filepath #id #id2 }',
    '| a |\n|---|\n{: .x }',
    '<svg><path style="fill:"/></svg><div style="}{"></div>',
    '```\n```\n{: file="" }',
    '```mermaid\n```',
    '- item\n  {: .x}',
    '# Title\n{: .x }',
  ];
  for (const input of inputs) {
    for (const math of [false, true]) {
      const { html } = await render(input, { math, ...labels });
      assert.ok(!/\{:[^}]*\}/.test(html.replace(/<(pre|code)[\s\S]*?<\/\1>/g, '')), `${input}: ${html}`);
    }
  }
});
