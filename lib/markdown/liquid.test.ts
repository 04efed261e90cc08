import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLiquid } from './liquid';

const rows: { name: string; input: string; text: string; warnings?: string[] }[] = [
  { name: 'no Liquid', input: 'plain {x} text', text: 'plain {x} text' },
  {
    name: 'post_url to the slug of the named file',
    input: '[a]({% post_url 2019-08-08-text-and-typography %})',
    text: '[a](/posts/text-and-typography/)',
  },
  {
    name: 'post_url with a sub folder, CJK and odd characters',
    input: '{% post_url notes/2024-01-16-Hello World! 你好 %}',
    text: '/posts/Hello-World!-你好/',
  },
  { name: 'whitespace control dashes', input: '{%- post_url 2020-01-01-a -%}', text: '/posts/a/' },
  {
    name: 'post_url keeps case and dots',
    input: '{% post_url 2020-05-01-python-numpy.ndarray %} {% post_url 2021-03-02-Attention %}',
    text: '/posts/python-numpy.ndarray/ /posts/Attention/',
  },
  {
    name: 'site.baseurl before post_url',
    input: '{{ site.baseurl }}{% post_url 2020-01-01-a %}',
    text: '/posts/a/',
  },
  {
    name: 'link tag to a post and to a page and a file',
    input: '{% link _posts/2020-01-01-a.md %} {% link about.md %} {% link assets/x.pdf %}',
    text: '/posts/a/ /about /assets/x.pdf',
  },
  {
    name: 'relative_url and absolute_url filters',
    input: '{{ \'/assets/a.png\' | relative_url }} {{ "b.png" | absolute_url }}',
    text: '/assets/a.png /b.png',
  },
  {
    name: 'raw removed, its content kept untouched',
    input: '{% raw %}{{ page.title }} {% if %}{% endraw %}',
    text: '{{ page.title }} {% if %}',
  },
  {
    name: 'raw on its own lines keeps the line count',
    input: 'a\n{% raw %}\n{{ x }}\n{% endraw %}\nb',
    text: 'a\n\n{{ x }}\n\nb',
  },
  {
    name: 'comment dropped, line breaks kept',
    input: 'a\n{% comment %}\nsecret\n{% endcomment %}\nb',
    text: 'a\n\n\n\nb',
    warnings: ['2: {% comment %} … {% endcomment %} is left out of the page (xiaoji does not run Liquid)'],
  },
  {
    name: 'control flow tags dropped, text between kept',
    input: '{% if x %}shown{% endif %}',
    text: 'shown',
    warnings: [
      '1: {% if %} is dropped (xiaoji does not run Liquid; the text around it is kept)',
      '1: {% endif %} is dropped (xiaoji does not run Liquid; the text around it is kept)',
    ],
  },
  {
    name: 'capture content dropped',
    input: '{% capture x %}hidden{% endcapture %}after',
    text: 'after',
    warnings: ['1: {% capture %} … {% endcapture %} is left out of the page (xiaoji does not run Liquid)'],
  },
  {
    name: 'youtube embed becomes a link',
    input: "{% include embed/youtube.html id='H-B46URT4mg' %}",
    text: '[▶ YouTube: H-B46URT4mg](https://www.youtube.com/watch?v=H-B46URT4mg){: .embed-link }',
    warnings: [
      '1: {% include embed/youtube.html %} is shown as a link to https://www.youtube.com/watch?v=H-B46URT4mg (xiaoji embeds no players)',
    ],
  },
  {
    name: 'bilibili and twitch',
    input: "{% include embed/bilibili.html id='BV1' %}\n{% include embed/twitch.html id='16' %}",
    text: '[▶ Bilibili: BV1](https://www.bilibili.com/video/BV1){: .embed-link }\n[▶ Twitch: 16](https://www.twitch.tv/videos/16){: .embed-link }',
  },
  {
    name: 'multi-line video include: link to the file (media_subpath applied), lines kept',
    input: "{%\n  include embed/video.html\n  src='v.mp4'\n  title='Demo video'\n%}\nafter",
    text: '[▶ Demo video](/media/v.mp4){: .embed-link }\n\n\n\n\nafter',
  },
  {
    name: 'audio include without title uses the file name',
    input: "{% include embed/audio.html src='/a/b.mp3' %}",
    text: '[♪ b.mp3](/a/b.mp3){: .embed-link }',
  },
  {
    name: 'other includes dropped with a warning',
    input: 'x {% include footer.html %} y',
    text: 'x  y',
    warnings: ['1: {% include footer.html %} is dropped (xiaoji has no Jekyll includes)'],
  },
  {
    name: 'unknown plugin tag dropped',
    input: 'a\n{% youtube abc %}',
    text: 'a\n',
    warnings: ['2: {% youtube %} is not a tag xiaoji knows, so it is dropped'],
  },
  {
    name: 'gist becomes a link',
    input: '{% gist user/abc %}',
    text: '[Gist user/abc](https://gist.github.com/user/abc)',
  },
  {
    name: 'unknown output dropped',
    input: 'title: {{ page.title }}!',
    text: 'title: !',
    warnings: [
      '1: {{ page.title }} is dropped (xiaoji does not run Liquid; wrap it in {% raw %} to show it)',
    ],
  },
  {
    name: 'highlight block becomes a fence',
    input: '{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}',
    text: '```ruby\nputs 1\n```',
  },
  {
    name: 'highlight fence longer than backticks inside',
    input: '{% highlight md %}\n```js\n```\n{% endhighlight %}',
    text: '````md\n```js\n```\n````',
  },
  {
    name: 'a tag inside fenced code is kept as written, with a warning',
    input: '```\n{% post_url 2020-01-01-a %}\n```',
    text: '```\n{% post_url 2020-01-01-a %}\n```',
    warnings: [
      '2: {% post_url 2020-01-01-a %} in code is kept as written; the Chirpy site ran Liquid over code, so its copy of this code showed the tag run or dropped',
    ],
  },
  {
    name: 'GitHub Actions expression in a fenced block',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions' own ${{ }} syntax, not a template
    input: '```yaml\nenv:\n  TOKEN: ${{ secrets.TOKEN }}\n```\n\n外面 {{ page.x }} 去掉',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions' own ${{ }} syntax, not a template
    text: '```yaml\nenv:\n  TOKEN: ${{ secrets.TOKEN }}\n```\n\n外面  去掉',
    warnings: [
      '3: {{ secrets.TOKEN }} in code is kept as written; the Chirpy site ran Liquid over code, so its copy of this code showed something else (usually nothing) here',
      '6: {{ page.x }} is dropped (xiaoji does not run Liquid; wrap it in {% raw %} to show it)',
    ],
  },
  {
    name: 'prompt template in indented code and a code span',
    input:
      '示例：\n\n    问题：{{ question }}\n    {% if ctx %}上下文{% endif %}\n\n行内 `{{ answer }}` 保留',
    text: '示例：\n\n    问题：{{ question }}\n    {% if ctx %}上下文{% endif %}\n\n行内 `{{ answer }}` 保留',
  },
  {
    name: 'a raw pair inside code goes, as on Chirpy, without a warning',
    input: '```liquid\n{% raw %}\n{{ page.title }}\n{% endraw %}\n```\n行内 `{% raw %}{{ x }}{% endraw %}`',
    text: '```liquid\n\n{{ page.title }}\n\n```\n行内 `{{ x }}`',
    warnings: [],
  },
  {
    name: 'a lone raw tag in a code span is kept',
    input: '用 `{% raw %}` 和 `{% endraw %}` 包住',
    text: '用 `{% raw %}` 和 `{% endraw %}` 包住',
  },
  {
    name: 'raw around a fenced block still works',
    input: '{% raw %}\n```\n{{ a }}\n```\n{% endraw %}',
    text: '\n```\n{{ a }}\n```\n',
    warnings: [],
  },
  {
    name: 'a fence inside a list item is code too',
    input: '- 步骤\n\n  ```sh\n  echo {{ name }}\n  ```',
    text: '- 步骤\n\n  ```sh\n  echo {{ name }}\n  ```',
  },
  {
    name: 'unclosed tag left as text with a warning',
    input: 'a {% post_url x',
    text: 'a {% post_url x',
    warnings: ['1: {% is never closed, so it is shown as text (Jekyll would stop here)'],
  },
];

test('renderLiquid: Jekyll tags before markdown, line-preserving', () => {
  for (const row of rows) {
    const { text, problems } = renderLiquid(row.input, { file: 'f.md', bodyLine: 1, mediaSubpath: '/media' });
    assert.equal(text, row.text, row.name);
    assert.equal(text.split('\n').length, row.input.split('\n').length, `${row.name}: line count`);
    if (row.warnings)
      assert.deepEqual(
        problems.map((p) => `${p.line}: ${p.message}`),
        row.warnings,
        row.name,
      );
    for (const p of problems) assert.equal(p.severity, 'warning', row.name);
  }
});

test('renderLiquid: problem lines count from the body line in the file', () => {
  const { problems } = renderLiquid('a\n\nb {% include x.html %}', {
    file: 'content/posts/x.md',
    bodyLine: 7,
  });
  assert.deepEqual(problems, [
    {
      file: 'content/posts/x.md',
      line: 9,
      field: 'liquid',
      message: '{% include x.html %} is dropped (xiaoji has no Jekyll includes)',
      severity: 'warning',
    },
  ]);
});
