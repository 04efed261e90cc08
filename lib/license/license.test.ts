import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeLicense, type License, readLicenseSetting, resolveLicense } from './license';

const CC_BY: License = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

test('describeLicense: known ids (however spelled) get a name and a link; other text stays as written', () => {
  const rows: [string, 'zh-CN' | 'en', License | null][] = [
    ['CC-BY-4.0', 'en', CC_BY],
    ['cc by 4.0', 'en', CC_BY],
    [' CC_BY_4.0 ', 'en', CC_BY],
    ['CC-BY-4.0', 'zh-CN', { ...CC_BY, url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' }],
    [
      'CC BY-NC-SA 4.0',
      'en',
      {
        id: 'CC-BY-NC-SA-4.0',
        name: 'CC BY-NC-SA 4.0',
        url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
      },
    ],
    [
      'cc0',
      'en',
      { id: 'CC0-1.0', name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    ],
    ['mit', 'zh-CN', { id: 'MIT', name: 'MIT', url: 'https://opensource.org/license/mit' }],
    [
      'apache-2.0',
      'en',
      { id: 'Apache-2.0', name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    ],
    [
      '保留所有权利，转载请联系作者。',
      'zh-CN',
      { id: null, name: '保留所有权利，转载请联系作者。', url: null },
    ],
    ['CC BY 3.0', 'en', { id: null, name: 'CC BY 3.0', url: null }],
    ['', 'en', null],
    ['   ', 'zh-CN', null],
  ];
  for (const [text, locale, expected] of rows)
    assert.deepEqual(describeLicense(text, locale), expected, `${text} (${locale})`);
});

test("resolveLicense: the post's own, false for none, else the site's", () => {
  const rows: [string | false | null, License | null, License | null][] = [
    [null, CC_BY, CC_BY],
    [null, null, null],
    [false, CC_BY, null],
    ['CC-BY-4.0', null, CC_BY],
    ['自由转载', CC_BY, { id: null, name: '自由转载', url: null }],
    ['  ', CC_BY, CC_BY],
  ];
  for (const [own, site, expected] of rows)
    assert.deepEqual(resolveLicense(own, site, 'en'), expected, JSON.stringify(own));
});

test('readLicenseSetting: an id or text, false or "" for none, a wrong type named', () => {
  const rows: [unknown, string | false, string | null][] = [
    [undefined, 'CC-BY-4.0', null],
    ['CC-BY-SA-4.0', 'CC-BY-SA-4.0', null],
    ['  保留所有权利  ', '保留所有权利', null],
    ['', false, null],
    [false, false, null],
    [null, false, null],
    [4, 'CC-BY-4.0', 'license'],
    [['CC-BY-4.0'], 'CC-BY-4.0', 'license'],
    [true, 'CC-BY-4.0', 'license'],
  ];
  for (const [input, expected, badField] of rows) {
    const problems: string[] = [];
    const value = readLicenseSetting(input, (field, expectedText) =>
      problems.push(`${field}: ${expectedText}`),
    );
    assert.equal(value, expected, JSON.stringify(input));
    if (badField === null) assert.deepEqual(problems, [], JSON.stringify(input));
    else assert.match(problems[0] ?? '', new RegExp(`^${badField}: a licence id such as "CC-BY-4.0"`));
  }
});
