/**
 * Deterministic generator of broken notes, for the fuzz test (`scripts/fuzz.test.ts`).
 *
 *   tsx scripts/fuzz-notes.ts --out DIR [--count 240] [--seed 7] [--clean]
 *
 * writes `DIR/posts/<name>` for every note (bytes exactly as generated). `generateBrokenNotes()`
 * is the library entry point. Each note says what the checker must make of it:
 *
 *  - `error`: at least one error (the build refuses it), on `field` when given;
 *  - `warning`: at least one warning on `field`, and no error: it must still build and render;
 *  - `clean`: no error (warnings allowed): a valid but hostile note that must render safely;
 *  - `any`: a random mutation; it gets a problem or it parses, and never crashes or hangs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FuzzExpectation = 'error' | 'warning' | 'clean' | 'any';

export interface FuzzNote {
  /** File name under `posts/`, e.g. `2024-03-01-fuzz-title-list.md`. */
  name: string;
  bytes: Buffer;
  /** What kind of breakage this is, e.g. `title-list`; unique. */
  kind: string;
  expect: FuzzExpectation;
  /** The problem's field when `expect` is `error` or `warning` (e.g. `title`, `yaml`, `file`). */
  field?: string;
  /** True for notes whose body renders strings that must never execute (`clean` hostile notes). */
  hostile?: boolean;
}

/** Set by every injected script; a page where it exists has run front matter as code. */
export const XSS_MARKER = '__xiaojiFuzzXss';

/** Strings that break out of HTML, attributes, `<script>`, comments, XML and JSON if not escaped. */
export const HOSTILE_STRINGS: readonly string[] = [
  `</script><script>window.${XSS_MARKER}=1</script>`,
  `"><img src=x onerror="window.${XSS_MARKER}=2">`,
  `'><svg onload='window.${XSS_MARKER}=3'>`,
  '<!-- never closed',
  '--><!--',
  ']]><![CDATA[',
  '&amp;&lt;&#x3c;&#0;',
  `</title><script>window.${XSS_MARKER}=4</script>`,
  `\u2028\u2029</SCRIPT ><script>window.${XSS_MARKER}=5</script>`,
  `{{ site.title }}{% raw %}<style>*{display:none}</style>`,
];

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32): the same seed gives byte-identical notes on every machine.

