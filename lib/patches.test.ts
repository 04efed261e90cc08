import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { createHighlighter } from 'shiki';
import { type PluggableList, unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fixtureNotes } from '../scripts/fixture-notes';
import { getMdxOptions } from './markdown/pipeline';

const repo = path.resolve(import.meta.dirname, '..');

test('patches/: unist-util-visit-parents no longer renames its visitor at every node (14 % of a render)', () => {
  const source = readFileSync(path.join(repo, 'node_modules/unist-util-visit-parents/lib/index.js'), 'utf8');
  assert.match(source, /xiaoji patch/, 'patch-package applied the patch (npm ci runs postinstall)');
  assert.doesNotMatch(source, /defineProperty\(visit, 'name', \{/);
  // Visiting is otherwise the same: every node in order, with its index and parent.
  const tree = {
    type: 'root',
    children: [{ type: 'a', children: [{ type: 'b' }] }, { type: 'c' }],
  };
  const seen: string[] = [];
  visit(tree, (node, index, parent) => {
    seen.push(`${node.type}:${index ?? '-'}:${parent?.type ?? '-'}`);
  });
  assert.deepEqual(seen, ['root:-:-', 'a:0:root', 'b:0:a', 'c:1:root']);
});

test('patches/: Contentlayer keeps four notes per core in flight, so the record workers never wait for it', () => {
  const source = readFileSync(
    path.join(repo, 'node_modules/@contentlayer2/source-files/dist/fetchData/fetchAllDocuments.js'),
    'utf8',
  );
  assert.match(source, /const concurrencyLimit = os\.cpus\(\)\.length \* 4;/);
});

test("patches/: rehype-pretty-code takes shiki's tree as it is, and the pages come out as with its HTML parsed back", async () => {
  const source = readFileSync(path.join(repo, 'node_modules/rehype-pretty-code/dist/index.js'), 'utf8');
  assert.match(source, /xiaoji patch/, 'patch-package applied the patch (npm ci runs postinstall)');
  assert.doesNotMatch(source, /hastParser\.parse\(/);
  // The reference: a highlighter whose tree *is* shiki's HTML parsed back, as upstream does.
  const reference: PrettyCodeOptions['getHighlighter'] = async (options) => {
    const real = await createHighlighter(options);
    return new Proxy(real, {
      get(target, key, receiver) {
        if (key !== 'codeToHast') return Reflect.get(target, key, receiver);
        return (code: string, opts: Parameters<typeof real.codeToHtml>[1]) =>
          fromHtml(target.codeToHtml(code, opts), { fragment: true });
      },
    });
  };
  const render = async (markdown: string, patched: boolean) => {
    const mdx = getMdxOptions('md');
    const rehype = (mdx.rehypePlugins ?? []).map((p) => {
      if (patched || !Array.isArray(p) || p[0] !== rehypePrettyCode) return p;
      const options = p[1] as PrettyCodeOptions;
      // Another theme object (same name) so rehype-pretty-code does not reuse its cached highlighter.
      const theme = { ...(options.theme as object), displayName: 'reference' };
      return [rehypePrettyCode, { ...options, theme, getHighlighter: reference }];
    });
    const processor = unified()
      .use(remarkParse)
      .use((mdx.remarkPlugins ?? []) as PluggableList)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehype as PluggableList)
      .use(rehypeStringify);
    return String(await processor.process(markdown));
  };
  const texts = fixtureNotes(10).map((note) => note.text);
  const extra = [
    '```js title="a.js" {2} /x/ showLineNumbers',
    'const x = 1;\nconsole.log(x); // <b>&amp;</b>',
    '```',
    '```nosuchlanguage',
    'plain & <text>',
    '```',
  ].join('\n');
  let blocks = 0;
  for (const text of [extra, ...texts]) {
    const patched = await render(text, true);
    assert.equal(patched, await render(text, false));
    blocks += patched.split('<pre').length - 1;
  }
  assert.ok(blocks > 30, `${blocks} code blocks compared`);
});
