import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import {
  checkNotes,
  contentCheckOptions,
  createCheckMemo,
  formatProblem,
  type NoteFile,
  type ReadMemo,
  readNoteFiles,
} from './check-content';
import type { ContentProblem } from './types';

const SH = { timeZone: 'Asia/Shanghai' };
const REPO = path.resolve(import.meta.dirname, '..');
const CHIRPY_DEMO = path.resolve(import.meta.dirname, '../e2e/fixtures/chirpy-demo');

/** A note file at `content/posts/<name>` with the given text. */
function file(name: string, text: string | Buffer): NoteFile {
  return { path: `content/posts/${name}`, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) };
}

/** A note whose front matter is `title: <title>` plus `extra` lines, then `body`. */
function note(name: string, body = '正文\n', ...extra: string[]): NoteFile {
  return file(name, `---\ntitle: ${name}\n${extra.map((line) => `${line}\n`).join('')}---\n${body}`);
}

/** `severity file:line field` of each problem, the shape the tables compare. */
function summary(problems: ContentProblem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.field}`);
}

const A = '2025-01-01-a.md';
const B = '2025-02-01-b.md';

describe('checkNotes', () => {
  const rows: { name: string; files: NoteFile[]; expected: string[]; says?: string[] }[] = [
    {
      name: 'the Chirpy demo posts',
      files: readdirSync(CHIRPY_DEMO)
        .filter((name) => name.endsWith('.md') && name !== 'SOURCE.md')
        .map((name) => file(name, readFileSync(path.join(CHIRPY_DEMO, name)))),
      expected: [],
    },
    {
      name: 'the seed note',
      files: [
        file(
          '2025-11-28-zhihu-notes-1.md',
          readFileSync(path.join(REPO, 'content/posts/2025-11-28-zhihu-notes-1.md')),
        ),
      ],
      expected: [],
    },
    {
      name: 'two files with the same slug',
      files: [note(A), note('2025-03-01-a.md'), note('sub/2025-04-01-a.markdown')],
      expected: [
        'error content/posts/2025-03-01-a.md:0 slug',
        'error content/posts/sub/2025-04-01-a.markdown:0 slug',
        'error content/posts/sub/2025-04-01-a.markdown:0 file',
      ],
      says: [
        `both this note and content/posts/${A} would live at /posts/a/`,
        `both this note and content/posts/${A} would live at /posts/a/`,
        'expected a file name ending in .md or .mdx',
      ],
    },
    {
      name: 'an extension the build skips (Contentlayer matches *.{md,mdx} case-sensitively)',
      files: [note('2025-01-01-upper.MD'), note('2025-01-02-long.markdown'), note('2025-01-03-fine.mdx')],
      expected: [
        'error content/posts/2025-01-01-upper.MD:0 file',
        'error content/posts/2025-01-02-long.markdown:0 file',
      ],
      says: ['is named .MD, which the build skips', 'is named .markdown'],
    },
    {
      name: 'a slug override that collides',
      files: [note(A), note(B, '正文\n', 'slug: a')],
      expected: [`error content/posts/${B}:3 slug`],
      says: [`both this note and content/posts/${A} would live at /posts/a/`],
    },
    {
      name: 'a permalink that collides, and one on a page of the site',
      files: [
        note(A, '正文\n', 'permalink: /2021/hello/'),
        note(B, '正文\n', 'permalink: /2021/hello'),
        note('2025-03-01-c.md', '正文\n', 'permalink: /tags/'),
      ],
      expected: [`error content/posts/${B}:3 permalink`, 'error content/posts/2025-03-01-c.md:3 permalink'],
      says: [
        `both this note and content/posts/${A} would live at /2021/hello/`,
        'is a page of the site itself',
      ],
    },
    {
      name: 'slug: keeps case, so it does not collide with a lower-case file name',
      files: [note(A), note(B, '正文\n', 'slug: A')],
      expected: [],
    },
    {
      name: 'redirect_from: onto another note',
      files: [note(A), note(B, '正文\n', 'redirect_from:\n  - /posts/a/\n  - /old/b/\n  - /tags/')],
      expected: [`error content/posts/${B}:3 redirect_from`, `error content/posts/${B}:3 redirect_from`],
      says: ['/posts/a/ is the URL of another note (/posts/a/)', '/tags/ is a page of the site itself'],
    },
    {
      name: 'a file name without letters or digits lives at /posts/, as on Jekyll',
      files: [note('2025-01-01-！？.md')],
      expected: ['warning content/posts/2025-01-01-！？.md:0 file'],
      says: ['so the note lives at /posts/'],
    },
    {
      name: 'a slug override that avoids a collision',
      files: [note(A), note('2025-03-01-a.md', '正文\n', 'slug: a-again')],
      expected: [],
    },
    {
      name: 'a Chinese slug collision',
      files: [note('2025-01-01-我的 笔记.md'), note('2025-01-02-我的笔记！.md', '正文\n', 'slug: 我的 笔记')],
      expected: ['error content/posts/2025-01-02-我的笔记！.md:3 slug'],
    },
    {
      name: 'date far from the file name',
      files: [note(A, '正文\n', 'date: 2025-01-05 10:00:00 +0800')],
      expected: [`warning content/posts/${A}:3 date`],
      says: ['2025-01-05 is 4 days from the date in the file name (2025-01-01)'],
    },
    {
      name: 'date one day after the file name',
      files: [note(A, '正文\n', 'date: 2025-01-02 23:59:00 +0800')],
      expected: [],
    },
    {
      name: 'date one day before the file name',
      files: [note(A, '正文\n', 'date: 2024-12-31 00:00:00 +0800')],
      expected: [],
    },
    {
      name: 'a UTC date that is the same day in Shanghai',
      files: [note(A, '正文\n', 'date: 2024-12-31T16:30:00Z')],
      expected: [],
    },
    {
      name: 'no date prefix, date in front matter',
      files: [note('about-me.md', '正文\n', 'date: 2025-01-01')],
      expected: [],
    },
    {
      name: 'three category levels',
      files: [note(A, '正文\n', 'categories: [知乎, 小记, 更深]')],
      expected: [`warning content/posts/${A}:3 categories`],
      says: ['3 levels (知乎 / 小记 / 更深)'],
    },
    { name: 'two category levels', files: [note(A, '正文\n', 'categories: [知乎, 小记]')], expected: [] },
    {
      name: 'an unclosed code fence',
      files: [note(A, '第一段\n\n```python\nprint(1)\n')],
      expected: [`warning content/posts/${A}:6 body`],
      says: ['the rest of the note would render as code'],
    },
    {
      name: 'a closed fence, then an unclosed one',
      files: [note(A, '```\na\n```\n\n~~~\nb\n```\n')],
      expected: [`warning content/posts/${A}:8 body`],
    },
    {
      name: 'a longer fence holds a shorter one',
      files: [note(A, '````md\n```\ncode\n```\n````\n')],
      expected: [],
    },
    {
      name: 'a fence inside a list item',
      files: [note(A, '- item\n\n  ```yaml\n  a: 1\n  ```\n')],
      expected: [],
    },
    {
      name: 'inline triple backticks are not a fence',
      files: [note(A, 'Markdown symbols ```` ``` ```` make a code block.\n')],
      expected: [],
    },
    {
      name: 'a BOM',
      files: [file(A, `\uFEFF---\ntitle: a\n---\n正文\n`)],
      expected: [`warning content/posts/${A}:1 file`],
    },
    { name: 'CRLF line endings', files: [file(A, '---\r\ntitle: a\r\n---\r\n正文\r\n')], expected: [] },
    {
      name: 'invalid UTF-8',
      files: [file(A, Buffer.concat([Buffer.from('---\ntitle: a\n---\n'), Buffer.from([0xc4, 0xe3])]))],
      expected: [`error content/posts/${A}:4 file`],
    },
    {
      name: 'links to notes that exist',
      files: [
        note(
          A,
          '[b](/posts/b) [b2](/posts/b/) [b3](/posts/b#x) [b4]({{ site.baseurl }}/posts/b) <a href="/posts/b?x=1">b</a>\n[b5](../b/) [b6](../b/#x) [img](../assets/a.png) [up](../../x)\n',
        ),
        note(B),
      ],
      expected: [],
    },
    {
      name: 'links to notes that do not exist',
      files: [
        note(
          A,
          '正文\n\n[x](/posts/missing)\n<a href="/posts/gone">y</a>\n\n[ref]: /posts/also-missing\n[z]({{ site.baseurl }}/posts/nope "t")\n[s](../sibling-gone/)\n',
        ),
      ],
      expected: [
        `error content/posts/${A}:6 body`,
        `error content/posts/${A}:7 body`,
        `error content/posts/${A}:9 body`,
        `error content/posts/${A}:10 body`,
        `error content/posts/${A}:11 body`,
      ],
      says: ['links to /posts/missing/, but no note lives there'],
    },
    {
      name: 'a Jekyll-style sibling link to a missing note',
      files: [note(A, '[s](../sibling-gone/)\n')],
      expected: [`error content/posts/${A}:4 body`],
      says: ['links to /posts/sibling-gone/, but no note lives there'],
    },
    {
      name: 'a link with the wrong case only redirects',
      files: [note(A, '[b](/posts/B)\n'), note(B)],
      expected: [`warning content/posts/${A}:4 body`],
      says: ['links to /posts/B/, which only redirects to /posts/b/'],
    },
    {
      name: 'a link to a dotted or upper-case title',
      files: [
        note(A, '[n](/posts/python-numpy.ndarray/) [t](../Attention-Is-All-You-Need/)\n'),
        note('2020-05-01-python-numpy.ndarray.md'),
        note('2021-03-02-Attention-Is-All-You-Need.md'),
      ],
      expected: [],
    },
    {
      name: 'a percent-encoded Chinese link',
      files: [
        note(A, '[我](/posts/%E6%88%91%E7%9A%84-%E7%AC%94%E8%AE%B0)\n'),
        note('2025-03-01-我的 笔记.md'),
      ],
      expected: [],
    },
    {
      name: 'links that are not note links',
      files: [
        note(
          A,
          [
            '![img](/posts/20190808/mockup.png){: width="972" }',
            '[file](/posts/cover.png)',
            '`[x](/posts/in-inline-code)`',
            '<!-- [x](/posts/in-a-comment) -->',
            '```md',
            '[x](/posts/in-a-code-block)',
            '```',
            '[external](https://example.com/posts/elsewhere)',
          ].join('\n'),
        ),
      ],
      expected: [],
    },
    {
      name: 'post_url tags',
      files: [
        note(
          A,
          `{% post_url 2025-02-01-b %}\n{% post_url sub/2025-03-01-c %}\n{%- post_url 2025-03-01-c -%}\n`,
        ),
        note(B),
        note('sub/2025-03-01-c.md'),
      ],
      expected: [],
    },
    {
      name: 'a post_url naming no note',
      files: [note(A, '正文\n[x]({% post_url 2025-09-09-missing %})\n')],
      expected: [`error content/posts/${A}:5 body`],
      says: ['{% post_url 2025-09-09-missing %} names no note'],
    },
    {
      name: 'post_url in raw blocks, code or with liquid off',
      files: [
        note(A, '{% raw %}\n{% post_url 2025-09-09-missing %}\n{% endraw %}\n`{% post_url x %}`\n'),
        note(B, '{% post_url 2025-09-09-missing %}\n', 'render_with_liquid: false'),
      ],
      expected: [],
    },
    {
      name: 'front matter problems are kept and files with errors still own their slug',
      files: [note(A, '正文\n', 'pin: flase'), note('2025-03-01-a.md')],
      expected: [`error content/posts/${A}:3 pin`, 'error content/posts/2025-03-01-a.md:0 slug'],
    },
    {
      name: 'problems sorted by file then line',
      files: [note(A, '```\n', 'tgas: x', 'date: 2025-02-01'), note(B, '[x](/posts/none)\n')],
      expected: [
        `warning content/posts/${A}:3 tgas`,
        `warning content/posts/${A}:4 date`,
        `warning content/posts/${A}:6 body`,
        `error content/posts/${B}:4 body`,
      ],
    },
    {
      name: 'a formula KaTeX cannot render, at its line in the note (math: true only)',
      files: [
        note(A, '前文\n\n$$ a = 1\nb $$\n\n$\\frac{a}{$ 和 $\\nosuch$\n', 'math: true'),
        note(B, '$\\nosuch$\n'),
      ],
      expected: [`warning content/posts/${A}:10 math`, `warning content/posts/${A}:10 math`],
      says: [
        'KaTeX cannot render $\\frac{a}{$',
        'KaTeX cannot render $\\nosuch$ (Undefined control sequence',
      ],
    },
    {
      name: "MathJax's physics, kramdown's $$ and escapes are no problem",
      files: [
        note(
          A,
          '$$\n a = \\pdv{f}{x}$$\n\n$\\mathbf{S}\\_{N+1}$ $\\tilde \\bm c$ $\\qty(x)$\n',
          'math: true',
        ),
      ],
      expected: [],
    },
    { name: 'no notes', files: [], expected: [] },
  ];
  for (const { name, files, expected, says = [] } of rows) {
    test(name, () => {
      const problems = checkNotes(files, SH);
      assert.deepEqual(summary(problems), expected);
      for (const [index, fragment] of says.entries()) {
        assert.ok(
          problems[index]?.message.includes(fragment),
          `"${problems[index]?.message}" lacks "${fragment}"`,
        );
      }
    });
  }
  test("the site's math macros are known to the check", () => {
    const files = [note(A, '$x \\in \\RR$\n', 'math: true')];
    assert.deepEqual(summary(checkNotes(files, SH)), [`warning content/posts/${A}:5 math`]);
    assert.deepEqual(checkNotes(files, { ...SH, mathMacros: { '\\RR': '\\mathbb{R}' } }), []);
  });
  test('an unknown time zone throws', () =>
    assert.throws(() => checkNotes([], { timeZone: 'Asia/Beijing' }), RangeError));

  test('with a memo (npm run dev), each step of an editing session finds what a fresh check finds', () => {
    const memo = createCheckMemo();
    const C = '2025-03-01-c.md';
    const steps: { name: string; files: NoteFile[]; expected: string[] }[] = [
      {
        name: 'start',
        files: [note(A), note(B, '[x](/posts/c)\n')],
        expected: [`error content/posts/${B}:4 body`],
      },
      // C appears: B's link now resolves, though B did not change.
      { name: 'add C', files: [note(A), note(B, '[x](/posts/c)\n'), note(C)], expected: [] },
      // A breaks its front matter; nothing else is parsed again.
      {
        name: 'edit A',
        files: [note(A, '正文\n', 'tgas: x'), note(B, '[x](/posts/c)\n'), note(C)],
        expected: [`warning content/posts/${A}:3 tgas`],
      },
      // C takes B's slug: a duplicate, found though neither B's nor A's bytes changed.
      {
        name: 'C takes slug b',
        files: [note(A, '正文\n', 'tgas: x'), note(B, '[x](/posts/c)\n'), note(C, '正文\n', 'slug: b')],
        expected: [
          `warning content/posts/${A}:3 tgas`,
          `error content/posts/${B}:4 body`,
          `error content/posts/${C}:3 slug`,
        ],
      },
      // C removed: the memo forgets it, B's link is broken again.
      {
        name: 'remove C',
        files: [note(A), note(B, '[x](/posts/c)\n')],
        expected: [`error content/posts/${B}:4 body`],
      },
    ];
    for (const step of steps) {
      const remembered = checkNotes(step.files, SH, memo);
      assert.deepEqual(remembered, checkNotes(step.files, SH), step.name);
      assert.deepEqual(summary(remembered), step.expected, step.name);
      assert.deepEqual([...memo.notes.keys()].sort(), step.files.map((f) => f.path).sort(), step.name);
    }
    // An unchanged file keeps its entry: it was not parsed again.
    const kept = memo.notes.get(`content/posts/${A}`);
    checkNotes([note(A), note(B, 'new body\n')], SH, memo);
    assert.equal(memo.notes.get(`content/posts/${A}`), kept);
  });
});