function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** YAML double-quoted scalar: every string survives, whatever it holds. */
function q(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const BODY = [
  '## 第一节',
  '',
  '正文第一段：一些中文和 some English words.',
  '',
  '```ts',
  'const answer: number = 42;',
  '```',
  '',
  '## 第二节',
  '',
  '- 列表一',
  '- 列表二',
  '',
].join('\n');

interface NoteParts {
  fm: string[];
  body?: string;
}

function note({ fm, body = BODY }: NoteParts): string {
  return `---\n${fm.join('\n')}\n---\n\n${body}`;
}

/** A valid note's front matter lines with `title` and `date` (replace or add keys around them). */
function fields(title = '模糊测试', date = '2024-03-01 10:00:00 +0800'): string[] {
  return [`title: ${q(title)}`, `date: ${date}`, 'categories: [测试, 模糊]', 'tags: [fuzz, 测试]'];
}

function without(lines: string[], key: string): string[] {
  return lines.filter((line) => !line.startsWith(`${key}:`));
}

function replace(lines: string[], key: string, value: string): string[] {
  const kept = without(lines, key);
  return [...kept, `${key}: ${value}`];
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

interface Case {
  kind: string;
  expect: FuzzExpectation;
  field?: string;
  /** File name without the date prefix; default `fuzz-<kind>.md`. */
  file?: string;
  /** The full file name, when the case is about the name itself. */
  exactName?: string;
  bytes: () => Buffer;
  hostile?: boolean;
}

const text = (
  kind: string,
  expect: FuzzExpectation,
  field: string | undefined,
  build: () => string,
): Case => ({
  kind,
  expect,
  field,
  bytes: () => utf8(build()),
});

function nested(open: string, close: string, depth: number, inner = 'x'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

// ---------------------------------------------------------------------------------------------
// The hand-written cases: one per kind of mistake the issue lists, and the hostile values.

function handWritten(): Case[] {
  const cases: Case[] = [
    // Empty and missing pieces.
    text('empty-file', 'error', 'file', () => ''),
    text('whitespace-only', 'error', 'file', () => '  \n\n\t\n'),
    text('fence-only', 'error', 'yaml', () => '---'),
    text('fence-only-newline', 'error', 'yaml', () => '---\n'),
    text('empty-front-matter', 'error', 'title', () => '---\n---\n正文'),
    text('no-front-matter', 'error', 'file', () => '# 只有正文\n\n没有 front matter。\n'),
    text('missing-title', 'error', 'title', () => note({ fm: without(fields(), 'title') })),
    text('empty-title', 'error', 'title', () => note({ fm: replace(fields(), 'title', '') })),
    text('blank-title', 'error', 'title', () => note({ fm: replace(fields(), 'title', '"   "') })),
    text('title-list', 'error', 'title', () => note({ fm: replace(fields(), 'title', '[一, 二]') })),
    text('title-map', 'error', 'title', () => note({ fm: replace(fields(), 'title', '{ a: 1 }') })),
    text('title-number', 'clean', undefined, () => note({ fm: replace(fields(), 'title', '42') })),
    text('title-multiline', 'clean', undefined, () =>
      note({ fm: replace(fields(), 'title', '|\n  第一行\n  第二行') }),
    ),
    text('title-null-byte', 'warning', 'title', () => note({ fm: replace(fields(), 'title', '"前\\0后"') })),
    text('title-control-chars', 'warning', 'title', () =>
      note({ fm: replace(fields(), 'title', '"\\x01\\x1b[31m红\\x7f\\u200e\\u202e倒"') }),
    ),
    text('title-lone-surrogate', 'warning', 'title', () =>
      note({ fm: replace(fields(), 'title', '"半个\\ud800字"') }),
    ),
    // Dates.
    text('date-words', 'error', 'date', () => note({ fm: replace(fields(), 'date', 'yesterday') })),
    text('date-number', 'error', 'date', () => note({ fm: replace(fields(), 'date', '20240301') })),
    text('date-feb-30', 'error', 'date', () => note({ fm: replace(fields(), 'date', '2024-02-30') })),
    text('date-month-13', 'error', 'date', () => note({ fm: replace(fields(), 'date', '2024-13-01 10:00') })),
    text('date-hour-25', 'error', 'date', () =>
      note({ fm: replace(fields(), 'date', '2024-03-01 25:00:00') }),
    ),
    text('date-offset-99', 'error', 'date', () =>
      note({ fm: replace(fields(), 'date', '2024-03-01 10:00:00 +9900') }),
    ),
    text('date-year-5-digits', 'error', 'date', () => note({ fm: replace(fields(), 'date', '20245-03-01') })),
    text('date-list', 'error', 'date', () => note({ fm: replace(fields(), 'date', '[2024-03-01]') })),
    text('date-far-from-name', 'warning', 'date', () =>
      note({ fm: replace(fields(), 'date', '2024-04-15 10:00:00 +0800') }),
    ),
    text('date-year-1', 'error', 'date', () => note({ fm: replace(fields(), 'date', '0001-01-01') })),
    text('date-year-2', 'warning', 'date', () => note({ fm: replace(fields(), 'date', '0002-01-01') })),
    text('date-year-0', 'error', 'date', () => note({ fm: replace(fields(), 'date', '0000-06-01') })),
    text('date-last-day', 'warning', 'date', () =>
      note({ fm: replace(fields(), 'date', '9999-12-31 12:00:00 +0800') }),
    ),
    text('date-year-9999', 'error', 'date', () =>
      note({ fm: replace(fields(), 'date', '9999-12-31 23:59:59 -1200') }),
    ),
    text('updated-garbage', 'error', 'last_modified_at', () =>
      note({ fm: [...fields(), 'last_modified_at: soon'] }),
    ),
    // Categories and tags.
    text('categories-five-levels', 'warning', 'categories', () =>
      note({ fm: replace(fields(), 'categories', '[一, 二, 三, 四, 五]') }),
    ),
    text('categories-map', 'error', 'categories', () =>
      note({ fm: replace(fields(), 'categories', '{ a: b }') }),
    ),
    text('categories-nested-list', 'error', 'categories', () =>
      note({ fm: replace(fields(), 'categories', '[[a, b], [c]]') }),
    ),
    text('tags-number', 'error', 'tags', () => note({ fm: replace(fields(), 'tags', '42') })),
    text('tags-map', 'error', 'tags', () => note({ fm: replace(fields(), 'tags', '{ x: 1 }') })),
    text('tags-punctuation-only', 'clean', undefined, () =>
      note({ fm: replace(fields(), 'tags', q('!!! ... %% %zz ?? ## .. /')) }),
    ),
    text('categories-dots', 'clean', undefined, () =>
      note({ fm: replace(fields(), 'categories', '["..", "."]') }),
    ),
    // Booleans.
    text('toc-maybe', 'error', 'toc', () => note({ fm: [...fields(), 'toc: maybe'] })),
    text('toc-yes', 'warning', 'toc', () => note({ fm: [...fields(), 'toc: yes'] })),
    text('toc-empty', 'warning', 'toc', () => note({ fm: [...fields(), 'toc:'] })),
    text('comments-number', 'error', 'comments', () => note({ fm: [...fields(), 'comments: 1'] })),
    text('pin-quoted', 'error', 'pin', () => note({ fm: [...fields(), 'pin: "true"'] })),
    text('draft-list', 'error', 'draft', () => note({ fm: [...fields(), 'draft: [true]'] })),
    // Keys.
    text('unknown-key-typo', 'warning', 'tgas', () => note({ fm: [...fields(), 'tgas: [x]'] })),
    text('unknown-key-typo-title', 'error', 'title', () =>
      note({ fm: [`tittle: ${q('拼错的标题')}`, ...without(fields(), 'title')] }),
    ),
    text('duplicate-key', 'error', 'title', () => note({ fm: [...fields(), `title: ${q('第二个标题')}`] })),
    // Keys that mean something to Contentlayer's generated documents.
    text('key-body', 'warning', 'body', () => note({ fm: [...fields(), 'body: 不是正文'] })),
    text('key-id', 'warning', '_id', () => note({ fm: [...fields(), '_id: posts/other.md'] })),
    text('key-raw', 'warning', '_raw', () => note({ fm: [...fields(), '_raw: { sourceFilePath: x }'] })),
    text('key-type', 'warning', 'type', () => note({ fm: [...fields(), 'type: Page'] })),
    text('key-note', 'warning', 'note', () => note({ fm: [...fields(), 'note: { meta: null }'] })),
    text('key-contentlayer-type', 'error', '_contentlayerType', () =>
      note({ fm: [...fields(), '_contentlayerType: Page'] }),
    ),
    // YAML syntax.
    text('yaml-colon-in-value', 'error', 'yaml', () => note({ fm: replace(fields(), 'title', 'a: b: c') })),
    text('yaml-unclosed-quote', 'error', 'yaml', () =>
      note({ fm: replace(fields(), 'title', '"never closed') }),
    ),
    text('yaml-unclosed-bracket', 'error', 'yaml', () => note({ fm: replace(fields(), 'tags', '[a, b') })),
    text('yaml-tab-indent', 'error', 'yaml', () => note({ fm: [...fields(), 'image:\n\tpath: /a.png'] })),
    text('yaml-bad-indent', 'error', 'yaml', () =>
      note({ fm: ['title: 标题', '  date: 2024-03-01', 'tags: x'] }),
    ),
    text('yaml-list-document', 'error', 'yaml', () => note({ fm: ['- title', '- date'] })),
    text('yaml-scalar-document', 'error', 'yaml', () => note({ fm: ['just a sentence'] })),
    text('yaml-unknown-tag', 'warning', 'yaml', () => note({ fm: [...fields(), 'extra: !ruby/object {}'] })),
    text('yaml-alias-bomb', 'error', 'tags', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      }
      return note({ fm: [...without(fields(), 'tags'), ...lines, 'tags: *j'] });
    }),
    text('yaml-alias-bomb-unknown-key', 'error', 'yaml', () => {
      const lines = ['lol0: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        lines.push(`lol${i}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      }
      return note({ fm: [...fields(), ...lines, 'lol: *j'] });
    }),
    text('yaml-merge-key', 'clean', undefined, () => note({ fm: [...fields(), '<<: { toc: false }'] })),
    text('yaml-dots-close', 'error', 'yaml', () => `---\n${fields().join('\n')}\n...\n\n${BODY}`),
    text(
      'yaml-fence-trailing-space',
      'clean',
      undefined,
      () => `--- \n${fields().join('\n')}\n---  \n\n${BODY}`,
    ),
    text('yaml-dashes-in-block-scalar', 'any', undefined, () =>
      note({ fm: [...fields(), 'description: |', '  第一行', '---', '  不是结尾'] }),
    ),
    // Truncation.
    text('truncated-in-front-matter', 'error', 'yaml', () => note({ fm: fields() }).slice(0, 40)),
    text('truncated-mid-value', 'error', 'yaml', () => `---\ntitle: "半截\n---\n`),
    text('truncated-after-fence', 'clean', undefined, () => `---\n${fields().join('\n')}\n---`),
    // Encodings and line endings.
    {
      kind: 'invalid-utf8-body',
      expect: 'error',
      field: 'file',
      bytes: () =>
        Buffer.concat([
          utf8(note({ fm: fields(), body: '前' })),
          Buffer.from([0xc3, 0x28, 0xa0, 0xff]),
          utf8('后\n'),
        ]),
    },
    {
      kind: 'invalid-utf8-title',
      expect: 'error',
      field: 'file',
      bytes: () =>
        Buffer.concat([utf8('---\ntitle: "'), Buffer.from([0xe4, 0xb8]), utf8(`"\ndate: 2024-03-01\n---\n`)]),
    },
    {
      kind: 'latin1-file',
      expect: 'error',
      field: 'file',
      bytes: () => Buffer.from(note({ fm: replace(fields(), 'title', 'Café crème') }), 'latin1'),
    },
    {
      kind: 'utf16-file',
      expect: 'error',
      bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note({ fm: fields() }), 'utf16le')]),
    },
    {
      kind: 'bom',
      expect: 'warning',
      field: 'file',
      bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(note({ fm: fields() }))]),
    },
    {
      kind: 'bom-crlf',
      expect: 'warning',
      field: 'file',
      bytes: () =>
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(note({ fm: fields() }).replace(/\n/g, '\r\n'))]),
    },
    text('crlf', 'clean', undefined, () => note({ fm: fields() }).replace(/\n/g, '\r\n')),
    text('mixed-line-endings', 'clean', undefined, () =>
      note({ fm: fields() }).replace(/\n/g, (_, offset: number) => (offset % 2 ? '\r\n' : '\n')),
    ),
    text('cr-only', 'error', 'file', () => note({ fm: fields() }).replace(/\n/g, '\r')),
    // Body problems.
    text('unclosed-fence', 'warning', 'body', () =>
      note({ fm: fields(), body: `开头\n\n\`\`\`python\nprint("never closed")\n\n## 标题\n\n正文` }),
    ),
    text('unclosed-tilde-fence', 'warning', 'body', () =>
      note({ fm: fields(), body: '~~~~\n代码\n~~~\n还在代码里' }),
    ),
    text('link-to-missing-note', 'error', 'body', () =>
      note({ fm: fields(), body: '见[另一篇](/posts/does-not-exist)。\n' }),
    ),
    text('reference-link-to-missing-note', 'error', 'body', () =>
      note({ fm: fields(), body: '见[另一篇][x]。\n\n[x]: /posts/nowhere-at-all\n' }),
    ),
    text('post-url-to-missing-note', 'error', 'body', () =>
      note({ fm: fields(), body: '见[另一篇]({% post_url 2020-01-01-gone %})。\n' }),
    ),
    // Slugs.
    text('slug-traversal', 'clean', undefined, () =>
      note({ fm: [...fields(), `slug: ${q('../../package.json')}`] }),
    ),
    text('slug-nul', 'warning', 'slug', () => note({ fm: [...fields(), 'slug: "\\0"'] })),
    text('slug-percent', 'clean', undefined, () =>
      note({ fm: [...fields(), `slug: ${q('%E0%A4%A 100%')}`] }),
    ),
    text('slug-list', 'error', 'slug', () => note({ fm: [...fields(), 'slug: [a, b]'] })),
    {
      kind: 'duplicate-slug-a',
      expect: 'clean',
      exactName: '2024-03-02-fuzz-same-slug.md',
      bytes: () => utf8(note({ fm: fields('同名一', '2024-03-02 10:00:00 +0800') })),
    },
    {
      kind: 'duplicate-slug-b',
      expect: 'error',
      field: 'slug',
      exactName: '2024-03-03-fuzz-other.md',
      bytes: () =>
        utf8(note({ fm: [...fields('同名二', '2024-03-03 10:00:00 +0800'), 'slug: fuzz-same-slug'] })),
    },
    // Images.
    text('image-javascript-url', 'clean', undefined, () =>
      note({ fm: [...fields(), 'image: { path: "javascript:alert(1)", alt: "x" }'] }),
    ),
    text('image-map-without-path', 'error', 'image.path', () =>
      note({ fm: [...fields(), 'image: { alt: x }'] }),
    ),
    text('image-list', 'error', 'image', () => note({ fm: [...fields(), 'image: [a.png]'] })),
    // File names.
    {
      kind: 'name-with-spaces-and-cjk',
      expect: 'clean',
      exactName: '2024-03-04-空格 和 中文 name.md',
      bytes: () => utf8(note({ fm: fields('文件名有空格', '2024-03-04 10:00:00 +0800') })),
    },
    {
      kind: 'name-with-percent-hash-question',
      expect: 'clean',
      exactName: '2024-03-05-100% #1 why?.md',
      bytes: () => utf8(note({ fm: fields('百分号文件名', '2024-03-05 10:00:00 +0800') })),
    },
    {
      kind: 'name-punctuation-only',
      expect: 'clean',
      exactName: '2024-03-06-!!!.md',
      bytes: () => utf8(note({ fm: fields('标点文件名', '2024-03-06 10:00:00 +0800') })),
    },
    {
      kind: 'name-without-date',
      expect: 'error',
      field: 'date',
      exactName: 'fuzz-no-date-anywhere.md',
      bytes: () => utf8(note({ fm: without(fields(), 'date') })),
    },
    {
      kind: 'name-uppercase-extension',
      expect: 'error',
      field: 'file',
      exactName: '2024-03-07-fuzz-upper-ext.MD',
      bytes: () => utf8(note({ fm: fields('大写扩展名', '2024-03-07 10:00:00 +0800') })),
    },
    {
      kind: 'name-markdown-extension',
      expect: 'error',
      field: 'file',
      exactName: '2024-03-08-fuzz-long-ext.markdown',
      bytes: () => utf8(note({ fm: fields('markdown 扩展名', '2024-03-08 10:00:00 +0800') })),
    },
    // MDX that does not compile, or tries to run code.
    {
      kind: 'mdx-unclosed-jsx',
      expect: 'error',
      field: 'body',
      file: 'fuzz-mdx-unclosed-jsx.mdx',
      bytes: () => utf8(note({ fm: fields('坏的 MDX'), body: '<Foo bar="1">\n\n正文\n' })),
    },
    {
      kind: 'mdx-bad-expression',
      expect: 'error',
      field: 'body',
      file: 'fuzz-mdx-bad-expression.mdx',
      bytes: () => utf8(note({ fm: fields('坏的表达式'), body: '一加 {1 + } 等于？\n' })),
    },
    {
      kind: 'mdx-import-export',
      expect: 'warning',
      field: 'body',
      file: 'fuzz-mdx-import-export.mdx',
      bytes: () =>
        utf8(
          note({
            fm: fields('想跑代码的 MDX'),
            body: "import fs from 'node:fs'\nexport const secret = process.env.HOME\n\n{secret}{fs.readFileSync('/etc/passwd', 'utf8')}\n",
          }),
        ),
    },
    {
      kind: 'mdx-unknown-component',
      expect: 'error',
      field: 'body',
      file: 'fuzz-mdx-unknown-component.mdx',
      bytes: () => utf8(note({ fm: fields('没有的组件'), body: '图表：\n\n<Chart data="1,2,3" />\n' })),
    },
    {
      kind: 'mdx-html-only',
      expect: 'clean',
      file: 'fuzz-mdx-html-only.mdx',
      bytes: () =>
        utf8(
          note({
            fm: fields('只有 HTML 的 MDX'),
            body: '<details>\n<summary>更多</summary>\n\n内容 <kbd>Ctrl</kbd>\n</details>\n',
          }),
        ),
    },
    {
      kind: 'mdx-braces-from-markdown-habits',
      expect: 'error',
      field: 'body',
      file: 'fuzz-mdx-braces.mdx',
      bytes: () =>
        utf8(note({ fm: fields('花括号'), body: 'Jekyll 里写 {{ site.url }} 和 a < b 很常见。\n' })),
    },
  ];

  // Huge values and deep nesting.
  const big: Case[] = [
    text('huge-title', 'error', 'title', () =>
      note({ fm: replace(fields(), 'title', q('长'.repeat(100_000))) }),
    ),
    text('huge-description', 'error', 'file', () =>
      note({ fm: [...fields(), `description: ${q('描述'.repeat(500_000))}`] }),
    ),
    text('huge-tag', 'error', 'tags', () =>
      note({ fm: replace(fields(), 'tags', `[${q('t'.repeat(100_000))}]`) }),
    ),
    text('ten-thousand-tags', 'error', 'tags', () =>
      note({
        fm: replace(fields(), 'tags', `[${Array.from({ length: 10_000 }, (_, i) => `tag${i}`).join(', ')}]`),
      }),
    ),
    text('thousand-categories', 'error', 'categories', () =>
      note({
        fm: replace(
          fields(),
          'categories',
          `[${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(', ')}]`,
        ),
      }),
    ),
    text('long-title', 'clean', undefined, () =>
      note({ fm: replace(fields(), 'title', q('长'.repeat(300))) }),
    ),
    text('hundred-tags', 'clean', undefined, () =>
      note({
        fm: replace(
          fields('一百个标签'),
          'tags',
          `[${Array.from({ length: 100 }, (_, i) => `标签${i}`).join(', ')}]`,
        ),
      }),
    ),
    text('long-cjk-tag', 'clean', undefined, () =>
      note({ fm: replace(fields('长标签'), 'tags', `[${'很'.repeat(50)}]`) }),
    ),
    text('too-long-cjk-tag', 'error', 'tags', () =>
      note({ fm: replace(fields('太长的标签'), 'tags', `[${'很'.repeat(51)}]`) }),
    ),
    text('too-long-slug', 'error', 'slug', () =>
      note({ fm: [...fields('太长的 slug'), `slug: ${'s'.repeat(151)}`] }),
    ),
    {
      kind: 'too-long-file-name',
      expect: 'error',
      field: 'file',
      exactName: `2024-03-09-${'长'.repeat(60)}.md`,
      bytes: () => utf8(note({ fm: fields('文件名太长', '2024-03-09 10:00:00 +0800') })),
    },
    text('five-megabyte-note', 'error', 'file', () => {
      const para = '这是一段用来把文件撑到五兆字节的正文，里面有中文也有 English words 和 `code`。\n\n';
      const section = `## 小节\n\n${para.repeat(40)}`;
      const body = section.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(section)));
      return note({ fm: fields('五兆字节'), body });
    }),
    text('megabyte-line', 'error', 'file', () =>
      note({ fm: fields('一兆字节的一行'), body: 'x'.repeat(1024 * 1024) }),
    ),
    text('long-paragraph', 'clean', undefined, () =>
      note({ fm: fields('十万字的一段'), body: `${'很长的一段话没有换行，'.repeat(10_000)}\n` }),
    ),
    text('ten-thousand-headings', 'clean', undefined, () =>
      note({
        fm: fields('一万个标题'),
        body: Array.from({ length: 10_000 }, (_, i) => `## 标题 ${i}\n`).join('\n'),
      }),
    ),
    text('same-heading-many-times', 'clean', undefined, () =>
      note({ fm: fields('重复标题'), body: '## 重复\n\n'.repeat(2000) }),
    ),
    text('deep-yaml-flow-tags', 'error', 'yaml', () =>
      note({ fm: replace(fields(), 'tags', nested('[', ']', 10_000)) }),
    ),
    text('deep-yaml-flow-unknown-key', 'any', undefined, () =>
      note({ fm: [...fields(), `deep: ${nested('[', ']', 10_000)}`] }),
    ),
    text('deep-yaml-flow-map', 'any', undefined, () =>
      note({ fm: [...fields(), `deep: ${nested('{a: ', '}', 5_000)}`] }),
    ),
    text('deep-yaml-block-list', 'any', undefined, () => {
      const lines = ['deep:'];
      for (let i = 1; i <= 500; i++) lines.push(`${'  '.repeat(i)}- `);
      lines.push(`${'  '.repeat(501)}x`);
      return note({ fm: [...fields(), ...lines] });
    }),
    text('deep-markdown-list', 'error', 'body', () => {
      const lines: string[] = [];
      for (let i = 0; i < 1000; i++) lines.push(`${'  '.repeat(i)}- 第 ${i} 层`);
      return note({ fm: fields('很深的列表'), body: lines.join('\n') });
    }),
    text('deep-markdown-quote', 'error', 'body', () =>
      note({ fm: fields('很深的引用'), body: `${'>'.repeat(10_000)} 引用\n` }),
    ),
    text('deep-markdown-emphasis', 'error', 'body', () =>
      note({ fm: fields('很深的强调'), body: `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n` }),
    ),
    text('deep-markdown-brackets', 'error', 'body', () =>
      note({ fm: fields('很多括号'), body: `${'['.repeat(20_000)}x${'](y)'.repeat(20_000)}\n` }),
    ),
    text('deep-raw-html', 'error', 'body', () =>
      note({
        fm: fields('很深的 HTML'),
        body: `<div>\n${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}\n</div>\n`,
      }),
    ),
    text('many-tables-cells', 'clean', undefined, () => {
      // GFM tables parse slowly, per cell: 40 × 40 is big, not absurd.
      const header = `|${Array.from({ length: 40 }, (_, i) => ` c${i} `).join('|')}|`;
      const rule = `|${' --- |'.repeat(40)}`;
      return note({ fm: fields('很宽的表'), body: [header, rule, ...Array(40).fill(header)].join('\n') });
    }),
  ];

  // Hostile strings in every string field, one note per string, and in the body.
  const hostile: Case[] = HOSTILE_STRINGS.map((value, i) => ({
    kind: `hostile-fields-${i}`,
    expect: 'clean' as const,
    hostile: true,
    exactName: `2024-04-${String(i + 1).padStart(2, '0')}-fuzz-hostile-${i}.md`,
    bytes: () =>
      utf8(
        note({
          fm: [
            `title: ${q(`标题 ${value}`)}`,
            `date: 2024-04-${String(i + 1).padStart(2, '0')} 10:00:00 +0800`,
            `categories: [${q(`分类 ${value}`)}, ${q(`子类 ${value}`)}]`,
            `tags: [${q(`标签 ${value}`)}, ${q(value)}]`,
            `description: ${q(`描述 ${value}`)}`,
            `author: ${q(`作者 ${value}`)}`,
            `image: { path: ${q(`/img/${value}.png`)}, alt: ${q(`图 ${value}`)}, lqip: ${q(`data:${value}`)} }`,
            `media_subpath: ${q(`/media/${value}`)}`,
          ],
          body: `正文里的文字：\`${value}\`\n\n## 小节 ${value.replace(/[<>]/g, '')}\n\n段落。\n`,
        }),
      ),
  }));
  hostile.push(
    text('hostile-slug', 'clean', undefined, () =>
      note({
        fm: [...fields('恶意 slug'), `slug: ${q(`x</script><script>window.${XSS_MARKER}=9</script>`)}`],
      }),
    ),
    {
      ...text('hostile-escaped-markdown-body', 'clean', undefined, () =>
        note({
          fm: fields('正文里的转义'),
          body: `\\<script>window.${XSS_MARKER}=10\\</script>\n\n&lt;script&gt;window.${XSS_MARKER}=11&lt;/script&gt;\n\n[link](javascript:window.${XSS_MARKER}=12)\n\n<!-- 注释里 </script> -->\n\n<!-- 没有结束的注释\n\n## 后面的标题\n`,
        }),
      ),
      hostile: true,
    },
  );
  return [...cases, ...big, ...hostile];
}

