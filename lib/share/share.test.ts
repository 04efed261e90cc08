import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildShareLinks,
  DEFAULT_SHARE,
  encodeQueryValue,
  fillShareTemplate,
  readShareSetting,
  type ShareSetting,
} from './share';

const POST = { url: 'https://blog.example/posts/知乎小记/', title: '俺的第一篇知乎小记 & “引号”' };
const URL_E = 'https%3A%2F%2Fblog.example%2Fposts%2F知乎小记%2F';
const TITLE_E = '俺的第一篇知乎小记%20%26%20“引号”';

test('encodeQueryValue: ASCII encoded, Chinese text kept, invisible characters encoded', () => {
  const rows: [string, string][] = [
    ['知乎', '知乎'],
    ['a b&c=d#e+f?g/h%', 'a%20b%26c%3Dd%23e%2Bf%3Fg%2Fh%25'],
    ['全角　空格', '全角%E3%80%80空格'],
    ['标点，。！“”《》', '标点，。！“”《》'],
    ['零宽\u200b字符', '零宽%E2%80%8B字符'],
    ['Ünïcödé ✓ 😀', 'Ünïcödé%20✓%20😀'],
    ['', ''],
  ];
  for (const [input, expected] of rows) {
    assert.equal(encodeQueryValue(input), expected, input);
    // What the browser reads back from the link is the text itself.
    assert.equal(new URL(`https://a.example/?q=${expected}`).searchParams.get('q'), input, input);
  }
});

test('fillShareTemplate: URL and title percent-encoded, every occurrence', () => {
  const rows: [string, string][] = [
    ['https://a.example/?u={url}&t={title}', `https://a.example/?u=${URL_E}&t=${TITLE_E}`],
    ['https://a.example/{url}/{url}', `https://a.example/${URL_E}/${URL_E}`],
    ['mailto:?body={url}', `mailto:?body=${URL_E}`],
    ['https://a.example/', 'https://a.example/'],
  ];
  for (const [template, expected] of rows)
    assert.equal(fillShareTemplate(template, POST), expected, template);
  assert.equal(new URL(`https://a.example/?t=${TITLE_E}`).searchParams.get('t'), POST.title);
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