describe('formatProblem', () => {
  const base = { file: 'content/posts/x.md', field: 'date' };
  const rows: { input: ContentProblem; expected: string }[] = [
    {
      input: {
        ...base,
        line: 3,
        message: '"2025-13-01" is not a date (expected YYYY-MM-DD HH:MM:SS +ZZZZ)',
        severity: 'error',
      },
      expected: 'content/posts/x.md:3: date: "2025-13-01" is not a date (expected YYYY-MM-DD HH:MM:SS +ZZZZ)',
    },
    {
      input: {
        ...base,
        line: 12,
        field: 'tgas',
        message: 'is ignored (did you mean `tags`?)',
        severity: 'warning',
      },
      expected: 'warning: content/posts/x.md:12: tgas: is ignored (did you mean `tags`?)',
    },
    {
      input: { ...base, line: 0, field: 'file', message: 'the file is empty', severity: 'error' },
      expected: 'content/posts/x.md: file: the file is empty',
    },
    {
      input: {
        file: 'content/posts/我的 笔记.md',
        line: 1,
        field: 'title',
        message: '标题：缺失',
        severity: 'error',
      },
      expected: 'content/posts/我的 笔记.md:1: title: 标题：缺失',
    },
  ];
  for (const { input, expected } of rows) test(expected, () => assert.equal(formatProblem(input), expected));
});

