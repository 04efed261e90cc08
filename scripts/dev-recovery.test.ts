/**
 * `npm run dev` with a broken note (`npm run test:dev`, part of `npm test`): in a copy of the site,
 * `scripts/dev.ts` serves two notes; one is broken, then fixed, while the server runs.
 *
 *  - an open page in Chromium shows a saved edit by itself (no reload), also an edit saved while the
 *    page was not listening for changes (its event stream blocked, then let through);
 *
 *  - broken: the other note is still served (200, its title); every page shows the problem, naming
 *    the file, line and field; the terminal prints it too; the broken note is not served;
 *  - fixed: without a restart, the note is served with its new title and the problem is gone;
 *  - links between notes: a note added, then renamed, while a page links to it by name: the
 *    linking page's link and the target's backlinks follow, as each save is made.
 *
 * Dev compiles pages on first request, slowly on a busy machine: each step polls for up to 4 minutes.
 * Not a timing test: how fast an edit shows is measured by `npm run bench` (dev loop).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM } from './chromium';
import { killGroup } from './lib/proc';
import { copySite, ROOT, siteEnv, sleep, WORK } from './site-build';

const PORT = Number(process.env.DEV_TEST_PORT ?? 4351);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STEP_MS = 4 * 60_000;
const SEED = '2025-11-28-zhihu-notes-1.md';
const SEED_TITLE = '俺的第一篇知乎小记';
const NOTE = '2025-01-02-dev-note.md';

const good = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: 2025-01-02 10:00:00 +0800\ncategories: [随笔]\ntags: [开发]\n---\n\n开发模式下的小记正文。\n${extra}`;
// `date` is not a date: an error the checker reports as `content/…:3: date: …`.
const broken = '---\ntitle: "坏掉的小记"\ndate: 明天早上\ntags: [开发]\n---\n\n正文。\n';

let dev: ChildProcess | null = null;
let browser: Browser | null = null;
let terminal = '';
const contentDir = path.join(WORK, 'dev-content');
const postsDir = path.join(contentDir, 'posts');
const notesDir = path.join(contentDir, 'notes');
// A vault note linking by name to two notes that do not exist yet.
const LINKING = '---\ntitle: 甲\n---\n\n甲的正文：见 [[乙]] 和 [[丙]]。\n';

async function get(pathname: string): Promise<{ status: number; html: string }> {
  try {
    const res = await fetch(`${ORIGIN}${encodeURI(pathname)}`, { signal: AbortSignal.timeout(60_000) });
    return { status: res.status, html: await res.text() };
  } catch (error) {
    return { status: 0, html: String(error) };
  }
}

/** Polls until `check` holds (returns null) or the step times out; the last reason is the failure. */
async function eventually(what: string, check: () => Promise<string | null>): Promise<void> {
  const deadline = Date.now() + STEP_MS;
  let reason: string | null = 'not tried';
  while (Date.now() < deadline) {
    reason = await check();
    if (reason === null) return;
    if (dev?.exitCode !== null) break;
    await sleep(1000);
  }
  assert.fail(
    `${what}: ${reason}\n--- terminal (last 40 lines) ---\n${terminal.split('\n').slice(-40).join('\n')}`,
  );
}

/** The pages an HTML's resolved internal links go to (decoded), and the pages its backlinks name. */
const internalLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="internal-link">/g)].map((m) => decodeURI(m[1] ?? ''));
const backlinksOf = (html: string) =>
  [
    ...(/<section[^>]*data-backlinks[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(
      /<a [^>]*href="([^"]+)"/g,
    ),
  ].map((m) => decodeURI(m[1] ?? ''));

