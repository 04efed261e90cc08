import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h } from 'hastscript';
import rehypeBasePath from './base-path';

test('site paths in a note body get the base path', () => {
  const cases: [ReturnType<typeof h>, Record<string, unknown>][] = [
    [h('a', { href: '/posts/x/' }), { href: '/blog/posts/x/' }],
    [h('a', { href: '/posts/x/#h' }), { href: '/blog/posts/x/#h' }],
    [h('a', { href: 'https://example.com/x' }), { href: 'https://example.com/x' }],
    [h('a', { href: '//cdn.example.com/x' }), { href: '//cdn.example.com/x' }],
    [h('a', { href: '#fn-1' }), { href: '#fn-1' }],
    [h('img', { src: '/assets/img/a.png' }), { src: '/blog/assets/img/a.png' }],
    [h('img', { srcSet: '/a.png 1x, /b.png 2x' }), { srcSet: '/blog/a.png 1x, /blog/b.png 2x' }],
    [
      h('video', { poster: '/p.jpg', src: 'https://v.example.com/v.mp4' }),
      { poster: '/blog/p.jpg', src: 'https://v.example.com/v.mp4' },
    ],
    [
      h('img', { src: '/a.png', style: 'background:url("/a-lqip.webp") center/cover no-repeat' }),
      { src: '/blog/a.png', style: 'background:url("/blog/a-lqip.webp") center/cover no-repeat' },
    ],
  ];
  for (const [element, expected] of cases) {
    const tree = { type: 'root' as const, children: [element] };
    rehypeBasePath({ basePath: '/blog' })(tree);
    for (const [key, value] of Object.entries(expected))
      assert.deepEqual(element.properties[key], value, key);
  }
});

test('no base path changes nothing', () => {
  const element = h('a', { href: '/posts/x/' });
  rehypeBasePath({ basePath: '' })({ type: 'root', children: [element] });
  assert.equal(element.properties.href, '/posts/x/');
});
