/**
 * The static export (`XIAOJI_OUTPUT=export`): `npm run build` writes a plain static site to `out/`
 * for GitHub Pages or any static host, optionally under a base path (`XIAOJI_BASE_PATH=/repo` for a
 * project site at `user.github.io/repo`). Both are read from the environment at build time, so the
 * Pages workflow can take the base path from the repository it deploys (docs/deploying.md).
 * next.config.ts inlines the base path into client code as `XIAOJI_BASE_PATH` too.
 */

/** The value of `XIAOJI_OUTPUT` that selects the static export; unset means a Next server build. */
export const EXPORT_OUTPUT = 'export';

/** Checks `XIAOJI_OUTPUT`: unset/empty (server build) or `export`; anything else names the variable. */
export function readOutputMode(value: string | undefined): 'server' | 'export' {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'server') return 'server';
  if (text === EXPORT_OUTPUT) return 'export';
  throw new Error(
    `XIAOJI_OUTPUT: expected "export" (static site in out/) or unset, got ${JSON.stringify(value)}`,
  );
}

/**
 * Checks `XIAOJI_BASE_PATH` and returns it as Next wants it: '' for none, else `/a` or `/a/b` (no
 * trailing slash). `/`, `repo` and `/repo/` are accepted and normalised; other characters than URL
 * path ones are refused with the variable named.
 */
export function readBasePath(value: string | undefined): string {
  const text = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (text === '') return '';
  if (!/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(text) || text.split('/').some((s) => /^\.+$/.test(s)))
    throw new Error(
      `XIAOJI_BASE_PATH: expected a URL path such as "/repo" (letters, digits, "-", "_", "." and "~" between slashes), got ${JSON.stringify(value)}`,
    );
  return `/${text}`;
}

// The two values below never throw, so any module may import them: scripts/build.ts and
// next.config.ts check the variables first and stop the build naming the bad one.

/** Whether this build is the static export. */
export const isStaticExport: boolean = process.env.XIAOJI_OUTPUT?.trim() === EXPORT_OUTPUT;

/**
 * The base path pages live under (`/repo`), '' when none. Only an export takes one: a server build
 * ignores the variable, so a stray value cannot move a Vercel site.
 */
export const basePath: string = isStaticExport ? basePathOrNone(process.env.XIAOJI_BASE_PATH) : '';

function basePathOrNone(value: string | undefined): string {
  try {
    return readBasePath(value);
  } catch {
    return '';
  }
}

/**
 * A site path as the browser must request it: `/search-index.json` → `/repo/search-index.json`.
 * Next's <Link>, its assets and metadata already add the base path; this is for everything else
 * (plain <a>, fetch, script and stylesheet URLs, links inside note bodies). Other URLs pass as they are.
 */
export function withBasePath(path: string, base: string = basePath): string {
  return base === '' || !path.startsWith('/') || path.startsWith('//') ? path : `${base}${path}`;
}

/**
 * The route parameter a static export prerenders when a dynamic route has no pages (no tags, no
 * `permalink:` posts, one page of posts): `output: 'export'` refuses an empty generateStaticParams.
 * Its page answers notFound(), and scripts/export-files.ts removes what was written for it.
 */
export const NO_PAGE_PARAM = '__xiaoji-no-page__';

/** `params`, or in a static export with none, the one placeholder (NO_PAGE_PARAM) Next needs. */
export function exportableParams<T>(params: T[], placeholder: T): T[] {
  return isStaticExport && params.length === 0 ? [placeholder] : params;
}

/**
 * Where `next build` writes a static export: `out/`, or the dist dir when XIAOJI_DIST_DIR names
 * another than `.next` (Next then writes the export there and keeps its build files in `.next`).
 */
export function exportDir(distDir: string): string {
  return distDir === '.next' ? 'out' : distDir;
}
