import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Attachment,
  buildLinkIndex,
  type LinkQuery,
  type LinkTarget,
  resolveAttachment,
  resolveLink,
} from './resolve';

function note(sourcePath: string, extra: Partial<LinkTarget> = {}): LinkTarget {
  const name = sourcePath.slice(sourcePath.lastIndexOf('/') + 1).replace(/\.md$/, '');
  return {
    url: `/${sourcePath.replace(/\.md$/, '')}/`,
    sourcePath,
    kind: sourcePath.startsWith('notes/') ? 'note' : sourcePath.startsWith('pages/') ? 'page' : 'post',
    title: name,
    aliases: [],
    headings: [],
    blockIds: [],
    ...extra,
  };
}

const targets = [
  note('notes/甲.md', {
    headings: [
      { text: '第一节', id: '第一节' },
      { text: 'Getting Started', id: 'getting-started' },
    ],
    blockIds: ['abc'],
  }),
  note('notes/学习/乙.md', { aliases: ['别名乙', 'B Note'] }),
  note('notes/学习/深/丙.md'),
  note('notes/丙.md'),
  note('notes/工作/丁.md'),
  note('notes/生活/丁.md'),
  note("notes/学习/if __name__ == '__main__'.md"),
  note('posts/2024-05-01-hello-world.md', { title: '你好，世界', url: '/posts/hello-world/' }),
];
const index = buildLinkIndex(targets);
const byPath = (path: string) => targets.find((t) => t.sourcePath === path) ?? note(path);

const wiki = (target: string, extra: Partial<LinkQuery> = {}): LinkQuery => ({
  kind: 'wikilink',
  target,
  heading: null,
  block: null,
  ...extra,
});

const rows: {
  from: string;
  link: LinkQuery;
  to: string | null;
  fragment?: string | null;
  ambiguous?: string[];
  missing?: string;
}[] = [
  { from: 'notes/学习/乙.md', link: wiki('甲'), to: 'notes/甲.md' },
  { from: 'notes/学习/乙.md', link: wiki('甲.md'), to: 'notes/甲.md' },
  // Case-insensitive, Unicode form and spacing aside.
  { from: 'notes/甲.md', link: wiki('b note'), to: 'notes/学习/乙.md' },
  { from: 'notes/甲.md', link: wiki('别名乙'), to: 'notes/学习/乙.md' },
  {
    from: 'notes/甲.md',
    link: wiki("if __name__ == '__main__'"),
    to: "notes/学习/if __name__ == '__main__'.md",
  },
  // Two files named 丙: the shortest path, or the linking note's folder.
  {
    from: 'notes/甲.md',
    link: wiki('丙'),
    to: 'notes/丙.md',
    ambiguous: ['notes/丙.md', 'notes/学习/深/丙.md'],
  },
  {
    from: 'notes/学习/深/x.md',
    link: wiki('丙'),
    to: 'notes/学习/深/丙.md',
    ambiguous: ['notes/学习/深/丙.md', 'notes/丙.md'],
  },
  { from: 'notes/甲.md', link: wiki('深/丙'), to: 'notes/学习/深/丙.md' },
  { from: 'notes/甲.md', link: wiki('学习/深/丙'), to: 'notes/学习/深/丙.md' },
  { from: 'notes/甲.md', link: wiki('生活/丁'), to: 'notes/生活/丁.md' },
  // A path ending matches whole folder names only; the content folder's `notes/` may be written.
  { from: 'notes/甲.md', link: wiki('习/深/丙'), to: null },
  { from: 'notes/甲.md', link: wiki('notes/学习/深/丙'), to: 'notes/学习/深/丙.md' },
  { from: 'notes/甲.md', link: wiki('/学习/深/丙.md'), to: 'notes/学习/深/丙.md' },
  { from: 'notes/甲.md', link: wiki('posts/2024-05-01-hello-world'), to: 'posts/2024-05-01-hello-world.md' },
  {
    from: 'notes/甲.md',
    link: wiki('丁'),
    to: 'notes/工作/丁.md',
    ambiguous: ['notes/工作/丁.md', 'notes/生活/丁.md'],
  },
  // Headings by text, blocks by id.
  { from: 'notes/丙.md', link: wiki('甲', { heading: '第一节' }), to: 'notes/甲.md', fragment: '第一节' },
  {
    from: 'notes/丙.md',
    link: wiki('甲', { heading: 'getting  started' }),
    to: 'notes/甲.md',
    fragment: 'getting-started',
  },
  {
    from: 'notes/丙.md',
    link: wiki('甲', { heading: '没有' }),
    to: 'notes/甲.md',
    fragment: null,
    missing: 'heading',
  },
  { from: 'notes/丙.md', link: wiki('甲', { block: 'ABC' }), to: 'notes/甲.md', fragment: '^abc' },
  {
    from: 'notes/丙.md',
    link: wiki('甲', { block: 'zzz' }),
    to: 'notes/甲.md',
    fragment: null,
    missing: 'block',
  },
  { from: 'notes/甲.md', link: wiki('', { heading: '第一节' }), to: 'notes/甲.md', fragment: '第一节' },
  // Posts: file name with or without the date, or title.
  { from: 'notes/甲.md', link: wiki('2024-05-01-hello-world'), to: 'posts/2024-05-01-hello-world.md' },
  { from: 'notes/甲.md', link: wiki('hello-world'), to: 'posts/2024-05-01-hello-world.md' },
  { from: 'notes/甲.md', link: wiki('你好，世界'), to: 'posts/2024-05-01-hello-world.md' },
  // Markdown links: relative paths, then names.
  { from: 'notes/学习/乙.md', link: wiki('../甲.md', { kind: 'markdown' }), to: 'notes/甲.md' },
  { from: 'notes/学习/乙.md', link: wiki('深/丙.md', { kind: 'markdown' }), to: 'notes/学习/深/丙.md' },
  { from: 'notes/学习/乙.md', link: wiki('甲.md', { kind: 'markdown' }), to: 'notes/甲.md' },
  {
    from: 'posts/2024-05-01-hello-world.md',
    link: wiki('../notes/甲.md', { kind: 'markdown' }),
    to: 'notes/甲.md',
  },
  // Nothing.
  { from: 'notes/甲.md', link: wiki('不存在'), to: null },
  { from: 'notes/甲.md', link: wiki('别处/甲'), to: null },
  { from: 'notes/甲.md', link: wiki('../../x.md', { kind: 'markdown' }), to: null },
];

