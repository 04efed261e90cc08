/** Where a note's media paths point: Chirpy's `media_subpath` rule, with the site root as the default base. */

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/|\/|#)/i;

/**
 * Resolves an image/audio/video path written in a note: URLs, `data:`, `#…` and `/`-rooted paths are
 * kept; a relative path is joined to `media_subpath` (a path or a URL), else to the site root, with
 * `./` and `../` resolved. Query and hash are kept.
 */
export function resolveMediaPath(path: string, mediaSubpath: string | null): string {
  const trimmed = path.trim();
  if (trimmed === '' || ABSOLUTE.test(trimmed)) return trimmed;
  const subpath = mediaSubpath?.trim() ?? '';
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(subpath)) {
    const base = new URL(subpath.endsWith('/') ? subpath : `${subpath}/`);
    return new URL(trimmed, base).toString();
  }
  const base = `/${subpath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const resolved = new URL(trimmed, `http://site${base}`);
  return safeDecode(resolved.pathname) + resolved.search + resolved.hash;
}

/** The URL parser percent-encodes CJK; give the path back as written (a malformed `%` stays encoded). */
function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** True for a path served by this site (root-relative, not protocol-relative). */
export function isSitePath(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}