// ---------------------------------------------------------------------------------------------
// Random mutations of a full, valid note: what a half-finished edit or a bad paste leaves behind.

const FULL_NOTE = note({
  fm: [
    `title: ${q('一篇完整的笔记')}`,
    'date: 2024-05-01 22:43:00 +0800',
    'last_modified_at: 2024-05-02 08:00:00 +0800',
    'categories: [知乎, 小记]',
    'tags: [知乎, 乱七八糟, LLM]',
    'toc: true',
    `description: ${q('记录下刷知乎时学到的东西ovo')}`,
    'comments: true',
    'pin: false',
    'image:',
    '  path: /assets/cover.png',
    '  alt: 封面',
  ],
});

const JUNK_VALUES = [
  '',
  '~',
  'null',
  '[]',
  '{}',
  '- a',
  ': :',
  '"',
  "'",
  '[',
  '{',
  '&anchor',
  '*nowhere',
  '!!binary aGVsbG8=',
  '|',
  '>-',
  '@at',
  '`tick`',
  '%YAML 1.1',
  '? complex',
  '0x1F',
  '1e999',
  '.nan',
  '-.inf',
  'true',
  '2024-99-99',
  '"\\u0000"',
  '\u0000',
  '\uFEFF',
  '#comment',
  '---',
  '...',
];

