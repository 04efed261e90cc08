/**
 * Reading what `vercel build` wrote (`.vercel/output`, Build Output API v3) for scripts/vercel-check.ts:
 * the routing config, the functions with the files each one ships, the prerendered pages and static
 * files, and the build log's warnings. Pure reads, so the rules are tested on small tables
 * (vercel-output.test.ts) and the check itself only builds and asks.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** One entry of config.json's `routes` (only the fields the check reads). */
export interface Route {
  src?: string;
  dest?: string;
  status?: number;
  headers?: Record<string, string>;
  handle?: string;
  continue?: boolean;
  middlewarePath?: string;
}

export function readRoutes(outputDir: string): Route[] {
  const config = JSON.parse(readFileSync(path.join(outputDir, 'config.json'), 'utf8')) as {
    version?: number;
    routes?: Route[];
  };
  if (config.version !== 3 || !Array.isArray(config.routes))
    throw new Error(`${outputDir}/config.json: expected Build Output API version 3 with a routes list`);
  return config.routes;
}

/** The routes Vercel applies before it looks at the file system: redirects, headers, the proxy. */
function beforeFilesystem(routes: Route[]): Route[] {
  const end = routes.findIndex((r) => r.handle !== undefined);
  return end === -1 ? routes : routes.slice(0, end);
}

function match(route: Route, urlPath: string): RegExpExecArray | null {
  return route.src === undefined ? null : new RegExp(route.src).exec(urlPath);
}

/** `$1`… and `$name` in a route's Location or dest replaced by its match's groups, as Vercel's router does. */
function substitute(template: string, groups: RegExpExecArray): string {
  return template.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_, key: string) =>
    /^\d+$/.test(key) ? (groups[Number(key)] ?? '') : (groups.groups?.[key] ?? ''),
  );
}

/** The first redirect a request for `urlPath` meets, or null when it reaches the file system. */
export function redirectFor(routes: Route[], urlPath: string): { status: number; location: string } | null {
  for (const route of beforeFilesystem(routes)) {
    const groups = match(route, urlPath);
    const location = route.headers?.Location ?? route.headers?.location;
    if (groups && route.status && route.status >= 300 && route.status < 400 && location)
      return { status: route.status, location: substitute(location, groups) };
  }
  return null;
}

/**
 * Where the routes after `handle: filesystem` (Next's afterFiles rewrites, e.g. Chirpy's `/page2/`
 * to `/page/2/`) send a path no file answers, or null. Query strings are left out.
 */
export function rewriteFor(routes: Route[], urlPath: string): string | null {
  const start = routes.findIndex((r) => r.handle === 'filesystem');
  if (start === -1) return null;
  for (const route of routes.slice(start + 1)) {
    if (route.handle !== undefined) return null;
    const groups = match(route, urlPath);
    if (groups && route.dest !== undefined && route.status === undefined)
      return substitute(route.dest, groups).split('?')[0] ?? null;
  }
  return null;
}

/** The response headers routes add to `urlPath` (every matching route, later ones winning). */
export function headersFor(routes: Route[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const route of beforeFilesystem(routes)) {
    if (route.status !== undefined || !route.headers || !match(route, urlPath)) continue;
    Object.assign(headers, route.headers);
  }
  return headers;
}

/** Whether a route of the `handle` phase `phase` sends `urlPath` to `dest` (e.g. the 404 page). */
export function phaseRoutesTo(routes: Route[], phase: string, urlPath: string, dest: string): boolean {
  const start = routes.findIndex((r) => r.handle === phase);
  if (start === -1) return false;
  for (const route of routes.slice(start + 1)) {
    if (route.handle !== undefined) return false;
    if (route.dest === dest && match(route, urlPath)) return true;
  }
  return false;
}

/** A function as Vercel will deploy it. */
export interface VercelFunction {
  /** The route path it is written under, e.g. `posts/[slug]` or `posts/zhihu-notes-1.rsc`. */
  name: string;
  /** Its folder with symlinks resolved: several names share one function. */
  dir: string;
  config: FunctionConfig;
}

export interface FunctionConfig {
  handler: string;
  runtime?: string;
  operationType?: string;
  /** The proxy (middleware): a handler taking a web Request, not Node's request and response. */
  useWebApi?: boolean;
  /** Files shipped beside the folder's own: path in the function → path in the project. */
  filePathMap?: Record<string, string>;
}

