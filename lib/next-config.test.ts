import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import nextConfig, { SERVER_EXTERNAL_PACKAGES } from '../next.config';

const repo = path.resolve(import.meta.dirname, '..');

test('the security headers cover every path and leave Next no parameter to substitute', async () => {
  const config = nextConfig(PHASE_PRODUCTION_SERVER);
  const rules = (await config.headers?.()) ?? [];
  // Every path, then vault attachments (framed by our own pages: lib/settings/csp.ts), then the
  // versioned vendor files (cached for good).
  assert.deepEqual(
    rules.map((r) => r.source),
    ['/(.*)', '/notes-files/(.*)', '/vendor/(.*)'],
  );
  for (const rule of rules.slice(0, 2)) {
    const csp = rule.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
    assert.match(csp, /https:/, 'the CSP has colons, which Next would compile when the rule has parameters');
  }
  const [all, files, vendor] = rules;
  assert.ok(all && files && vendor);
  // How Next's router matches a custom header rule (server/lib/router-utils/filesystem.js).
  const match = getPathMatch(all.source, { strict: true, removeUnnamedParams: true });
  for (const path of [
    '/',
    '/posts/gen-0001',
    '/tags/%E7%9F%A5%E4%B9%8E',
    '/a/b/c.xml',
    '/_next/static/x.js',
  ]) {
    assert.deepEqual(match(path), {}, `${path}: matched, with no parameters`);
  }
  const matchFiles = getPathMatch(files.source, { strict: true, removeUnnamedParams: true });
  assert.deepEqual(matchFiles('/notes-files/%E8%AF%BE/a.pdf'), {}, 'an attachment: matched, no parameters');
  assert.equal(matchFiles('/notes/a/'), false, 'a note page is not an attachment');
  const framing = (rule: typeof all) => rule.headers.find((h) => h.key === 'X-Frame-Options')?.value;
  assert.equal(framing(all), 'DENY');
  assert.equal(framing(files), 'SAMEORIGIN');
  const matchVendor = getPathMatch(vendor.source, { strict: true, removeUnnamedParams: true });
  assert.deepEqual(matchVendor('/vendor/zh/0123456789/tw.js'), {}, 'a vendor file: matched, no parameters');
  assert.equal(matchVendor('/posts/vendor/'), false, 'a page is not a vendor file');
  assert.deepEqual(vendor.headers, [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }]);
});

test("a production build compiles in the name of its own snapshot of Contentlayer's data (lib/content-data.ts)", () => {
  // Inside the checkout, so the config's vendor copy resolves mermaid from its node_modules.
  mkdirSync(path.join(repo, 'bench/tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(repo, 'bench/tmp/next-config-'));
  const cwd = process.cwd();
  const nodeOptions = process.env.NODE_OPTIONS;
  try {
    for (const type of ['Post', 'Page', 'Note']) {
      mkdirSync(path.join(dir, '.contentlayer/generated', type), { recursive: true });
      writeFileSync(path.join(dir, '.contentlayer/generated', type, '_index.json'), `[{"type":"${type}"}]`);
    }
    process.chdir(dir);
    const name = nextConfig(PHASE_PRODUCTION_BUILD).env?.XIAOJI_CONTENT_DATA ?? '';
    assert.match(name, /^[0-9a-f]{32}\.json$/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, '.contentlayer/data', name), 'utf8')), {
      posts: [{ type: 'Post' }],
      pages: [{ type: 'Page' }],
      notes: [{ type: 'Note' }],
    });
    // `next start` runs what the build compiled; `next dev` reads Contentlayer's data as it changes.
    assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).env?.XIAOJI_CONTENT_DATA, undefined);
    assert.equal(nextConfig(PHASE_DEVELOPMENT_SERVER).env?.XIAOJI_CONTENT_DATA, undefined);
  } finally {
    process.chdir(cwd);
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no ETag hashing of every static page on every request', () => {
  assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).generateEtags, false);
});

test('no prefetch-inlining measure of every prerendered page at build time', () => {
  assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).experimental?.prefetchInlining, false);
});

