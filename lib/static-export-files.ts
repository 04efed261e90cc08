/**
 * What a static export needs beside Next's `out/` (scripts/export-files.ts writes them after
 * `next build`): `.nojekyll`, so GitHub Pages serves `_next/` (Jekyll skips folders starting with
 * `_`), and one small page per `redirect_from:` path that sends the reader on with
 * `<meta http-equiv="refresh">` and names the post with `<link rel="canonical">`, as
 * jekyll-redirect-from does. A static host answers a missing path with its 404 page and cannot send
 * a 301, so these pages are the redirects it can do.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NO_PAGE_PARAM } from './static-export';
import { escapeXml } from './xml';

/**
 * Where the redirect page of site path `from` goes under `out/` (decoded, as the host looks files up):
 * `/a/` and `/a` → `a/index.html` (a static host serves `/a` from there, GitHub Pages after a 301 to
 * `/a/`), `/a.html` → `a.html`. null for the root and paths that would leave `out/`.
 */
export function redirectFile(from: string): string | null {
  let decoded = from;
  try {
    decoded = decodeURI(from);
  } catch {
    // a malformed `%` stays as written
  }
  const clean = (decoded.split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
  if (clean === '' || clean.split('/').some((s) => s === '.' || s === '..' || s.includes('\\'))) return null;
  if (clean.endsWith('/')) return `${clean}index.html`;
  return /\.html?$/i.test(clean) ? clean : `${clean}/index.html`;
}

export interface RedirectPage {
  /** Where the browser goes: the post's path as served, base path included, encoded. */
  href: string;
  /** The post's absolute URL, for `<link rel="canonical">`. */
  canonical: string;
  lang: string;
  title: string;
  text: string;
}

/** A minimal page that redirects at once; the link is there for readers whose browser does not. */
export function redirectPageHtml(page: RedirectPage): string {
  const href = escapeXml(page.href);
  return `<!DOCTYPE html>
<html lang="${escapeXml(page.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeXml(page.title)}</title>
<link rel="canonical" href="${escapeXml(page.canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
</head>
<body>
<main>
<h1>${escapeXml(page.title)}</h1>
<p>${escapeXml(page.text)} <a href="${href}">${escapeXml(page.canonical)}</a></p>
</main>
</body>
</html>
`;
}

/**
 * Writes `.nojekyll` and the redirect pages into `outDir`; a redirect whose file already exists (a
 * page of the site) is skipped and reported. Returns the warnings, each naming the path.
 */
export function writeExportFiles(
  outDir: string,
  redirects: { from: string; page: RedirectPage }[],
): { written: number; warnings: string[] } {
  writeFileSync(path.join(outDir, '.nojekyll'), '');
  const warnings: string[] = [];
  let written = 0;
  for (const { from, page } of redirects) {
    const file = redirectFile(from);
    if (file === null) {
      warnings.push(`redirect_from: ${JSON.stringify(from)}: not a path a static host can serve a page at`);
      continue;
    }
    const target = path.join(outDir, file);
    if (existsSync(target)) {
      warnings.push(
        `redirect_from: ${JSON.stringify(from)}: out/${file} is a page of the site already; not replaced`,
      );
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, redirectPageHtml(page));
    written++;
  }
  return { written, warnings };
}

/** Removes what the export wrote for NO_PAGE_PARAM (the placeholder of a route without pages); returns how many. */
export function removePlaceholders(outDir: string): number {
  let removed = 0;
  const walk = (dir: string) => {
    const before = removed;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === NO_PAGE_PARAM || entry.name.startsWith(`${NO_PAGE_PARAM}.`)) {
        rmSync(full, { recursive: true, force: true });
        removed++;
      } else if (entry.isDirectory()) walk(full);
    }
    // A route folder that held only the placeholder (`out/page/`) goes too.
    if (removed > before && dir !== outDir && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  };
  walk(outDir);
  return removed;
}

/**
 * The home list's pages at Chirpy's (jekyll-paginate's) `/page2/`: the server build rewrites that
 * path to app/page/[n] and redirects `/page/2/` to it; a static host can do neither, so the
 * exported `out/page/2/` moves to `out/page2/`. Returns how many moved.
 */
export function movePagination(outDir: string): number {
  const pages = path.join(outDir, 'page');
  if (!existsSync(pages)) return 0;
  let moved = 0;
  for (const entry of readdirSync(pages, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\d+$/.test(entry.name)) continue;
    const target = path.join(outDir, `page${entry.name}`);
    rmSync(target, { recursive: true, force: true });
    renameSync(path.join(pages, entry.name), target);
    moved++;
  }
  if (readdirSync(pages).length === 0) rmSync(pages, { recursive: true });
  return moved;
}
