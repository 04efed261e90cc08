import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { ThemeRegistrationRaw } from 'shiki';
import { type PluggableList, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fixtureNotes } from '../../scripts/fixture-notes';
import {
  CODE_PALETTE,
  codePaletteCss,
  rehypeCodeTokenClasses,
  tokenClasses,
  toTwoThemeStyle,
} from './code-palette';
import { CODE_THEMES, MERGED_CODE_THEME } from './code-themes';
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

/**
 * SAMPLE through the page pipeline: with `twoThemes`, rehype-pretty-code gets the two themes
 * (shiki's own way, the reference) instead of the merged one; `withClasses` keeps the palette plugin.
 */
async function highlightedTree(
  markdown: string,
  withClasses: boolean,
  twoThemes = !withClasses,
): Promise<Root> {
  const mdx = getMdxOptions('md');
  const plugins = mdx.rehypePlugins ?? [];
  const rehype = plugins
    .filter((p) => withClasses || p !== rehypeCodeTokenClasses)
    .map((p) =>
      twoThemes && Array.isArray(p) && p[0] === rehypePrettyCode
        ? [rehypePrettyCode, { ...(p[1] as object), theme: CODE_THEMES, transformers: [] }]
        : p,
    );
  assert.equal(rehype.length, plugins.length - (withClasses ? 0 : 1), 'the plugin is listed');
  assert.ok(
    plugins.some((p) => Array.isArray(p) && p[0] === rehypePrettyCode),
    'rehype-pretty-code is listed',
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
  // The reference: shiki's two-theme tokens as it writes them, without the palette plugin.
  const before = tokens(await highlightedTree(SAMPLE, false));
  const after = tokens(await highlightedTree(SAMPLE, true));
  assert.ok(before.length > 100, `${before.length} tokens`);
  assert.ok(before.some((t) => t.font.includes('italic')) || before.some((t) => t.font.includes('bold')));
  assert.deepEqual(after, before);
  assert.ok(
    before.every((t) => t.light && t.dark),
    'shiki coloured every token',
  );
  // Tokenized to the end of each line in both themes: every comment, wherever it sits in its line,
  // has the themes' comment colours (a line cut short by a tokenizer time limit loses them).
  const comments = before.filter((t) => ['// note', ' // note', '# c', ' # c', ' % c'].includes(t.text));
  assert.ok(comments.length >= 4, `${comments.length} comments`);
  const commentColour = (theme: ThemeRegistrationRaw) =>
    theme.settings
      .find((rule) => [rule.scope].flat().includes('comment'))
      ?.settings.foreground?.toLowerCase();
  const expected = [commentColour(CODE_THEMES.light), commentColour(CODE_THEMES.dark)];
  assert.ok(expected.every(Boolean), 'both themes colour comments');
  for (const t of comments) assert.deepEqual([t.light, t.dark], expected, t.text);
});

test('the merged theme (one tokenization) gives the very markup the two themes give', async () => {
  assert.ok(MERGED_CODE_THEME, 'the two code themes are aligned, so the merged theme is in use');
  const texts = fixtureNotes(10).map((note) => note.text);
  // A title, highlighted lines and words, line numbers and a diff, on top of every fixture block.
  const extra = [
    '```js title="a.js" {2} /x/ showLineNumbers',
    'const x = 1;\nconsole.log(x); // done',
    '```',
    '```diff',
    '- old\n+ new\n  same',
    '```',
  ].join('\n');
  let spans = 0;
  for (const text of [SAMPLE, extra, ...texts]) {
    const merged = toHtml(await highlightedTree(text, true, false));
    const two = toHtml(await highlightedTree(text, true, true));
    assert.equal(merged, two);
    spans += merged.split('<span class="cl').length - 1;
  }
  assert.ok(spans > 400, `${spans} tokens compared`);
});

test("tokenClasses and toTwoThemeStyle read the merged theme's colours and font styles", () => {
  assert.ok(MERGED_CODE_THEME);
  const [id, pair] = [...MERGED_CODE_THEME.pairs][0] ?? [];
  assert.ok(id && pair);
  const li = CODE_PALETTE.light.indexOf(pair.light.toLowerCase());
  const di = CODE_PALETTE.dark.indexOf(pair.dark.toLowerCase());
  assert.ok(li >= 0 && di >= 0, 'every pair is made of palette colours');
  assert.deepEqual(tokenClasses(`color:${id.toUpperCase()};font-style:italic`), [`cl${li}`, `cd${di}`, 'ci']);
  assert.equal(
    toTwoThemeStyle(`color:${id};font-style:italic;text-decoration:underline`),
    `--shiki-light:${pair.light};--shiki-light-font-style:italic;--shiki-light-text-decoration:underline;` +
      `--shiki-dark:${pair.dark};--shiki-dark-font-style:italic;--shiki-dark-text-decoration:underline`,
  );
  // A style the classes cannot say stays, in the two-theme form app/globals.css paints.
  assert.equal(tokenClasses(`color:${id};letter-spacing:1px`), null);
  assert.equal(
    toTwoThemeStyle(`color:${id};letter-spacing:1px`),
    `--shiki-light:${pair.light};--shiki-dark:${pair.dark};letter-spacing:1px`,
  );
  // Colours that are not the merged theme's are left alone.
  assert.equal(toTwoThemeStyle('color:#123456'), 'color:#123456');
  assert.equal(tokenClasses('color:#123456'), null);
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