/** Every `*.func` folder under `functions/`, symlinked names included. */
export function listFunctions(outputDir: string): VercelFunction[] {
  const root = path.join(outputDir, 'functions');
  const found: VercelFunction[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (entry.endsWith('.func')) {
        const real = realpathSync(full);
        const config = JSON.parse(readFileSync(path.join(real, '.vc-config.json'), 'utf8')) as FunctionConfig;
        found.push({ name: path.relative(root, full).slice(0, -'.func'.length), dir: real, config });
      } else if (!entry.endsWith('.segments') && lstatSync(full).isDirectory()) walk(full);
    }
  };
  walk(root);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The paths (inside the function) of every file a function ships: its folder's and its map's. */
export function shippedFiles(fn: VercelFunction): Set<string> {
  const files = new Set(Object.keys(fn.config.filePathMap ?? {}));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(path.relative(fn.dir, full));
    }
  };
  walk(fn.dir);
  return files;
}

/** The `env` Next compiled into a Node function's launcher (`conf.env`), or null for another handler. */
export function launcherEnv(fn: VercelFunction): Record<string, string> | null {
  const file = path.join(fn.dir, fn.config.handler);
  if (!existsSync(file)) return null;
  const conf = /^const conf = (\{.*\});$/m.exec(readFileSync(file, 'utf8'));
  if (!conf?.[1]) return null;
  return (JSON.parse(conf[1]) as { env?: Record<string, string> }).env ?? {};
}

/** The folder name of a site path in the output: `/` → `index`, `/tags/知乎/` → `tags/知乎`. */
export function outputName(urlPath: string): string {
  const decoded = decodeURIComponent(urlPath).replace(/^\/+|\/+$/g, '');
  return decoded === '' ? 'index' : decoded;
}

export type PageOutput =
  | { kind: 'static'; file: string }
  | { kind: 'prerender'; fallback: string; status: number }
  | { kind: 'missing'; why: string };

/** How the CDN serves a site path: a static file, a prerender with its fallback, or not at all. */
export function pageOutput(outputDir: string, urlPath: string): PageOutput {
  const name = outputName(urlPath);
  for (const file of [`${name}.html`, path.join(name, 'index.html'), name]) {
    const full = path.join(outputDir, 'static', file);
    if (existsSync(full) && statSync(full).isFile()) return { kind: 'static', file: full };
  }
  const configFile = path.join(outputDir, 'functions', `${name}.prerender-config.json`);
  if (!existsSync(configFile)) return { kind: 'missing', why: `no static file and no ${configFile}` };
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as {
    fallback?: { fsPath?: string } | null;
    initialStatus?: number;
  };
  if (!existsSync(path.join(outputDir, 'functions', `${name}.func`)))
    return { kind: 'missing', why: `${configFile} has no function ${name}.func beside it` };
  const fsPath = config.fallback?.fsPath;
  if (!fsPath)
    return { kind: 'missing', why: `${configFile}: no fallback (the page would be rendered per request)` };
  const fallback = path.join(path.dirname(configFile), fsPath);
  if (!existsSync(fallback) || statSync(fallback).size === 0)
    return { kind: 'missing', why: `${configFile}: fallback ${fallback} is missing or empty` };
  return { kind: 'prerender', fallback, status: config.initialStatus ?? 200 };
}

/** The paths of a sitemap's `<loc>` URLs. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL((m[1] ?? '').trim()).pathname);
}

/**
 * Warnings of a local `vercel build` that do not change what a deployment does, each with why. Any
 * other warning line in the log fails the check.
 */
export const HARMLESS_WARNINGS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^WARNING! Build not running on Vercel\. System environment variables will not be available\.$/,
    why: 'a local build has no VERCEL_* variables; on Vercel it has them (SITE_URL falls back to them)',
  },
  {
    pattern:
      /^Warning: Detected "engines": \{ "node": ">=[\d.]+" \} in your `package\.json` that will automatically upgrade/,
    why: "engines.node is Next's minimum on purpose: Vercel runs the newest Node it offers (docs/deploying.md)",
  },
  {
    pattern: /^WARNING: You should not upload the `\.next` directory\.$/,
    why: 'a local build found an earlier local build there; a deployment builds a clean checkout, where .next is git-ignored',
  },
  {
    // `warning: content/notes/a.md:19: link: [[x]] matches no note` (lib/check-content.ts).
    pattern: /^warning: \S.*\.mdx?:\d+: [\w-]+: /,
    why: "the content check's warnings about the writer's notes (a link that matches nothing, say): the site builds and shows them as written",
  },
];

/** The lines of a build log that warn of something not known to be harmless. */
export function unexplainedWarnings(log: string): string[] {
  return (
    log
      .split(/\r?\n/)
      .map((line) => line.trim())
      // The builder's own tracing of what Next left untraced is printed as a timing, not a warning.
      .filter((line) => /\bwarn(ing)?\b|⚠|due to missing build trace/i.test(line))
      .filter((line) => !HARMLESS_WARNINGS.some((w) => w.pattern.test(line)))
  );
}
