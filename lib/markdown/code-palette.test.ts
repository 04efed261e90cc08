import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { CODE_PALETTE, codePaletteCss, rehypeCodeTokenClasses, tokenClasses } from './code-palette';
import { getMdxOptions } from './pipeline';
import { renderMarkdownHtml } from './render-html';

const repo = path.resolve(import.meta.dirname, '../..');

test('app/code-palette.css is what the palette generates (run npm run gen:code-palette)', () => {
  const committed = readFileSync(path.join(repo, 'app/code-palette.css'), 'utf8');
  assert.equal(committed, codePaletteCss());
  assert.match(readFileSync(path.join(repo, 'app/globals.css'), 'utf8'), /@import "\.\/code-palette\.css";/);
});

test('tokenClasses: palette colours and agreed font styles become classes, anything else stays a style', () => {
  const [light, dark] = [CODE_PALETTE.light[0], CODE_PALETTE.dark[1]];
  assert.ok(light && dark);
  assert.deepEqual(tokenClasses(`--shiki-light:${light.toUpperCase()};--shiki-dark:${dark}`), ['cl0', 'cd1']);
  assert.deepEqual(
    tokenClasses(
      `--shiki-light:${light};--shiki-light-font-style:italic;--shiki-dark:${dark};--shiki-dark-font-style:italic`,
    ),
    ['cl0', 'cd1', 'ci'],
  );
  assert.deepEqual(
    tokenClasses(
      `--shiki-light:${light};--shiki-light-text-decoration:underline line-through;--shiki-dark:${dark};--shiki-dark-text-decoration:underline line-through`,
    ),
    ['cl0', 'cd1', 'cu', 'cs'],
  );
  // not in the palette, one theme missing, themes disagreeing, or anything else in the style
  assert.equal(tokenClasses(`--shiki-light:#123456;--shiki-dark:${dark}`), null);
  assert.equal(tokenClasses(`--shiki-light:${light}`), null);
  assert.equal(
    tokenClasses(`--shiki-light:${light};--shiki-light-font-style:italic;--shiki-dark:${dark}`),
    null,
  );
  assert.equal(tokenClasses(`--shiki-light:${light};--shiki-dark:${dark};color:red`), null);
});

const SAMPLE = [
  ['ts', 'const a: number = 1; // note\nexport function f<T>(x: T): T { return x }'],
  ['python', '# c\ndef f(x):\n    return f"{x!r}" + r"\\d"'],
  ['bash', 'echo "$HOME" | grep -v x # c\nfor i in 1 2; do ls; done'],
  ['json', '{ "a": [1, true, null], "b": "s" }'],
  ['yaml', 'title: 小记\ntags: [a, b] # c'],
  ['markdown', '# H\n*i* **b** ~~s~~ [l](u) `c`\n> q'],
  ['css', '.a:hover { color: #fff !important; }'],
  ['html', '<!-- c --><a href="x" class=\'y\'>t</a>'],
  ['rust', 'fn main() { let s = String::from("x"); println!("{s}"); }'],
  ['go', 'package main\nfunc main() { fmt.Println(`x`) }'],
  ['sql', "SELECT a, COUNT(*) FROM t WHERE b = 'x' GROUP BY a;"],
  ['diff', '@@ -1 +1 @@\n- a\n+ b'],
  ['latex', '\\section{x} $a^2$ % c'],
]
  .map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``)
  .join('\n\n');

interface Token {
  text: string;
  light?: string;
  dark?: string;
  font: string;
}

const FONT_BY_CLASS: Record<string, string> = {
  ci: 'italic',
  cb: 'bold',
  cu: 'underline',
  cs: 'line-through',
};

/** Each highlighted token's text and the colours a reader sees in each theme. */
function tokens(tree: Root): Token[] {
  const out: Token[] = [];
  const spans: Element[] = [];
  visit(tree, 'element', (pre: Element) => {
    if (pre.tagName !== 'pre') return;
    visit(pre, 'element', (node: Element) => {
      if (node.tagName === 'span' && !('dataLine' in node.properties) && !('data-line' in node.properties))
        spans.push(node);
    });
  });
  for (const node of spans) {
    const style = typeof node.properties.style === 'string' ? node.properties.style : '';
    const classes = (Array.isArray(node.properties.className) ? node.properties.className : []).map(String);
    const decl = (name: string) => new RegExp(`${name}:([^;]+)`).exec(style)?.[1]?.toLowerCase();
    const light = classes.find((c) => /^cl\d+$/.test(c));
    const dark = classes.find((c) => /^cd\d+$/.test(c));
    out.push({
      text: hastToString(node),
      light: light ? CODE_PALETTE.light[Number(light.slice(2))] : decl('--shiki-light'),
      dark: dark ? CODE_PALETTE.dark[Number(dark.slice(2))] : decl('--shiki-dark'),
      font: style
        ? [
            decl('--shiki-light-font-style'),
            decl('--shiki-light-font-weight'),
            decl('--shiki-light-text-decoration'),
          ]
            .filter(Boolean)
            .join(' ')
        : classes
            .map((c) => FONT_BY_CLASS[c])
            .filter(Boolean)
            .join(' '),
    });
  }
  return out;
}

async function highlightedTree(markdown: string, withClasses: boolean): Promise<Root> {
  const mdx = getMdxOptions('md');
  const rehype = (mdx.rehypePlugins ?? []).filter((p) => withClasses || p !== rehypeCodeTokenClasses);
  assert.equal(
    rehype.length,
    (mdx.rehypePlugins ?? []).length - (withClasses ? 0 : 1),
    'the plugin is listed',
  );
  const processor = unified()
    .use(remarkParse)
    .use((mdx.remarkPlugins ?? []) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehype as PluggableList);
  return (await processor.run(processor.parse(markdown))) as Root;
}

test('with classes, every token keeps the colours and font style shiki gave it, in both themes', async () => {
  const before = tokens(await highlightedTree(SAMPLE, false));
  const after = tokens(await highlightedTree(SAMPLE, true));
  assert.ok(before.length > 100, `${before.length} tokens`);
  assert.ok(before.some((t) => t.font.includes('italic')) || before.some((t) => t.font.includes('bold')));
  assert.deepEqual(after, before);
  assert.ok(
    before.every((t) => t.light && t.dark),
    'shiki coloured every token',
  );
});

test('every token of the sample and of every fixture note is a class (the palette covers both themes)', async () => {
  const dirs = ['content/posts', ...['chirpy-demo', 'chirpy-extra', 'posts'].map((d) => `e2e/fixtures/${d}`)];
  const files = dirs.flatMap((dir) =>
    readdirSync(path.join(repo, dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'SOURCE.md')
      .map((f) => path.join(repo, dir, f)),
  );
  assert.ok(files.length >= 10);
  let blocks = 0;
  for (const text of [SAMPLE, ...files.map((f) => readFileSync(f, 'utf8'))]) {
    const { html } = await renderMarkdownHtml(text);
    blocks += html.split('<pre').length - 1;
    assert.doesNotMatch(html, /--shiki-/);
    assert.doesNotMatch(html, /<pre[^>]*data-theme/);
  }
  assert.ok(blocks > 30, `${blocks} code blocks`);
});