describe('readNoteFiles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'xiaoji-check-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (relative: string, text = '---\ntitle: x\n---\n'): void => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  for (const name of [
    'b.md',
    'a.markdown',
    'sub/c.mdx',
    'sub/deeper/d.MD',
    '.hidden.md',
    '.git/e.md',
    'notes.txt',
    'image.png',
  ]) {
    write(`content/posts/${name}`);
  }
  write('content/pages/about.md');
  write('empty/readme.md');
  const rows: { name: string; dir: string; expected: string[] }[] = [
    {
      name: 'relative folder',
      dir: 'content',
      expected: [
        'content/posts/a.markdown',
        'content/posts/b.md',
        'content/posts/sub/c.mdx',
        'content/posts/sub/deeper/d.MD',
      ],
    },
    { name: 'no posts folder', dir: 'empty', expected: [] },
  ];
  for (const { name, dir, expected } of rows) {
    test(name, () => {
      const cwd = process.cwd();
      process.chdir(root);
      try {
        assert.deepEqual(
          readNoteFiles(dir).map((f) => f.path),
          expected,
        );
      } finally {
        process.chdir(cwd);
      }
    });
  }
  test('absolute folder outside the working directory keeps absolute paths', () => {
    const files = readNoteFiles(path.join(root, 'content'));
    assert.equal(files[0]?.path, path.join(root, 'content/posts/a.markdown').split(path.sep).join('/'));
    assert.equal(files[0]?.bytes.toString(), '---\ntitle: x\n---\n');
  });
  test('a missing folder throws', () =>
    assert.throws(() => readNoteFiles(path.join(root, 'nope')), /does not exist/));
  test('with a memo, only changed files are read again', () => {
    const dir = path.join(root, 'memo');
    const note = (name: string, text: string) => {
      mkdirSync(path.join(dir, 'posts'), { recursive: true });
      writeFileSync(path.join(dir, 'posts', name), text);
    };
    note('一.md', '---\ntitle: 一\n---\n');
    note('二.md', '---\ntitle: 二\n---\n');
    const memo: ReadMemo = new Map();
    const first = readNoteFiles(dir, memo);
    const again = readNoteFiles(dir, memo);
    assert.deepEqual(
      again.map((f) => f.bytes === first.find((g) => g.path === f.path)?.bytes),
      [true, true],
    );
    note('二.md', '---\ntitle: 二（改）\n---\n');
    rmSync(path.join(dir, 'posts', '一.md'));
    note('三.md', '---\ntitle: 三\n---\n');
    const changed = readNoteFiles(dir, memo);
    assert.deepEqual(
      changed.map((f) => [path.basename(f.path), f.bytes.toString()]),
      [
        ['三.md', '---\ntitle: 三\n---\n'],
        ['二.md', '---\ntitle: 二（改）\n---\n'],
      ],
    );
    assert.equal(memo.size, 2, 'a removed file is forgotten');
  });
});