const problemText = (html: string) =>
  /role="alert"[\s\S]*?<\/aside>/
    .exec(html)?.[0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ') ?? '';

describe('npm run dev with a broken note', { timeout: 20 * 60_000 }, () => {
  before(async () => {
    const cwd = copySite('dev');
    copyFileSync(path.join(ROOT, 'scripts/dev.ts'), path.join(cwd, 'scripts/dev.ts'));
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(postsDir, { recursive: true });
    copyFileSync(path.join(ROOT, 'content/posts', SEED), path.join(postsDir, SEED));
    writeFileSync(path.join(postsDir, NOTE), good('开发中的小记'));
    mkdirSync(path.join(notesDir, '学习'), { recursive: true });
    writeFileSync(path.join(notesDir, '甲.md'), LINKING);
    const env = siteEnv({ cwd, contentDir, port: PORT, distDir: '.next-dev' });
    dev = spawn(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/dev.ts', '-p', String(PORT), '-H', '127.0.0.1'],
      {
        cwd,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    dev.stdout?.on('data', (chunk: Buffer) => {
      terminal += chunk.toString();
    });
    dev.stderr?.on('data', (chunk: Buffer) => {
      terminal += chunk.toString();
    });
    await eventually('the dev server serves the new note', async () => {
      const page = await get('/posts/dev-note/');
      return page.status === 200 && page.html.includes('开发中的小记') ? null : `answers ${page.status}`;
    });
  });

  after(async () => {
    await browser?.close();
    if (dev) await killGroup(dev);
  });

  test('a broken note: the others are served, the problem is shown in the page and the terminal', async () => {
    const before = terminal.length;
    writeFileSync(path.join(postsDir, NOTE), broken);
    const where = `posts/${NOTE}:3: date:`;
    await eventually('the home page shows the problem', async () => {
      const home = await get('/');
      if (home.status !== 200) return `/ answers ${home.status}`;
      const shown = problemText(home.html);
      return shown.includes(where)
        ? null
        : `no "${where}" in the page (alert: ${shown.slice(0, 200) || 'none'})`;
    });
    const seed = await get('/posts/zhihu-notes-1/');
    assert.equal(seed.status, 200);
    assert.ok(seed.html.includes(SEED_TITLE), 'the good note keeps its title');
    assert.ok(problemText(seed.html).includes(where), 'and its page shows the problem too');
    const gone = await get('/posts/dev-note/');
    assert.notEqual(gone.status, 200, 'the broken note is not served as a page');
    await eventually('the terminal prints the problem', async () =>
      terminal.slice(before).includes(`${NOTE}`) ? null : 'not printed yet',
    );
  });

  test('fixing the file recovers without a restart', async () => {
    writeFileSync(path.join(postsDir, NOTE), good('修好了的小记'));
    await eventually('the fixed note is served with its new title', async () => {
      const page = await get('/posts/dev-note/');
      if (page.status !== 200) return `answers ${page.status}`;
      if (!page.html.includes('修好了的小记')) return 'old content';
      return problemText(page.html) === '' ? null : `still shows ${problemText(page.html).slice(0, 200)}`;
    });
    assert.equal(dev?.exitCode, null, 'the same dev server, never restarted');
  });

  test('links between notes follow a note added, then renamed', async () => {
    const expect = async (what: string, want: { links: string[]; backlinksOf: string | null }) =>
      eventually(what, async () => {
        const page = await get('/notes/甲/');
        if (page.status !== 200) return `/notes/甲/ answers ${page.status}`;
        const links = internalLinks(page.html);
        if (JSON.stringify(links) !== JSON.stringify(want.links))
          return `甲 links to ${JSON.stringify(links)}`;
        if (want.backlinksOf === null) return null;
        const target = await get(want.backlinksOf);
        if (target.status !== 200) return `${want.backlinksOf} answers ${target.status}`;
        const from = backlinksOf(target.html);
        return from.includes('/notes/甲/')
          ? null
          : `${want.backlinksOf} lists backlinks ${JSON.stringify(from)}`;
      });
    await expect('nothing to link to yet: both links are missing', { links: [], backlinksOf: null });
    const before = await get('/notes/甲/');
    assert.equal(before.html.match(/class="wikilink-missing"/g)?.length, 2, 'two missing links shown');

    writeFileSync(path.join(notesDir, '学习', '乙.md'), '乙的正文。\n');
    await expect('乙 added: 甲 links to it, 乙 lists 甲', {
      links: ['/notes/学习/乙/'],
      backlinksOf: '/notes/学习/乙/',
    });

    renameSync(path.join(notesDir, '学习', '乙.md'), path.join(notesDir, '学习', '丙.md'));
    await expect('乙 renamed 丙: 甲 links to 丙 instead, 丙 lists 甲', {
      links: ['/notes/学习/丙/'],
      backlinksOf: '/notes/学习/丙/',
    });
    assert.notEqual((await get('/notes/学习/乙/')).status, 200, 'the old name has no page');
  });

  test('a saved edit shows without a reload, also one saved while the page was not listening', async () => {
    const save = (extra: string) => writeFileSync(path.join(postsDir, NOTE), good('打开着的小记', extra));
    save('');
    await eventually('the note is served', async () => {
      const page = await get('/posts/dev-note/');
      return page.status === 200 && page.html.includes('打开着的小记') ? null : `answers ${page.status}`;
    });
    browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
    const open = async (listening: boolean) => {
      const page = await (browser as Browser).newPage();
      if (!listening) await page.route('**/content-events/', (route) => route.abort());
      const connected = listening
        ? page.waitForResponse((r) => r.url().endsWith('/content-events/'), { timeout: STEP_MS })
        : null;
      await page.goto(`${ORIGIN}/posts/dev-note/`, { timeout: STEP_MS });
      await page.getByRole('heading', { level: 1, name: '打开着的小记' }).waitFor({ timeout: STEP_MS });
      // Set on this document: a reload or a navigation would lose it.
      await page.evaluate(() => {
        (window as unknown as { sameDocument: boolean }).sameDocument = true;
      });
      const shown = (text: string) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the text must be rendered.
        page.evaluate((t) => document.body.innerText.includes(t), text);
      const shows = async (text: string) => {
        // biome-ignore lint/performance/useDomNodeTextContent: the text must be rendered.
        await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: STEP_MS });
        assert.equal(
          await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
          true,
          'shown in the same document, not by a reload',
        );
      };
      await connected;
      return { page, shown, shows };
    };

    // Listening: once the page's event stream is open, a save shows.
    const first = await open(true);
    await sleep(1000);
    save('\n第一次保存的段落。\n');
    await first.shows('第一次保存的段落。');
    await first.page.close();

    // Not listening: the page's event stream is refused while the note is saved, then let through
    // (EventSource reconnects by itself); on connecting the page learns its notes are out of date.
    // Without the stamp sent on connect, no change would follow and the save would never show.
    const second = await open(false);
    save('\n没在听时保存的段落。\n');
    await sleep(3000);
    assert.equal(
      await second.shown('没在听时保存的段落。'),
      false,
      'shown while its event stream was refused: this step would prove nothing',
    );
    await second.page.unroute('**/content-events/');
    await second.shows('没在听时保存的段落。');
  });
});
