/**
 * Page weight as a modern browser pays it at load: the HTML, every `<script src>` it runs (a
 * `nomodule` script is skipped by module-aware browsers) and every stylesheet it links. Sizes are
 * bytes, raw and gzip -9, each file compressed on its own as a server would.
 */
import { gzipSync } from 'node:zlib';

export interface LoadAssets {
  /** `src` of each script a module-aware browser runs, in document order, duplicates dropped. */
  scripts: string[];
  /** `href` of each `<link rel="stylesheet">`, in document order, duplicates dropped. */
  styles: string[];
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  /** Scripts run at load, summed. */
  js: Bytes;
  css: Bytes;
  scripts: { url: string; raw: number; gzip: number }[];
  styles: { url: string; raw: number; gzip: number }[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTR = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

/**
 * The scripts and stylesheets an HTML document loads. Scripts inside JSON/RSC payloads are text,
 * not tags, so they are not seen; `type="application/ld+json"` and other non-JS types are skipped.
 */
export function findLoadAssets(html: string): LoadAssets {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = readAttributes(m[2] ?? '');
    if (tag === 'script') {
      const src = attrs.get('src');
      const type = (attrs.get('type') ?? '').toLowerCase();
      const runs = type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
      if (src && runs && !attrs.has('nomodule') && !scripts.includes(src)) scripts.push(src);
    } else {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (href && rel.includes('stylesheet') && !styles.includes(href)) styles.push(href);
    }
  }
  return { scripts, styles };
}

/** gzip -9 of one file. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

function bytesOf(data: Uint8Array | string): Bytes {
  const raw = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  return { raw, gzip: gzipSize(data) };
}

function sum(items: readonly Bytes[]): Bytes {
  return items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/**
 * Weighs a page: `fetchBytes(url)` returns the body of the page or of an asset URL found in it
 * (absolute path such as `/_next/static/…`), from a server or from the build output.
 */
export async function weighPage(
  pagePath: string,
  fetchBytes: (url: string) => Promise<Uint8Array>,
): Promise<PageWeight> {
  const htmlBytes = await fetchBytes(pagePath);
  const html = Buffer.from(htmlBytes).toString('utf8');
  const assets = findLoadAssets(html);
  const scripts = await Promise.all(
    assets.scripts.map(async (url) => ({ url, ...bytesOf(await fetchBytes(url)) })),
  );
  const styles = await Promise.all(
    assets.styles.map(async (url) => ({ url, ...bytesOf(await fetchBytes(url)) })),
  );
  return { html: bytesOf(htmlBytes), js: sum(scripts), css: sum(styles), scripts, styles };
}

/** A `fetchBytes` for a running server at `origin`; a non-200 answer throws. */
export function httpFetcher(origin: string): (url: string) => Promise<Uint8Array> {
  return async (url) => {
    const target = new URL(url, origin);
    // Identity encoding: we compress ourselves, with the same settings for every file.
    const res = await fetch(target, { headers: { 'accept-encoding': 'identity' } });
    if (res.status !== 200) throw new Error(`GET ${target.href}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
