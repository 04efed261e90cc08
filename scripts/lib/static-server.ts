/**
 * A plain static file server for a static export (`out/`), answering as GitHub Pages does, so the
 * e2e suite and the crawl test the export the way a reader meets it:
 *  - the site lives under `base` (`/blog`): `/blog/x/` is `out/x/index.html`, `/blog/x.css` `out/x.css`;
 *  - a folder without its slash (`/blog/x`) is a 301 to `/blog/x/`; `/blog/x` is also `out/x.html`;
 *  - anything else is `out/404.html` with status 404. No other headers than the content type.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The server for `dir` under `base` ('' or `/blog`); listen on it yourself. */
export function createStaticServer(dir: string, base: string): Server {
  const root = path.resolve(dir);
  return createServer((request, response) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      const type = file
        ? (TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream')
        : 'text/plain';
      response.writeHead(status, { 'content-type': type, ...headers });
      if (request.method === 'HEAD' || file === null)
        response.end(file === null ? String(status) : undefined);
      else createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      send(404, isFile(page) ? page : null);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return notFound();
    const relative = pathname.slice(base.length);
    const file = path.join(root, relative);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return notFound();
    if (relative.endsWith('/') || relative === '') {
      const index = path.join(file, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(file)) return send(200, file);
    if (isFile(path.join(file, 'index.html')))
      return send(301, null, { location: `${url.pathname}/${url.search}` });
    if (isFile(`${file}.html`)) return send(200, `${file}.html`);
    return notFound();
  });
}
