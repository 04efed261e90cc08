import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildShareLinks,
  DEFAULT_SHARE,
  fillShareTemplate,
  readShareSetting,
  type ShareSetting,
} from './share';

const POST = { url: 'https://blog.example/posts/知乎小记/', title: '俺的第一篇知乎小记 & “引号”' };
const URL_E = encodeURIComponent('https://blog.example/posts/知乎小记/');
const TITLE_E =
  '%E4%BF%BA%E7%9A%84%E7%AC%AC%E4%B8%80%E7%AF%87%E7%9F%A5%E4%B9%8E%E5%B0%8F%E8%AE%B0%20%26%20%E2%80%9C%E5%BC%95%E5%8F%B7%E2%80%9D';

test('fillShareTemplate: URL and title percent-encoded, every occurrence', () => {
  const rows: [string, string][] = [
    ['https://a.example/?u={url}&t={title}', `https://a.example/?u=${URL_E}&t=${TITLE_E}`],
    ['https://a.example/{url}/{url}', `https://a.example/${URL_E}/${URL_E}`],
    ['mailto:?body={url}', `mailto:?body=${URL_E}`],
    ['https://a.example/', 'https://a.example/'],
  ];
  for (const [template, expected] of rows)
    assert.equal(fillShareTemplate(template, POST), expected, template);
  assert.equal(decodeURIComponent(TITLE_E), POST.title);
});

test('buildShareLinks: the default list, labelled per locale', () => {
  assert.deepEqual(buildShareLinks(DEFAULT_SHARE, POST, 'zh-CN'), [
    { kind: 'copy', label: '复制链接', href: POST.url },
    {
      kind: 'weibo',
      label: '微博',
      href: `https://service.weibo.com/share/share.php?url=${URL_E}&title=${TITLE_E}`,
    },
    { kind: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${TITLE_E}&url=${URL_E}` },
    { kind: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${URL_E}&text=${TITLE_E}` },
    { kind: 'email', label: '邮件', href: `mailto:?subject=${TITLE_E}&body=${URL_E}` },
  ]);
  const en = buildShareLinks(
    [
      'weibo',
      'email',
      { name: 'Hacker News', url: 'https://news.ycombinator.com/submitlink?u={url}&t={title}' },
    ],
    POST,
    'en',
  );
  assert.deepEqual(
    en.map((l) => [l.kind, l.label]),
    [
      ['weibo', 'Weibo'],
      ['email', 'Email'],
      ['custom', 'Hacker News'],
    ],
  );
  assert.equal(en[2]?.href, `https://news.ycombinator.com/submitlink?u=${URL_E}&t=${TITLE_E}`);
  assert.deepEqual(buildShareLinks([], POST, 'en'), []);
});

test('readShareSetting: known names and templates kept in order, wrong items named and dropped', () => {
  const rows: [unknown, ShareSetting[], string[]][] = [
    [undefined, DEFAULT_SHARE, []],
    [[], [], []],
    [['x', 'copy', 'x'], ['x', 'copy'], []],
    [
      [{ name: ' Reddit ', url: 'https://www.reddit.com/submit?url={url}&title={title}' }],
      [{ name: 'Reddit', url: 'https://www.reddit.com/submit?url={url}&title={title}' }],
      [],
    ],
    [['twitter', 'email'], ['email'], ['share[0]']],
    [[{ name: '无链接', url: 'https://a.example/share' }], [], ['share[0]']],
    [[{ name: '脚本', url: 'javascript:alert({url})' }], [], ['share[0]']],
    [[{ url: 'https://a.example/?u={url}' }], [], ['share[0]']],
    ['copy', DEFAULT_SHARE, ['share']],
  ];
  for (const [input, expected, fields] of rows) {
    const problems: string[] = [];
    assert.deepEqual(
      readShareSetting(input, (field) => problems.push(field)),
      expected,
      JSON.stringify(input),
    );
    assert.deepEqual(problems, fields, JSON.stringify(input));
  }
});