test('static generation workers load no source maps (peak memory of a build)', () => {
  assert.equal(nextConfig(PHASE_PRODUCTION_SERVER).enablePrerenderSourceMaps, false);
});

test('server-external packages are dependencies installed at the project root, where Node loads them from', () => {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of SERVER_EXTERNAL_PACKAGES) {
    assert.ok(pkg.dependencies[name], `${name} is in package.json's dependencies`);
    // Where Node looks for it at run time (and Next's file tracing, for Vercel's functions).
    assert.ok(
      existsSync(path.join(repo, 'node_modules', name, 'package.json')),
      `${name} is installed at the root`,
    );
  }
  assert.deepEqual(nextConfig(PHASE_PRODUCTION_SERVER).serverExternalPackages, SERVER_EXTERNAL_PACKAGES);
});

test('every library the markdown pipeline imports at run time is server-external (not compiled into the bundle)', () => {
  const dir = path.join(repo, 'lib/markdown');
  const imported = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, what, from] of source.matchAll(/^import (type )?[^;]*? from '([^'.][^']*)';/gms)) {
      if (what || !from || from.startsWith('node:')) continue;
      imported.add(
        from.startsWith('@') ? from.split('/').slice(0, 2).join('/') : (from.split('/')[0] ?? from),
      );
    }
  }
  // next-mdx-remote renders with React and stays bundled, with the app's React.
  imported.delete('next-mdx-remote');
  assert.ok(imported.size > 10, [...imported].join(', '));
  for (const name of imported)
    assert.ok(SERVER_EXTERNAL_PACKAGES.includes(name), `${name} is server-external`);
});

test('XIAOJI_OUTPUT=export: a static export under the base path, without what a static host cannot do', () => {
  const saved = { output: process.env.XIAOJI_OUTPUT, base: process.env.XIAOJI_BASE_PATH };
  const restore = (key: string, value: string | undefined) => {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  };
  try {
    process.env.XIAOJI_OUTPUT = 'export';
    process.env.XIAOJI_BASE_PATH = 'repo/';
    const config = nextConfig(PHASE_PRODUCTION_SERVER);
    assert.equal(config.output, 'export');
    assert.equal(config.basePath, '/repo');
    const { XIAOJI_VENDOR_FILES, ...env } = config.env ?? {};
    assert.deepEqual(env, { XIAOJI_OUTPUT: 'export', XIAOJI_BASE_PATH: '/repo' });
    // The export serves the versioned vendor files too, as plain files (no headers on a static host).
    assert.match(XIAOJI_VENDOR_FILES ?? '', /"zh\/tw\.js":"zh\/[0-9a-f]{10}\/tw\.js"/);
    assert.equal(config.redirects, undefined);
    assert.equal(config.rewrites, undefined);
    assert.equal(config.headers, undefined);
    // The server-only route files (`route.server.ts`) are not routes of an export.
    assert.equal(config.pageExtensions?.includes('server.ts'), false);
    delete process.env.XIAOJI_OUTPUT;
    const server = nextConfig(PHASE_PRODUCTION_SERVER);
    assert.equal(server.output, undefined);
    assert.equal(server.basePath, undefined);
    assert.equal(server.pageExtensions?.[0], 'server.ts');
    assert.equal(typeof server.redirects, 'function');
    process.env.XIAOJI_OUTPUT = 'static';
    assert.throws(() => nextConfig(PHASE_PRODUCTION_SERVER), /XIAOJI_OUTPUT: expected "export"/);
  } finally {
    restore('XIAOJI_OUTPUT', saved.output);
    restore('XIAOJI_BASE_PATH', saved.base);
  }
});

test("a static export's route files (not `route.server.ts`) are none of them force-dynamic", () => {
  const routes = (readdirSync(path.join(repo, 'app'), { recursive: true }) as string[]).filter((file) =>
    /(^|\/)route\.ts$/.test(file),
  );
  assert.ok(routes.length > 0);
  for (const file of routes)
    assert.doesNotMatch(readFileSync(path.join(repo, 'app', file), 'utf8'), /force-dynamic/, `app/${file}`);
});
