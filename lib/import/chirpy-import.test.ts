import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { readSiteSettings } from '../settings/site-settings';
import { mapChirpyConfig, parseChirpyConfig } from './chirpy-config';
import { importChirpySite } from './chirpy-import';

const REPO = path.join(__dirname, '../..');
const SITE = path.join(REPO, 'e2e/fixtures/chirpy-site');
const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh xiaoji folder holding only the checked-in settings file. */
function freshTarget(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoji-import-'));
  temps.push(dir);
  cpSync(path.join(REPO, 'site.settings.json'), path.join(dir, 'site.settings.json'));
  return dir;
}

test('the fixture site: notes, drafts, about, assets and settings', () => {
  const target = freshTarget();
  const report = importChirpySite({ source: SITE, target });
  for (const file of [
    'content/posts/2024-03-01-Attention-Is-All-You-Need.md',
    'content/posts/2024-03-10-my first post.md',
    'content/posts/2024-03-15-线性代数笔记.md',
    'content/posts/2024-03-20-markdown-file.md',
    'content/posts/_drafts/未完成的草稿.md',
    'content/pages/about.md',
    'public/assets/img/posts/attention.png',
  ])
    assert.ok(report.written.includes(file), file);
  // Copied byte for byte.
  assert.deepEqual(
    readFileSync(path.join(target, 'public/assets/img/avatar.png')),
    readFileSync(path.join(SITE, 'assets/img/avatar.png')),
  );
  const draft = readFileSync(path.join(target, 'content/posts/_drafts/未完成的草稿.md'), 'utf8');
  assert.match(draft, /^draft: true$/m);
  assert.match(draft, /^date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/m);
  assert.match(readFileSync(path.join(target, 'content/pages/about.md'), 'utf8'), /^title: 关于$/m);
  const settings = readSiteSettings(
    JSON.parse(readFileSync(path.join(target, 'site.settings.json'), 'utf8')),
  );
  assert.equal(settings.title, '小林的读书笔记');
  assert.equal(settings.tagline, '读论文，记公式，写代码');
  assert.equal(settings.author, '小林');
  assert.deepEqual(settings.analytics, { provider: 'goatcounter', id: 'xiaolin' });
  assert.equal(settings.comments?.repo, 'xiaolin-notes/blog-comments');
  assert.equal(settings.comments?.reactionsEnabled, false);
  assert.ok(settings.social.includes('https://twitter.com/xiaolin_notes'));
  assert.deepEqual(settings.frontMatterDefaults[0], {
    path: '',
    type: 'posts',
    values: { comments: true, toc: true, math: true },
  });
  // The blog's MathJax macros (its copy of Chirpy's assets/js/data/mathjax.js) become site macros.
  assert.deepEqual(settings.math.macros, {
    '\\RR': '\\mathbb{R}',
    '\\e': '\\mathrm{e}',
    '\\inner': '\\left\\langle #1, #2 \\right\\rangle',
  });
  assert.ok(report.settings.includes('math'));
  assert.deepEqual(report.macros, [
    '\\RR: \\mathbb{R} (assets/js/data/mathjax.js)',
    '\\e: \\mathrm{e} (assets/js/data/mathjax.js)',
    '\\inner: \\left\\langle #1, #2 \\right\\rangle (assets/js/data/mathjax.js)',
  ]);
  // Chirpy's Liquid data files are read, not served.
  assert.ok(!existsSync(path.join(target, 'public/assets/js/data/mathjax.js')));
  const unsupported = report.unsupported.join('\n');
  assert.doesNotMatch(unsupported, /MathJax/);
  assert.match(unsupported, /_includes\/: include overrides/);
  assert.match(unsupported, /_data\//);
  assert.match(unsupported, /pwa/);
  const differences = report.differences.join('\n');
  assert.deepEqual(report.renamed, [
    '2024-03-20-markdown-file.markdown -> content/posts/2024-03-20-markdown-file.md',
  ]);
  assert.match(differences, /markdown-file\.md:12: \{% include 广告\.html %\} is dropped/);
  assert.match(differences, /redirect-post\.md:11: \$\$ math without math: true/);
  // The default math: true covers the post that does not say it.
  assert.doesNotMatch(differences, /线性代数/);
});

test('running it twice changes nothing', () => {
  const target = freshTarget();
  importChirpySite({ source: SITE, target });
  const settingsBefore = readFileSync(path.join(target, 'site.settings.json'), 'utf8');
  const second = importChirpySite({ source: SITE, target });
  assert.deepEqual(second.written, []);
  assert.deepEqual(second.settings, []);
  assert.deepEqual(second.kept, []);
  assert.ok(second.unchanged.length > 10);
  assert.equal(readFileSync(path.join(target, 'site.settings.json'), 'utf8'), settingsBefore);
});

test("the writer's edits are kept and reported, unless --force", () => {
  const target = freshTarget();
  importChirpySite({ source: SITE, target });
  const note = path.join(target, 'content/posts/2024-03-10-my first post.md');
  writeFileSync(note, '---\ntitle: 我改过的标题\ndate: 2024-03-10\n---\n正文\n');
  const settingsFile = path.join(target, 'site.settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  settings.tagline = '我自己写的副标题';
  writeFileSync(settingsFile, JSON.stringify(settings));
  const again = importChirpySite({ source: SITE, target });
  assert.match(readFileSync(note, 'utf8'), /我改过的标题/);
  assert.equal(JSON.parse(readFileSync(settingsFile, 'utf8')).tagline, '我自己写的副标题');
  assert.deepEqual(again.kept, [
    'site.settings.json: tagline: changed since the last import (kept; --force overwrites it)',
    'content/posts/2024-03-10-my first post.md: changed since the last import (kept; --force overwrites it)',
  ]);
  const forced = importChirpySite({ source: SITE, target, force: true });
  assert.deepEqual(forced.kept, []);
  assert.match(readFileSync(note, 'utf8'), /我的第一篇博客/);
  assert.equal(JSON.parse(readFileSync(settingsFile, 'utf8')).tagline, '读论文，记公式，写代码');
});

test('a file or setting that was there before the first import is not overwritten', () => {
  const target = freshTarget();
  const settingsFile = path.join(target, 'site.settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  settings.title = '已经改过的站名';
  writeFileSync(settingsFile, JSON.stringify(settings));
  cpSync(path.join(SITE, '_config.yml'), path.join(target, 'content/pages/about.md'));
  const report = importChirpySite({ source: SITE, target });
  assert.ok(
    report.kept.includes(
      'site.settings.json: title: set by you before the import (kept; --force overwrites it)',
    ),
  );
  assert.ok(
    report.kept.includes('content/pages/about.md: was there before the import (kept; --force overwrites it)'),
  );
  // Values still at the checked-in defaults are the import's to replace.
  assert.ok(report.settings.includes('tagline'));
});

test('notes already in the content folder stay and are listed', () => {
  const target = freshTarget();
  const sample = path.join(target, 'content/posts/2025-11-28-zhihu-notes-1.md');
  cpSync(path.join(REPO, 'content/posts/2025-11-28-zhihu-notes-1.md'), sample);
  const report = importChirpySite({ source: SITE, target });
  assert.deepEqual(report.others, ['content/posts/2025-11-28-zhihu-notes-1.md']);
  assert.deepEqual(
    readFileSync(sample),
    readFileSync(path.join(REPO, 'content/posts/2025-11-28-zhihu-notes-1.md')),
  );
});

test('bad input: a broken _config.yml names file and line; a folder that is no site', () => {
  assert.throws(() => parseChirpyConfig('title: a\n  bad: [\n', '_config.yml'), /^Error: _config\.yml:\d+: /);
  assert.throws(
    () => importChirpySite({ source: path.join(SITE, '_posts'), target: freshTarget() }),
    /neither _config\.yml nor _posts/,
  );
});

/** A minimal Chirpy site: one post, and `files` (path -> text) where its MathJax setup may be. */
function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoji-chirpy-'));
  temps.push(dir);
  const all = { '_posts/2024-01-01-a.md': '---\ntitle: a\n---\n正文\n', ...files };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

// Where a Chirpy blog keeps its MathJax macros -> site.settings.json math.macros.
const MACRO_ROWS: [string, Record<string, string>, Record<string, string> | undefined][] = [
  ['none anywhere', { '_config.yml': 'title: a\n' }, undefined],
  [
    'an _includes override with a script',
    {
      '_includes/metadata-hook.html':
        '<script>\n  window.MathJax = { tex: { macros: { NN: "\\\\mathbb{N}", abs: ["\\\\lvert #1 \\\\rvert", 1] } } };\n</script>\n',
    },
    { '\\NN': '\\mathbb{N}', '\\abs': '\\lvert #1 \\rvert' },
  ],
  [
    '_config.yml, block style, a later definition winning over the script',
    {
      'assets/js/data/mathjax.js': "MathJax = { tex: { macros: { RR: '\\\\mathbb{R}', e: 'e' } } };\n",
      '_config.yml': "title: a\nmathjax:\n  macros:\n    e: '\\mathrm{e}'\n    vec: ['\\mathbf{#1}', 1]\n",
    },
    { '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}', '\\vec': '\\mathbf{#1}' },
  ],
  [
    'a name TeX cannot call is left out',
    { '_config.yml': "title: a\nmathjax:\n  macros:\n    'R R': '\\mathbb{R}'\n    RR: '\\mathbb{R}'\n" },
    { '\\RR': '\\mathbb{R}' },
  ],
  [
    'a script without macros, and the theme bundle, are not read',
    {
      'assets/js/data/mathjax.js': "MathJax = { tex: { tags: 'ams' } };\n",
      'assets/js/dist/theme.min.js': 'MathJax={tex:{macros:{X:"y"}}}',
    },
    undefined,
  ],
];

for (const [name, files, expected] of MACRO_ROWS) {
  test(`MathJax macros: ${name}`, () => {
    const target = freshTarget();
    const report = importChirpySite({ source: siteWith(files), target });
    const written = JSON.parse(readFileSync(path.join(target, 'site.settings.json'), 'utf8'));
    assert.deepEqual(written.math?.macros, expected);
    if (expected) assert.deepEqual(readSiteSettings(written).math.macros, expected);
    else assert.deepEqual(report.macros, []);
  });
}

// _config.yml -> settings, row by row.
const CONFIG_ROWS: [string, Record<string, unknown>, Record<string, unknown>, RegExp | null][] = [
  ['lang zh-TW is shown in zh-CN', { lang: 'zh-TW' }, { lang: 'zh-CN' }, /lang: "zh-TW"/],
  ['lang en', { lang: 'en-US' }, { lang: 'en' }, null],
  ['bad time zone', { timezone: 'Beijing' }, {}, /timezone: "Beijing" is not an IANA time zone/],
  [
    'baseurl',
    { url: 'https://a.github.io', baseurl: '/blog' },
    { url: 'https://a.github.io' },
    /baseurl: "\/blog"/,
  ],
  ['avatar without slash', { avatar: 'assets/img/a.png' }, { avatar: '/assets/img/a.png' }, null],
  ['disqus', { comments: { provider: 'disqus' } }, { comments: null }, /giscus comments only/],
  [
    'umami needs a domain',
    { analytics: { umami: { id: 'abc', domain: 'stats.example.com' } } },
    { analytics: { provider: 'umami', id: 'abc', domain: 'https://stats.example.com' } },
    null,
  ],
  [
    'two providers: the first is used',
    { analytics: { google: { id: 'G-1' }, goatcounter: { id: 'x' } } },
    { analytics: { provider: 'google', id: 'G-1' } },
    /only one provider is loaded: google/,
  ],
  [
    'defaults: drafts and tabs scopes',
    {
      defaults: [
        { scope: { path: '_drafts' }, values: { comments: false, sidebar: 'x' } },
        { scope: { path: '', type: 'tabs' }, values: { layout: 'page', toc: false } },
        { scope: { path: 'assets/js/dist' }, values: { swcache: true } },
      ],
    },
    {
      frontMatterDefaults: [
        { path: 'posts/_drafts', values: { comments: false } },
        { path: '', type: 'pages', values: { toc: false } },
      ],
    },
    /defaults\[0\]\.values: sidebar: not read by xiaoji/,
  ],
  ['an unknown key', { my_setting: 1 }, {}, /my_setting: not a setting xiaoji has/],
];

for (const [name, config, expected, note] of CONFIG_ROWS) {
  test(`_config.yml: ${name}`, () => {
    const result = mapChirpyConfig(config);
    assert.deepEqual(result.settings, expected);
    if (note) assert.match(result.notes.join('\n'), note);
    else assert.deepEqual(result.notes, []);
  });
}
