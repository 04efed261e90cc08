/**
 * Tailwind reads class names from our code only (`source(none)` and `@source` in app/globals.css),
 * never from the notes, wherever the content folder is: in `npm run dev` a scan of the notes re-ran
 * Tailwind on every save, over every note. Compiles the real
 * stylesheet with the real plugin.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import tailwind from '@tailwindcss/postcss';
import postcss from 'postcss';

const ROOT = path.resolve(import.meta.dirname, '..');
const STYLESHEET = path.join(ROOT, 'app/globals.css');
// A folder at the top of the project, not git-ignored, as a content folder named by
// XIAOJI_CONTENT_DIR would be; an automatic scan of the project would find its note.
const PROBE_DIR = path.join(ROOT, `tailwind-probe-notes-${process.pid}`);
// An arbitrary value no code of ours uses, so only the note can bring it in.
const NOTE_ONLY = 'w-[123.457px]';
const NOTE_ONLY_SELECTOR = '.w-\\[123\\.457px\\]';

let css = '';

before(async () => {
  mkdirSync(path.join(PROBE_DIR, 'posts'), { recursive: true });
  writeFileSync(
    path.join(PROBE_DIR, 'posts/probe.md'),
    `---\ntitle: probe\ndate: 2025-01-01\n---\n\n<div class="${NOTE_ONLY}">x</div>\n`,
  );
  const result = await postcss([tailwind({ base: ROOT, optimize: false })]).process(
    readFileSync(STYLESHEET, 'utf8'),
    { from: STYLESHEET },
  );
  css = result.css;
});

after(() => rmSync(PROBE_DIR, { recursive: true, force: true }));

test('a Tailwind class written only in a note is not generated', () => {
  assert.ok(!css.includes(NOTE_ONLY_SELECTOR), `${NOTE_ONLY_SELECTOR} came from the probe note`);
});

test('classes used by components, routes and lib are generated', () => {
  // components/note-article.tsx, app/not-found.tsx or the layout, lib/markdown's output
  for (const selector of ['.xl\\:mb-0', '.max-w-6xl', '.dark\\:prose-invert']) {
    assert.ok(css.includes(selector), `${selector} is missing`);
  }
});

test('no utility comes from outside the code folders', () => {
  // The README and other docs mention class names; `container` was generated from them before.
  assert.ok(!/^\s*\.container\s*\{/m.test(css), '.container was generated');
});