test('resolveLink follows Obsidian rules', () => {
  for (const row of rows) {
    const result = resolveLink(index, byPath(row.from), row.link);
    const label = `${row.from} -> ${JSON.stringify(row.link)}`;
    if (row.to === null) {
      assert.equal(result.found, false, label);
      continue;
    }
    assert.ok(result.found, label);
    assert.equal(result.target.sourcePath, row.to, label);
    if (row.fragment !== undefined) assert.equal(result.fragment, row.fragment, label);
    assert.deepEqual(
      result.candidates.map((c) => c.sourcePath),
      row.ambiguous ?? [],
      label,
    );
    assert.equal(result.missingPart, row.missing ?? null, label);
  }
});

test('resolveAttachment finds files by name, path ending or relative path', () => {
  const attachments: Attachment[] = [
    { sourcePath: 'notes/学习/attachments/图.png', url: '/notes/学习/attachments/图.png' },
    { sourcePath: 'notes/图.png', url: '/notes/图.png' },
    { sourcePath: 'notes/资料/文档.pdf', url: '/notes/资料/文档.pdf' },
  ];
  const withFiles = buildLinkIndex(targets, attachments);
  const cases: [string, string, string | null][] = [
    ['notes/甲.md', '图.png', 'notes/图.png'],
    ['notes/学习/attachments/x.md', '图.PNG', 'notes/学习/attachments/图.png'],
    ['notes/学习/乙.md', 'attachments/图.png', 'notes/学习/attachments/图.png'],
    ['notes/甲.md', '学习/attachments/图.png', 'notes/学习/attachments/图.png'],
    ['notes/甲.md', 'ttachments/图.png', null],
    ['notes/学习/乙.md', '文档.pdf', 'notes/资料/文档.pdf'],
    ['notes/学习/乙.md', '../资料/文档.pdf', 'notes/资料/文档.pdf'],
    ['notes/甲.md', '没有.png', null],
  ];
  for (const [from, written, expected] of cases) {
    assert.equal(
      resolveAttachment(withFiles, from, written)?.sourcePath ?? null,
      expected,
      `${from} ${written}`,
    );
  }
});