describe('scripts/check-content.ts', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'xiaoji-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const run = (posts: Record<string, string>): { status: number | null; stderr: string } => {
    const dir = mkdtempSync(path.join(root, 'c-'));
    for (const [name, text] of Object.entries(posts)) {
      mkdirSync(path.join(dir, 'posts'), { recursive: true });
      writeFileSync(path.join(dir, 'posts', name), text);
    }
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      cwd: REPO,
      env: { ...process.env, XIAOJI_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    return { status: result.status, stderr: result.stderr };
  };
  const rows: { name: string; posts: Record<string, string>; status: number; lines: RegExp[] }[] = [
    {
      name: 'clean notes exit 0',
      posts: { [A]: '---\ntitle: a\n---\n正文\n' },
      status: 0,
      lines: [/^checked 1 note: 0 errors, 0 warnings$/],
    },
    {
      name: 'every problem is printed and errors exit 1',
      posts: { [A]: '---\ntitle: a\ndate: 2025-13-01\ntgas: x\n---\n', [B]: '---\npin: flase\n---\n' },
      status: 1,
      lines: [
        /posts\/2025-01-01-a\.md:3: date: "2025-13-01" is not a date \(expected YYYY-MM-DD HH:MM:SS \+ZZZZ/,
        /^warning: .*posts\/2025-01-01-a\.md:4: tgas: .*did you mean `tags`\?\)$/,
        /posts\/2025-02-01-b\.md:1: title: /,
        /posts\/2025-02-01-b\.md:2: pin: "flase" is not a boolean \(expected true or false\)$/,
        /^checked 2 notes: 3 errors, 1 warning$/,
      ],
    },
    {
      name: 'warnings alone exit 0',
      posts: { [A]: '---\ntitle: a\ntgas: x\n---\n' },
      status: 0,
      lines: [/^warning: /, /^checked 1 note: 0 errors, 1 warning$/],
    },
  ];
  for (const { name, posts, status, lines } of rows) {
    test(name, () => {
      const result = run(posts);
      const printed = result.stderr.trim().split('\n');
      assert.equal(result.status, status, result.stderr);
      assert.equal(printed.length, lines.length, result.stderr);
      for (const [index, pattern] of lines.entries()) assert.match(printed[index] ?? '', pattern);
    });
  }
});

