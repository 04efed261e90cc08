import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildZhHeadScript } from './head-script';
import { pickDefaultVariant, readStoredVariant, ZH_STORAGE_KEY } from './variants';

const LANGUAGE_ROWS: [string[], string][] = [
  [[], 'cn'],
  [['en-US', 'en'], 'cn'],
  [['zh-CN', 'zh'], 'cn'],
  [['zh'], 'cn'],
  [['zh-SG'], 'cn'],
  [['zh-Hans-CN'], 'cn'],
  [['zh-TW', 'zh'], 'tw'],
  [['zh-tw'], 'tw'],
  [['zh-Hant'], 'tw'],
  [['zh-Hant-TW'], 'tw'],
  [['zh-HK'], 'hk'],
  [['zh-Hant-HK'], 'hk'],
  [['zh-MO'], 'hk'],
  [['en-GB', 'zh-HK', 'zh-CN'], 'hk'],
  [['ja', 'zh-TW'], 'tw'],
  [['zh-CN', 'zh-TW'], 'cn'],
  [['zhx-abc'], 'cn'],
];

test('the default variant follows the first Chinese entry of navigator.languages', () => {
  for (const [languages, expected] of LANGUAGE_ROWS)
    assert.equal(pickDefaultVariant(languages), expected, languages.join(','));
});

test('a stored choice is one of ours or ignored', () => {
  assert.equal(readStoredVariant('tw'), 'tw');
  assert.equal(readStoredVariant('cn'), 'cn');
  assert.equal(readStoredVariant('zh-TW'), null);
  assert.equal(readStoredVariant(null), null);
});

interface FakePage {
  lang: string;
  zh: string | null;
  scripts: string[];
  hidden: boolean;
}

/** Runs the inline script against a minimal document: what it marks, hides and loads. */
function runHeadScript(languages: string[], stored: string | null, folder = '/vendor/zh/'): FakePage {
  const page: FakePage = { lang: 'zh-CN', zh: null, scripts: [], hidden: false };
  const attributes = new Map<string, string>();
  const documentElement = {
    get lang() {
      return page.lang;
    },
    set lang(value: string) {
      page.lang = value;
    },
    setAttribute: (name: string, value: string) => {
      attributes.set(name, value);
      if (name === 'data-zh') page.zh = value;
    },
    getAttribute: (name: string) => attributes.get(name) ?? null,
  };
  const head = {
    appendChild: (node: { src?: string; id?: string }) => {
      if (node.src) page.scripts.push(node.src);
      if (node.id === 'zh-wait') page.hidden = true;
    },
  };
  const document = {
    documentElement,
    head,
    createElement: () => ({ setAttribute() {}, remove() {} }),
    querySelectorAll: () => [],
    addEventListener() {},
  };
  const localStorage = { getItem: (key: string) => (key === ZH_STORAGE_KEY ? stored : null) };
  const window = {};
  const setTimeout = () => 0;
  new Function('document', 'navigator', 'localStorage', 'window', 'setTimeout', buildZhHeadScript(folder))(
    document,
    { languages },
    localStorage,
    window,
    setTimeout,
  );
  return page;
}

test('the head script picks the same default as pickDefaultVariant', () => {
  for (const [languages, expected] of LANGUAGE_ROWS)
    assert.equal(runHeadScript(languages, null).zh, expected, languages.join(','));
});

test('the head script: marks, hides and loads only for a traditional variant', () => {
  const rows: [string, string[], string | null, Partial<FakePage>][] = [
    ['simplified reader', ['zh-CN'], null, { zh: 'cn', lang: 'zh-CN', scripts: [], hidden: false }],
    [
      'Taiwan reader',
      ['zh-TW'],
      null,
      { zh: 'tw', lang: 'zh-Hant-TW', scripts: ['/vendor/zh/tw.js', '/vendor/zh/zh.js'], hidden: true },
    ],
    [
      'Hong Kong reader',
      ['zh-HK'],
      null,
      { zh: 'hk', lang: 'zh-Hant-HK', scripts: ['/vendor/zh/hk.js', '/vendor/zh/zh.js'], hidden: true },
    ],
    ['Taiwan reader who chose 简', ['zh-TW'], 'cn', { zh: 'cn', lang: 'zh-CN', scripts: [], hidden: false }],
    ['simplified reader who chose 香港', ['zh-CN'], 'hk', { zh: 'hk', lang: 'zh-Hant-HK', hidden: true }],
    ['a stored value not ours', ['zh-TW'], 'big5', { zh: 'tw' }],
  ];
  for (const [name, languages, stored, expected] of rows) {
    const page = runHeadScript(languages, stored);
    for (const [key, value] of Object.entries(expected))
      assert.deepEqual(page[key as keyof FakePage], value, `${name}: ${key}`);
  }
});

test('the tables load from under the base path of a static export', () => {
  assert.deepEqual(runHeadScript(['zh-TW'], null, '/blog/vendor/zh/').scripts, [
    '/blog/vendor/zh/tw.js',
    '/blog/vendor/zh/zh.js',
  ]);
});

test("the tables load from the build's version folder (cached for good)", () => {
  assert.deepEqual(runHeadScript(['zh-HK'], null, '/vendor/zh/0123456789/').scripts, [
    '/vendor/zh/0123456789/hk.js',
    '/vendor/zh/0123456789/zh.js',
  ]);
});

test("the head script has none of the characters React's payload escapes, so its copy there matches", () => {
  for (const folder of ['/vendor/zh/', '/blog/vendor/zh/'])
    assert.doesNotMatch(buildZhHeadScript(folder), /["\\<>&]/);
});
