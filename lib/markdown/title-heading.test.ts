import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkTitleHeading } from './title-heading';

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Top-level blocks as `h2:Text`, or the node type; headings nested one level down appear as `>h2:Text`. */
function outline(markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkTitleHeading);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return tree.children.flatMap((node) => {
    if (node.type === 'heading') return [`h${node.depth}:${textOf(node)}`];
    if (node.type === 'blockquote') {
      return node.children.map((child) =>
        child.type === 'heading' ? `>h${child.depth}:${textOf(child)}` : `>${child.type}`,
      );
    }
    return [node.type];
  });
}

const rows: { name: string; markdown: string; expected: string[] }[] = [
  {
    name: 'seed note: repeated title dropped',
    markdown: '# 俺的第一篇知乎小记\n因为刷知乎\n\n## Q1',
    expected: ['paragraph', 'h2:Q1'],
  },
  { name: 'setext title dropped', markdown: 'Title\n=====\n\nBody', expected: ['paragraph'] },
  {
    name: 'other h1s become h2',
    markdown: '# Title\n\nBody\n\n# Part\n\n## Sub',
    expected: ['paragraph', 'h2:Part', 'h2:Sub'],
  },
  {
    name: 'h1 after text is demoted, not dropped',
    markdown: 'Intro\n\n# Part',
    expected: ['paragraph', 'h2:Part'],
  },
  { name: 'only the first h1 is dropped', markdown: '# A\n# B', expected: ['h2:B'] },
  {
    name: 'body opening with h2 untouched',
    markdown: '## Headings\n\n# H1 — heading',
    expected: ['h2:Headings', 'h2:H1 — heading'],
  },
  {
    name: 'html comments before the title skipped',
    markdown: '<!-- markdownlint-disable -->\n\n# Title\n\nBody',
    expected: ['html', 'paragraph'],
  },
  {
    name: 'other html before h1 is content',
    markdown: '<div>x</div>\n\n# Title',
    expected: ['html', 'h2:Title'],
  },
  { name: 'nested h1 demoted', markdown: '> # Quoted\n\n# Title', expected: ['>h2:Quoted', 'h2:Title'] },
  { name: 'h3 stays h3', markdown: '### 一、核心底层逻辑', expected: ['h3:一、核心底层逻辑'] },
  { name: 'empty body', markdown: '', expected: [] },
];

test('title heading removed, other h1s demoted', () => {
  for (const row of rows) {
    assert.deepEqual(outline(row.markdown), row.expected, row.name);
  }
});