type Mutation = (r: Rand, lines: string[]) => string[];

const MUTATIONS: Mutation[] = [
  // Truncate the file somewhere.
  (r, lines) => {
    const joined = lines.join('\n');
    return joined.slice(0, r.int(0, joined.length)).split('\n');
  },
  // Delete one character of the front matter.
  (r, lines) => {
    const i = r.int(1, 13);
    const line = lines[i] ?? '';
    const at = r.int(0, Math.max(0, line.length - 1));
    return lines.map((l, k) => (k === i ? l.slice(0, at) + l.slice(at + 1) : l));
  },
  // Replace a value with junk.
  (r, lines) => {
    const i = r.int(1, 12);
    return lines.map((l, k) =>
      k === i && l.includes(':') ? `${l.slice(0, l.indexOf(':'))}: ${r.pick(JUNK_VALUES)}` : l,
    );
  },
  // Duplicate, drop or swap lines.
  (r, lines) => {
    const i = r.int(0, 14);
    return [...lines.slice(0, i + 1), ...lines.slice(i)];
  },
  (r, lines) => {
    const i = r.int(0, 14);
    return [...lines.slice(0, i), ...lines.slice(i + 1)];
  },
  (r, lines) => {
    const i = r.int(0, 13);
    const out = [...lines];
    [out[i], out[i + 1]] = [out[i + 1] ?? '', out[i] ?? ''];
    return out;
  },
  // Re-indent a line.
  (r, lines) => {
    const i = r.int(1, 13);
    return lines.map((l, k) => (k === i ? `${r.pick([' ', '  ', '\t', '    '])}${l}` : l));
  },
  // Insert a junk line.
  (r, lines) => {
    const i = r.int(1, 13);
    return [...lines.slice(0, i), r.pick(JUNK_VALUES), ...lines.slice(i)];
  },
  // Break a fence.
  (r, lines) =>
    lines.map((l) => (l === '---' && r.int(0, 2) === 0 ? r.pick(['--', '----', '- - -', '—', '...']) : l)),
];

