import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkNotes } from '../check-content';
import { parseFrontMatter } from '../front-matter';
import { buildNoteRecord } from '../note-record';
import { defaultsFor } from './front-matter-defaults';
import { DEFAULT_SETTINGS, readSiteSettings, SettingsError } from './site-settings';
import { classifySocialLink, socialLinks } from './social';

test('the checked-in site.settings.json is valid', () => {
  const file = path.join(__dirname, '../../site.settings.json');
  assert.doesNotThrow(() => readSiteSettings(JSON.parse(readFileSync(file, 'utf8'))));
});

test('readSiteSettings: missing fields take defaults, values are trimmed', () => {
  assert.deepEqual(readSiteSettings({}), DEFAULT_SETTINGS);
  const s = readSiteSettings({
    title: ' 我的博客 ',
    url: 'https://example.com/',
    timezone: 'Europe/Berlin',
    lang: 'en',
    avatar: '/assets/img/a.png',
    social: ['https://github.com/xiaoji'],
    comments: { provider: 'giscus', repo: 'a/b', repoId: 'R_1', category: '公告', categoryId: 'DIC_1' },
    analytics: { provider: 'umami', id: 'abc-123', domain: 'stats.example.com' },
    frontMatterDefaults: [{ path: 'posts/', type: 'posts', values: { math: true } }],
    math: { macros: { '\\RR': '\\mathbb{R}', e: '\\mathrm{e}', '\\norm': '\\lVert #1 \\rVert' } },
  });
  assert.equal(s.title, '我的博客');
  assert.equal(s.url, 'https://example.com');
  assert.equal(s.lang, 'en');
  assert.deepEqual(s.analytics, { provider: 'umami', id: 'abc-123', domain: 'https://stats.example.com' });
  assert.deepEqual(s.frontMatterDefaults, [{ path: 'posts', type: 'posts', values: { math: true } }]);
  // A name without its backslash gets one, as MathJax's `macros` are written.
  assert.deepEqual(s.math.macros, {
    '\\RR': '\\mathbb{R}',
    '\\e': '\\mathrm{e}',
    '\\norm': '\\lVert #1 \\rVert',
  });
});

