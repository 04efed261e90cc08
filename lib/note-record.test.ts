import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractExcerpt } from './markdown/excerpt';
import { MAX_NOTE_BYTES } from './note-limits';
import { buildNoteRecord } from './note-record';

const options = { contentDir: 'content', timeZone: 'Asia/Shanghai', tocMaxDepth: 3 };
const front = '---\ntitle: 标题\ndate: 2024-01-01 10:00:00 +0800\n---\n';

test('a note inside the limits gets its record', () => {
  const record = buildNoteRecord('posts/2024-01-01-ok.md', `${front}## 第一节\n\n正文第一段。\n`, options);
  assert.equal(record.meta?.title, '标题');
  assert.equal(record.slug, 'ok');
  assert.deepEqual(
    record.toc.map((t) => t.text),
    ['第一节'],
  );
  assert.equal(record.excerpt, '正文第一段。');
  assert.deepEqual(record.problems, []);
});

test('a note past the limits is refused without being parsed, with the line of the problem', () => {
  const cases: { name: string; body: string; field: string; line: number; message: RegExp }[] = [
    {
      name: 'delimiter run',
      body: `正文\n\n${'*'.repeat(300)}x\n`,
      field: 'body',
      line: 7,
      message: /300 `\*` in a row/,
    },
    {
      name: 'deep quotes',
      body: `${'> '.repeat(40)}深\n`,
      field: 'body',
      line: 5,
      message: /nests 40 block quotes/,
    },
    {
      name: 'too large',
      body: 'x'.repeat(MAX_NOTE_BYTES + 10),
      field: 'file',
      line: 0,
      message: /too large/,
    },
  ];
  for (const c of cases) {
    const t0 = performance.now();
    const record = buildNoteRecord('posts/2024-01-01-big.md', `${front}${c.body}`, options);
    assert.ok(performance.now() - t0 < 2000, `${c.name}: answered quickly`);
    assert.equal(record.meta, null, c.name);
    assert.equal(record.slug, 'big');
    assert.deepEqual(record.toc, []);
    const errors = record.problems.filter((p) => p.severity === 'error');
    assert.equal(errors.length, 1, c.name);
    assert.equal(errors[0]?.field, c.field, c.name);
    assert.equal(errors[0]?.line, c.line, c.name);
    assert.equal(errors[0]?.file, 'content/posts/2024-01-01-big.md');
    assert.match(errors[0]?.message ?? '', c.message, c.name);
  }
});

test('a CRLF note gives the same record as its LF twin', () => {
  const lf = `${front}## 第一节\n\n正文第一段。\n`;
  const a = buildNoteRecord('posts/2024-01-01-ok.md', lf, options);
  const b = buildNoteRecord('posts/2024-01-01-ok.md', lf.replace(/\n/g, '\r\n'), options);
  assert.deepEqual(b, a);
});

test('one parse serves the TOC and the excerpt: same results as reading each on its own', () => {
  const cases = [
    // The excerpt comes from the tree before the TOC's transforms (title heading, callouts) run.
    {
      fm: '',
      body: '# 标题\n\n> 引用不是段落？其实里面是段落。\n{: .prompt-tip }\n\n## 第二节\n\n文字\n',
      toc: ['第二节'],
    },
    // Math on: `$…$` is math in the shared tree, and the excerpt shows it as written.
    { fm: 'math: true\n', body: '设 $x^2 + 1$ 为正。\n\n## 推导\n\n$$\na=b\n$$\n', toc: ['推导'] },
    // toc: false still gets an excerpt; a description skips the excerpt but keeps the TOC.
    { fm: 'toc: false\n', body: '## 一\n\n段落一。\n', toc: [] },
    { fm: 'description: 自己写的摘要\n', body: '## 一\n\n段落一。\n', toc: ['一'] },
  ];
  for (const c of cases) {
    const text = `---\ntitle: 标题\ndate: 2024-01-01 10:00:00 +0800\n${c.fm}---\n${c.body}`;
    const record = buildNoteRecord('posts/2024-01-01-ok.md', text, options);
    assert.deepEqual(
      record.toc.map((t) => t.text),
      c.toc,
      c.body,
    );
    const alone = c.fm.startsWith('description')
      ? '自己写的摘要'
      : extractExcerpt(c.body.replace(/^# 标题\n\n/, ''));
    assert.equal(record.excerpt, alone, c.body);
  }
});

test('kinds by folder: posts, pages and knowledge notes', () => {
  const rows: { path: string; text: string; kind: string; url: string; title: string; date: string }[] = [
    {
      path: 'posts/2024-01-01-ok.md',
      text: front,
      kind: 'post',
      url: '/posts/ok/',
      title: '标题',
      date: '2024-01-01T02:00:00.000Z',
    },
    {
      path: 'pages/about.md',
      text: '---\ntitle: 关于\n---\n正文\n',
      kind: 'page',
      url: '/posts/about/',
      title: '关于',
      date: '',
    },
    {
      path: 'notes/学习/01 基础功能汇总.md',
      text: '## 一\n\n正文。\n',
      kind: 'note',
      url: '/notes/学习/01-基础功能汇总/',
      title: '01 基础功能汇总',
      date: '',
    },
    {
      path: "notes/if __name__ == '__main__'.md",
      text: '---\ncreated: 2024-03-01\n---\n正文\n',
      kind: 'note',
      url: "/notes/if-__name__-==-'__main__'/",
      title: "if __name__ == '__main__'",
      date: '2024-02-29T16:00:00.000Z',
    },
  ];
  for (const row of rows) {
    const record = buildNoteRecord(row.path, row.text, { ...options, requireDate: row.kind === 'post' });
    assert.deepEqual(
      [record.kind, record.url, record.meta?.title, record.meta?.date, record.problems.length],
      [row.kind, row.url, row.title, row.date, 0],
      row.path,
    );
  }
});

test("a note's relative media resolve from its folder's attachments", () => {
  const record = buildNoteRecord('notes/学习/Python 入门/a.md', '正文\n', options);
  assert.equal(record.meta?.mediaSubpath, '/notes-files/学习/Python 入门/');
  const own = buildNoteRecord('notes/a.md', '---\nmedia_subpath: /img\n---\n正文\n', options);
  assert.equal(own.meta?.mediaSubpath, '/img');
});
