import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderFeedHtml } from './feed-html';
import { resolveNoteLink } from './links';

const rows: { href: string; page?: string; origin?: string; expected: string }[] = [
  // Chirpy's own demo: a sibling note written the Jekyll way.
  { href: '../text-and-typography/', expected: '/posts/text-and-typography/' },
  { href: '../text-and-typography/#headings', expected: '/posts/text-and-typography/#headings' },
  { href: '../Attention-Is-All-You-Need/', expected: '/posts/Attention-Is-All-You-Need/' },
  { href: '../python-numpy.ndarray/', expected: '/posts/python-numpy.ndarray/' },
  { href: './images/a.png', expected: '/posts/write-a-new-post/images/a.png' },
  { href: 'other', expected: '/posts/write-a-new-post/other' },
  { href: '../../tags/写作/', expected: '/tags/写作/' },
  { href: '/tags/blog/?x=1', expected: '/tags/blog/?x=1' },
  { href: '/', expected: '/' },
  // Left alone.
  { href: '/posts/text-and-typography/', expected: '/posts/text-and-typography/' },
  { href: '/posts/text-and-typography', expected: '/posts/text-and-typography' },
  { href: '#section', expected: '#section' },
  { href: 'https://example.com/a/', expected: 'https://example.com/a/' },
  { href: '//cdn.example.com/x/', expected: '//cdn.example.com/x/' },
  { href: 'mailto:a@example.com', expected: 'mailto:a@example.com' },
  { href: '', expected: '' },
  // An about page: Jekyll serves it at /about/.
  { href: '../posts/hello/', page: '/about/', expected: '/posts/hello/' },
  // Feeds: every site link absolute.
  { href: '/posts/hello/', origin: 'https://blog.example', expected: 'https://blog.example/posts/hello/' },
  { href: '../hello/', origin: 'https://blog.example/', expected: 'https://blog.example/posts/hello/' },
  { href: 'https://example.com/', origin: 'https://blog.example', expected: 'https://example.com/' },
];

test('resolveNoteLink: relative links resolve as Jekyll resolves them, trailing slashes kept', () => {
  for (const row of rows) {
    assert.equal(
      resolveNoteLink(row.href, row.page ?? '/posts/write-a-new-post/', row.origin),
      row.expected,
      `${row.href} from ${row.page ?? '/posts/write-a-new-post/'}`,
    );
  }
});

test('the feed resolves each note against its own URL with one processor', () => {
  const md = 'See [the other note](../other-note/) and [home](/).';
  const a = renderFeedHtml(md, 'md', { origin: 'https://blog.example', pageUrl: '/posts/a/' });
  assert.match(a, /href="https:\/\/blog\.example\/posts\/other-note\/"/);
  assert.match(a, /href="https:\/\/blog\.example\/"/);
  const about = renderFeedHtml(md, 'md', { origin: 'https://blog.example', pageUrl: '/about/' });
  assert.match(about, /href="https:\/\/blog\.example\/other-note\/"/);
});

test('a video/audio embed of a missing site file is text; present files and other links stay links', async () => {
  const { unified } = await import('unified');
  const { default: rehypeParse } = await import('rehype-parse');
  const { default: rehypeStringify } = await import('rehype-stringify');
  const { rehypeLinks } = await import('./links');
  const html = String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeLinks, {
        pageUrl: '/posts/a',
        assetExists: (p: string) => p === '/media/here.mp4',
        missingLabel: '（文件缺失）',
      })
      .use(rehypeStringify)
      .process(
        '<a class="embed-link" href="/media/gone.mp3?t=1">♪ 音频</a><a class="embed-link" href="/media/here.mp4">▶ 视频</a><a href="/media/gone.mp3">plain</a><a class="embed-link" href="https://youtu.be/x">▶ y</a>',
      ),
  );
  assert.equal(
    html,
    '<span class="embed-link embed-missing" title="/media/gone.mp3?t=1">♪ 音频（文件缺失）</span><a class="embed-link" href="/media/here.mp4">▶ 视频</a><a href="/media/gone.mp3">plain</a><a class="embed-link" href="https://youtu.be/x">▶ y</a>',
  );
});
