/**
 * Where paths no page answers land (a fallback rewrite in next.config.ts): another spelling of a
 * post's URL (other case, no trailing slash, another percent-encoding or Unicode form) or a
 * `redirect_from:` path answers with a permanent redirect to the post; anything else with the
 * prerendered 404 page. Posts stay static and never pass here, so the lookup costs only requests
 * that would 404 anyway.
 *
 * A route handler, not a page: a page that redirects or calls notFound() is rendered per request,
 * layout included, and a flood of missing URLs would pay that on every request; the prerendered 404
 * page is read once and served from memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../../../lib/build-env';
import { findMovedPost } from '../../../lib/content';

export const dynamic = 'force-dynamic';

const dev = process.env.NODE_ENV === 'development';
let notFoundPage: string | null | undefined;

/** The 404 page `next build` prerendered (app/not-found.tsx), read once; null when there is none. */
function prerenderedNotFound(): string | null {
  if (notFoundPage === undefined) {
    try {
      notFoundPage = readFileSync(path.join(process.cwd(), distDir, 'server/app/_not-found.html'), 'utf8');
    } catch {
      notFoundPage = null;
    }
  }
  return notFoundPage;
}

// Marks the dev server's request for its own 404 page, so that request cannot come back here forever.
const INNER = 'x-xiaoji-not-found';

async function notFoundResponse(request: Request): Promise<Response> {
  // `next dev` compiles the 404 page on demand and writes no HTML file: ask it for the page.
  const html = !dev
    ? prerenderedNotFound()
    : request.headers.has(INNER)
      ? null
      : await fetch(new URL('/_not-found/', request.url), { headers: { [INNER]: '1' } }).then(
          (r) => r.text(),
          () => null,
        );
  return new Response(html ?? 'Not Found', {
    status: 404,
    headers: { 'content-type': `${html === null ? 'text/plain' : 'text/html'}; charset=utf-8` },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  // Whether the request had a trailing slash is not known here; the lookup ignores it anyway. A post's
  // own URL never lands here (its page is prerendered), so the redirect cannot loop.
  const target = findMovedPost(`/${(await params).path.join('/')}/`);
  if (target === null) return notFoundResponse(request);
  return new Response(null, { status: 308, headers: { location: encodeURI(target) } });
}