describe('contentCheckOptions', () => {
  test('takes zone, defaults, folder and site macros from the config', () => {
    const defaults = [{ path: 'posts', type: 'posts' as const, values: { math: true } }];
    const options = contentCheckOptions({
      timeZone: 'Europe/Berlin',
      frontMatterDefaults: defaults,
      contentDir: 'notes',
      math: { macros: { '\\RR': '\\mathbb{R}' } },
    });
    assert.deepEqual(options, {
      timeZone: 'Europe/Berlin',
      defaults,
      contentDir: 'notes',
      mathMacros: { '\\RR': '\\mathbb{R}' },
    });
  });
  test('a site macro is known to the check: no unknown-macro warning', () => {
    const body = '$$\\RR^n$$\n';
    const config = { timeZone: 'Asia/Shanghai', frontMatterDefaults: [], contentDir: 'content' };
    const bare = checkNotes(
      [note(A, body, 'math: true')],
      contentCheckOptions({ ...config, math: { macros: {} } }),
    );
    const known = checkNotes(
      [note(A, body, 'math: true')],
      contentCheckOptions({ ...config, math: { macros: { '\\RR': '\\mathbb{R}' } } }),
    );
    assert.ok(
      bare.some((p) => p.message.includes('RR')),
      JSON.stringify(bare),
    );
    assert.deepEqual(known, []);
  });
});

