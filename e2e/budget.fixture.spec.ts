/**
 * Byte budgets (issue 6), deterministic: gzip -9 byte counts of the fixture site's production build
 * against the framework floor (a one-page Next app with no client components, built once per
 * next/react version into bench/tmp/ and reused). Timings live in `npm run bench`, not here.
 */
import { FIXTURE_HTML_GZIP, KB, POST_JS_OVER_FLOOR } from '../bench/budgets';
import { ensureFloorBuild, weighFloor } from '../bench/lib/floor';
import { httpFetcher, type PageWeight, weighPage } from '../bench/lib/page-weight';
import { pickPages } from '../bench/lib/pages';
import { findRepoRoot } from '../bench/lib/workspace';
import { generateNotes } from '../scripts/generate-notes';
import { expect, SEED, test } from './helpers';

// The fixture's 25 generated notes pick the category and tag; the post is the real seed note; the
// knowledge note is the vault's most linked one (links, embeds, backlinks, its graph).
const pages = pickPages(generateNotes(25), SEED.slug, '链接/链接总览.md');
let floor: PageWeight;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const listScripts = (w: PageWeight) => w.scripts.map((s) => `${s.url} ${kb(s.gzip)}`).join('\n');

test.beforeAll(async () => {
  // A cold floor build takes a minute or two on two cores; later runs (and a second worker, which
  // waits on the build's lock) reuse it.
  test.setTimeout(600_000);
  floor = await weighFloor(await ensureFloorBuild(findRepoRoot()));
});

test('the floor loads some JavaScript (sanity check of the measurement)', () => {
  expect(floor.scripts.length).toBeGreaterThan(0);
  expect(floor.js.gzip).toBeGreaterThan(50 * KB);
});

test(`a post page loads at most the floor's JavaScript + ${kb(POST_JS_OVER_FLOOR)} (gzip)`, async ({
  baseURL,
}) => {
  const post = pages.find((p) => p.key === 'post');
  const weight = await weighPage(post?.path ?? '', httpFetcher(baseURL ?? ''));
  expect(
    weight.js.gzip,
    `post ${kb(weight.js.gzip)} vs floor ${kb(floor.js.gzip)}\npost scripts:\n${listScripts(weight)}\nfloor scripts:\n${listScripts(floor)}`,
  ).toBeLessThanOrEqual(floor.js.gzip + POST_JS_OVER_FLOOR);
});

test(`a knowledge note's page loads no more JavaScript than a post's budget`, async ({ baseURL }) => {
  const note = pages.find((p) => p.key === 'note');
  const weight = await weighPage(note?.path ?? '', httpFetcher(baseURL ?? ''));
  expect(
    weight.js.gzip,
    `note ${kb(weight.js.gzip)} vs floor ${kb(floor.js.gzip)}\nnote scripts:\n${listScripts(weight)}`,
  ).toBeLessThanOrEqual(floor.js.gzip + POST_JS_OVER_FLOOR);
});

for (const page of pages) {
  const budget = FIXTURE_HTML_GZIP[page.key];
  test(`${decodeURIComponent(page.path)} HTML stays within ${kb(budget)} (gzip)`, async ({ baseURL }) => {
    const weight = await weighPage(page.path, httpFetcher(baseURL ?? ''));
    expect(weight.html.gzip, `${page.path}: ${kb(weight.html.raw)} raw`).toBeLessThanOrEqual(budget);
  });
}