const BAD: [string, unknown, RegExp][] = [
  ['not an object', [], /expected a JSON object/],
  ['unknown key', { titel: 'x' }, /"titel": unknown setting/],
  ['title not text', { title: 3 }, /"title": expected a string, got 3/],
  ['bad zone', { timezone: 'Mars/Base' }, /"timezone": expected an IANA time zone/],
  ['bad lang', { lang: 'fr' }, /"lang": expected "zh-CN" or "en", got "fr"/],
  ['relative url', { url: 'example.com' }, /"url": expected an absolute http\(s\) URL/],
  ['avatar javascript:', { avatar: 'javascript:alert(1)' }, /"avatar": expected a site path/],
  ['social not https', { social: ['ftp://x'] }, /"social\[0\]": expected an absolute https URL/],
  ['comments provider', { comments: { provider: 'disqus' } }, /"comments.provider": expected "giscus"/],
  [
    'giscus repo',
    { comments: { provider: 'giscus', repo: 'nope', repoId: 'R', category: 'c', categoryId: 'D' } },
    /"comments.repo": expected a GitHub repository/,
  ],
  [
    'analytics provider',
    { analytics: { provider: 'plausible', id: 'x' } },
    /"analytics.provider": expected one of/,
  ],
  ['analytics id', { analytics: { provider: 'goatcounter', id: 'a b' } }, /"analytics.id"/],
  ['umami without domain', { analytics: { provider: 'umami', id: 'x' } }, /"analytics.domain"/],
  [
    'defaults path',
    { frontMatterDefaults: [{ path: '../x', values: {} }] },
    /"frontMatterDefaults\[0\].path"/,
  ],
  [
    'defaults type',
    { frontMatterDefaults: [{ path: '', type: 'tabs', values: {} }] },
    /"frontMatterDefaults\[0\].type"/,
  ],
  ['math not a map', { math: ['\\RR'] }, /"math": expected \{ "macros"/],
  ['math unknown key', { math: { macro: {} } }, /"math.macro": expected only "macros" in math/],
  ['macros not a map', { math: { macros: 'RR' } }, /"math.macros": expected a map of TeX macro name/],
  [
    'macro name',
    { math: { macros: { 'R R': '\\mathbb{R}' } } },
    /"math.macros\["R R"\]": expected a TeX macro name/,
  ],
  [
    'macro definition',
    { math: { macros: { RR: ['\\mathbb{R}', 0] } } },
    /"math.macros\["RR"\]": expected the TeX definition as a string/,
  ],
  [
    'codeFoldLines negative',
    { codeFoldLines: -1 },
    /"codeFoldLines": expected a whole number of lines, 0 or more/,
  ],
  ['codeFoldLines fraction', { codeFoldLines: 2.5 }, /"codeFoldLines": expected a whole number/],
  ['codeFoldLines text', { codeFoldLines: '30' }, /"codeFoldLines": expected a whole number/],
];

test('codeFoldLines: 30 by default, 0 turns folding off', () => {
  assert.equal(readSiteSettings({}).codeFoldLines, 30);
  assert.equal(readSiteSettings({ codeFoldLines: 0 }).codeFoldLines, 0);
  assert.equal(readSiteSettings({ codeFoldLines: 50 }).codeFoldLines, 50);
});

for (const [name, input, message] of BAD) {
  test(`readSiteSettings refuses ${name}, naming the file and the field`, () => {
    assert.throws(
      () => readSiteSettings(input),
      (error: unknown) =>
        error instanceof SettingsError &&
        /site\.settings\.json/.test(error.message) &&
        message.test(error.message),
    );
  });
}

test('defaultsFor: by path prefix and type, the more specific scope winning', () => {
  const defaults = [
    { path: '', values: { toc: true, comments: true } },
    { path: '', type: 'posts' as const, values: { math: true } },
    { path: 'posts/_drafts', values: { comments: false } },
    { path: '', type: 'pages' as const, values: { toc: false } },
  ];
  const rows: [string, Record<string, unknown>][] = [
    ['posts/2024-01-01-a.md', { toc: true, comments: true, math: true }],
    ['posts/_drafts/b.md', { toc: true, comments: false, math: true }],
    ['posts/_draftsx/c.md', { toc: true, comments: true, math: true }],
    ['pages/about.md', { toc: false, comments: true }],
  ];
  for (const [file, expected] of rows) assert.deepEqual(defaultsFor(file, defaults), expected, file);
  assert.deepEqual(defaultsFor('posts/a.md', []), {});
});

test('front-matter defaults fill absent keys only: the note wins', () => {
  const text = '---\ntitle: 公式\ndate: 2024-01-01 10:00:00 +0800\ntoc: false\n---\n$$a$$\n';
  const options = { timeZone: 'Asia/Shanghai', defaults: { math: true, toc: true, layout: 'post' } };
  const { meta, problems } = parseFrontMatter(text, 'content/posts/a.md', options);
  assert.equal(meta?.math, true);
  assert.equal(meta?.toc, false);
  assert.deepEqual(problems, []);
  const without = parseFrontMatter(text, 'content/posts/a.md', { timeZone: 'Asia/Shanghai' });
  assert.notEqual(without.meta?.math, true);
});

test('social links: known sites by host, mastodon by path, email first', () => {
  const rows: [string, string, string][] = [
    ['https://github.com/xiaoji', 'github', 'GitHub'],
    ['https://x.com/xiaoji', 'twitter', 'X (Twitter)'],
    ['https://twitter.com/xiaoji', 'twitter', 'X (Twitter)'],
    ['https://weibo.com/u/1', 'weibo', '微博'],
    ['https://www.zhihu.com/people/xiaoji', 'zhihu', '知乎'],
    ['https://space.bilibili.com/1', 'bilibili', '哔哩哔哩'],
    ['https://mastodon.social/@xiaoji', 'mastodon', 'Mastodon'],
    ['https://blog.example.org/', 'link', 'blog.example.org'],
  ];
  for (const [href, kind, label] of rows) assert.deepEqual(classifySocialLink(href), { kind, href, label });
  // An English interface names the Chinese sites as English speakers know them.
  const english: [string, string][] = [
    ['https://weibo.com/u/1', 'Weibo'],
    ['https://www.zhihu.com/people/xiaoji', 'Zhihu'],
    ['https://space.bilibili.com/1', 'Bilibili'],
    ['https://www.douban.com/people/1', 'Douban'],
    ['https://github.com/xiaoji', 'GitHub'],
    ['https://blog.example.org/', 'blog.example.org'],
  ];
  for (const [href, label] of english) assert.equal(classifySocialLink(href, 'en').label, label, href);
  assert.equal(socialLinks(['https://weibo.com/u/1'], '', 'en')[0]?.label, 'Weibo');
  assert.equal(socialLinks(['https://github.com/a'], 'a@b.cn')[0]?.href, 'mailto:a@b.cn');
});

test('note records (dev and build alike) get the defaults scoping them', () => {
  const text = '---\ntitle: 公式\ndate: 2024-01-01 10:00:00 +0800\n---\n$$a$$\n';
  const options = {
    contentDir: 'content',
    timeZone: 'Asia/Shanghai',
    tocMaxDepth: 3,
    defaults: [{ path: '', type: 'posts' as const, values: { math: true, comments: false } }],
  };
  const post = buildNoteRecord('posts/2024-01-01-a.md', text, options);
  assert.equal(post.meta?.math, true);
  assert.equal(post.meta?.comments, false);
  const page = buildNoteRecord('pages/about.md', text, { ...options, requireDate: false });
  assert.notEqual(page.meta?.math, true);
});

test('the content check reads notes with their defaults too, so it agrees with the build', () => {
  // `toc: "maybe"` from a default is reported like the same key in the note itself.
  const files = [
    {
      path: 'content/posts/2024-01-01-a.md',
      bytes: Buffer.from('---\ntitle: 甲\ndate: 2024-01-01\n---\n正文\n'),
    },
  ];
  const defaults = [{ path: 'posts', values: { toc: 'maybe' } }];
  const without = checkNotes(files, { timeZone: 'Asia/Shanghai' });
  const withDefaults = checkNotes(files, { timeZone: 'Asia/Shanghai', defaults, contentDir: 'content' });
  assert.deepEqual(without, []);
  assert.deepEqual(
    withDefaults.map((p) => p.field),
    ['toc'],
  );
});