describe('checkNotes reads a knowledge-notes vault', () => {
  const vault = (name: string, text: string): NoteFile => ({
    path: `content/notes/${name}`,
    bytes: Buffer.from(text),
  });
  const rows: { name: string; files: NoteFile[]; expected: string[]; says?: string[] }[] = [
    {
      name: 'notes without front matter, title or date are fine',
      files: [vault('01 基础功能汇总.md', '正文\n'), vault('学习/空笔记.md', '')],
      expected: [],
    },
    {
      name: 'two notes with one URL: an error naming both files',
      files: [vault('读书/三 体.md', '甲\n'), vault('读书/三-体.md', '乙\n')],
      expected: ['error content/notes/读书/三-体.md:0 file'],
      says: ['both this note and content/notes/读书/三 体.md would live at /notes/读书/三-体/'],
    },
    {
      name: 'URLs that differ only in case collide too',
      files: [vault('Readme.md', '甲\n'), vault('readme.md', '乙\n')],
      expected: ['error content/notes/readme.md:0 file'],
    },
    {
      name: "a post's file-name rules are not a note's: no date or slug problems",
      files: [vault('2024-01-01 日记.md', '---\ndate: 2023-05-01\n---\n正文\n'), vault('🎉.md', '庆祝\n')],
      expected: [],
    },
    {
      name: 'a wrong date is still an error on its line',
      files: [vault('a.md', '---\ncreated: 明天\n---\n正文\n')],
      expected: ['error content/notes/a.md:2 created'],
    },
    {
      name: 'a %% never closed: a warning at its line (closed ones, and %% in code, are fine)',
      files: [
        vault('草稿.md', '---\ntags: 草稿\n---\n正文 %%想法%%\n`%%`\n还有 %% 没写完\n'),
        vault('b.md', '%%\n整块注释\n%%\n'),
      ],
      expected: ['warning content/notes/草稿.md:6 comment'],
      says: ['%% is never closed, so the rest of the note is hidden (a closing %%)'],
    },
  ];
  for (const { name, files, expected, says = [] } of rows) {
    test(name, () => {
      const problems = checkNotes(files, SH);
      assert.deepEqual(summary(problems), expected);
      for (const text of says)
        assert.ok(
          problems.some((p) => p.message.includes(text)),
          text,
        );
    });
  }

  test('standalone pages are link targets: by file name, title and heading', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoji-pages-'));
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    };
    write('pages/about.md', '---\ntitle: 关于\n---\n\n## 联系方式\n\n邮件。\n');
    write(
      'notes/链接.md',
      '见 [[about]]、[[关于]]、[[关于#联系方式]] 和 [关于](../pages/about.md)。\n\n[[关于#没有这节]] 与 [[不存在的页]]。\n',
    );
    const files = readNoteFiles(dir);
    const problems = checkNotes(files, { ...SH, contentDir: dir });
    rmSync(dir, { recursive: true });
    assert.deepEqual(
      problems.map((p) => `${p.line} ${p.field}: ${p.message.split(':')[0]}`),
      ['3 link: [[关于#没有这节]]', '3 link: [[不存在的页]] matches no note'],
    );
  });

  test('readNoteFiles reads notes/**/*.md and skips dot-folders and attachments', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xiaoji-vault-'));
    for (const name of [
      'notes/a.md',
      'notes/学习/b.md',
      'notes/.obsidian/c.md',
      'notes/学习/d.png',
      'notes/e.mdx',
    ])
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    for (const name of [
      'notes/a.md',
      'notes/学习/b.md',
      'notes/.obsidian/c.md',
      'notes/学习/d.png',
      'notes/e.mdx',
    ])
      writeFileSync(path.join(dir, name), 'x\n');
    const found = readNoteFiles(dir).map((f) => path.relative(dir, f.path).split(path.sep).join('/'));
    rmSync(dir, { recursive: true });
    assert.deepEqual(found, ['notes/a.md', 'notes/学习/b.md']);
  });
});
