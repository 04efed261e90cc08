import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import RenderResult from 'next/dist/server/render-result';
import { sendRenderResult } from 'next/dist/server/send-payload';
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

test("patches/: Next sends a static page's UTF-8 bytes kept from an earlier response, the same bytes as before", async () => {
  for (const file of ['dist/server/send-payload.js', 'dist/esm/server/send-payload.js']) {
    const source = readFileSync(path.join(repo, 'node_modules/next', file), 'utf8');
    assert.match(
      source,
      /xiaoji patch/,
      `${file}: patch-package applied the patch (npm ci runs postinstall)`,
    );
    assert.match(source, /const body = payload \? utf8Bytes\(payload\) : payload;/, file);
  }
  // What each response handed to res.end(), and the bytes a client received.
  const ended: unknown[] = [];
  const server = createServer((req, res) => {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    res.end = ((chunk?: unknown) => {
      ended.push(chunk);
      return end(chunk);
    }) as ServerResponse['end'];
    const url = new URL(req.url ?? '/', 'http://x');
    const size = Number(url.searchParams.get('kb') ?? 0);
    const page = size > 0 ? `<p>${url.pathname}${'字'.repeat(size * 341)}</p>` : PAGE;
    void sendRenderResult({
      req,
      res,
      result: RenderResult.fromStatic(page, 'text/html; charset=utf-8'),
      generateEtags: false,
      poweredByHeader: false,
      cacheControl: undefined,
    });
  });
  const PAGE = `<!DOCTYPE html><html lang="zh-CN"><title>小记</title><p>${'中文笔记，'.repeat(3000)}</p></html>`;
  const expected = Buffer.from(PAGE, 'utf8');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${base}/post`);
      assert.equal(res.headers.get('content-length'), String(expected.length));
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), expected);
    }
    const head = await fetch(`${base}/post`, { method: 'HEAD' });
    assert.equal(head.headers.get('content-length'), String(expected.length));
    assert.equal(ended.at(-1), null, 'HEAD sends no body');
    const [first, second] = ended;
    assert.ok(Buffer.isBuffer(first), 'the page goes out as bytes, not as a string to encode');
    assert.equal(second, first, "the second response reuses the first one's bytes");
    // 40 other pages of ~1 MB: the kept bytes stay within 32 MB, the oldest page goes first.
    for (let i = 0; i < 40; i++) await (await fetch(`${base}/other-${i}?kb=1000`)).arrayBuffer();
    const again = await fetch(`${base}/post`);
    assert.deepEqual(Buffer.from(await again.arrayBuffer()), expected);
    assert.notEqual(ended.at(-1), first, 'the first page was let go');
  } finally {
    server.close();
  }
});