function mutated(r: Rand, index: number): Case {
  return {
    kind: `mutation-${String(index).padStart(3, '0')}`,
    expect: 'any',
    bytes: () => {
      let lines = FULL_NOTE.split('\n');
      const count = r.int(1, 3);
      for (let i = 0; i < count; i++) lines = r.pick(MUTATIONS)(r, lines);
      return utf8(lines.join('\n'));
    },
  };
}

/** Random bytes, alone or spliced into a valid note. */
function junk(r: Rand, index: number): Case {
  return {
    kind: `binary-junk-${String(index).padStart(3, '0')}`,
    expect: 'any',
    bytes: () => {
      const valid = utf8(FULL_NOTE);
      switch (index % 4) {
        case 0:
          return r.bytes(r.int(1, 4096));
        case 1: {
          const at = r.int(0, valid.length);
          return Buffer.concat([valid.subarray(0, at), r.bytes(r.int(1, 64)), valid.subarray(at)]);
        }
        case 2:
          // A PNG that was saved with the wrong extension.
          return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), r.bytes(512)]);
        default:
          return Buffer.concat([utf8('---\ntitle: '), r.bytes(r.int(1, 128)), utf8('\n---\n正文\n')]);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Every hand-written case, then random mutations and binary junk up to `count` notes (at least the
 * hand-written ones). Names are `YYYY-MM-DD-fuzz-<kind>.md` unless a case is about the name.
 */
export function generateBrokenNotes(count = 240, seed = 7): FuzzNote[] {
  const r = new Rand(makeRng(seed));
  const cases = handWritten();
  for (let i = 0; cases.length < count; i++) cases.push(i % 5 === 4 ? junk(r, i) : mutated(r, i));
  const names = new Set<string>();
  return cases.map((c) => {
    const name = c.exactName ?? `2024-03-01-${c.file ?? `fuzz-${c.kind}.md`}`;
    if (names.has(name)) throw new Error(`two fuzz notes named ${name}`);
    names.add(name);
    return {
      name,
      bytes: c.bytes(),
      kind: c.kind,
      expect: c.expect,
      ...(c.field ? { field: c.field } : {}),
      ...(c.hostile ? { hostile: true } : {}),
    };
  });
}

/** Writes `notes` to `dir/posts/`; `clean` empties `dir/posts/` first. */
export function writeNotes(dir: string, notes: readonly FuzzNote[], clean = false): void {
  const posts = path.join(dir, 'posts');
  if (clean) rmSync(posts, { recursive: true, force: true });
  mkdirSync(posts, { recursive: true });
  for (const n of notes) writeFileSync(path.join(posts, n.name), n.bytes);
}

function main(argv: string[]): void {
  let out = '';
  let count = 240;
  let seed = 7;
  let clean = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i] ?? '';
    else if (a === '--count') count = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--clean') clean = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!out || !Number.isInteger(count) || !Number.isInteger(seed)) {
    throw new Error('usage: tsx scripts/fuzz-notes.ts --out DIR [--count N] [--seed S] [--clean]');
  }
  const notes = generateBrokenNotes(count, seed);
  writeNotes(out, notes, clean);
  console.log(`wrote ${notes.length} notes to ${path.join(out, 'posts')}`);
}

const invoked = process.argv[1] ? path.basename(process.argv[1]) : '';
if (invoked === 'fuzz-notes.ts' || invoked === 'fuzz-notes') {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
