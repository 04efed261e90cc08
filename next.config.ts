import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { buildWorkers, distDir, withYoungGeneration, workspaceRoot } from './lib/build-env';
import { snapshotContentData } from './lib/content-data';
import { buildCsp } from './lib/settings/csp';
import { readBasePath, readOutputMode } from './lib/static-export';
import { copyVendorFiles } from './lib/vendor-files';
import { buildZhScripts } from './lib/zh/build';
import { siteConfig } from './site.config';

/** Loaded by Node from node_modules at run time, never bundled for the server (see below). */
export const SERVER_EXTERNAL_PACKAGES = [
  'shiki',
  '@shikijs/themes',
  'rehype-pretty-code',
  'katex',
  'opencc-js',
  'minisearch',
  'yaml',
  'unified',
  'remark-parse',
  'remark-rehype',
  'remark-gfm',
  'remark-math',
  'remark-mdx',
  '@mdx-js/mdx',
  'rehype-raw',
  'rehype-stringify',
  'unist-util-visit',
  'hast-util-from-html',
  'hast-util-to-string',
  'vfile',
  'github-slugger',
  'style-to-js',
  'remark-cjk-friendly',
  'remark-cjk-friendly-gfm-strikethrough',
  'hastscript',
  'entities',
];

/**
 * Next's two trailing-slash redirects (lib/load-custom-routes.js with `trailingSlash: true`), except
 * that a path under `/posts/` whose last segment has a dot keeps its slash: Jekyll's pretty titles
 * keep dots (`/posts/python-numpy.ndarray/`), and such a post is a page, not a file: there the slash
 * is added instead. Files such as `/feed.xml` and `/search-index.json` lose a trailing slash; every
 * other path gets one. Next lets a custom route's source match with or without a trailing slash
 * (it appends an optional slash to the pattern); the lookaheads for a final slash keep such a path out.
 */
export const TRAILING_SLASH_REDIRECTS = [
  {
    source: '/:file((?!\\.well-known(?:/.*)?)(?!posts/)(?:[^/]+/)*[^/]+\\.\\w+)/',
    destination: '/:file',
    permanent: true,
  },
  {
    // `/posts/python-numpy.ndarray` is another spelling of that post, not a file to serve as is.
    source: '/posts/:title((?!.*/$)[^/]*\\.[^/]*)',
    destination: '/posts/:title/',
    permanent: true,
  },
  {
    source: '/:notfile((?!.*/$)(?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/\\.]+)',
    destination: '/:notfile/',
    permanent: true,
  },
];

/**
 * Route files that need a Next server, named `route.server.ts`: app/moved/ (the fallback for paths no
 * page answers) and app/content-events/ (`npm run dev` only). `output: 'export'` refuses a dynamic
 * route handler, so the export leaves the `server.ts` extension out and Next never sees them.
 */
const PAGE_EXTENSIONS = ['tsx', 'ts', 'jsx', 'js'];
export const SERVER_PAGE_EXTENSIONS = ['server.ts', ...PAGE_EXTENSIONS];

/**
 * `/vendor/*` (lib/vendor-files.ts, lib/zh/build.ts): each file's name carries a hash of its bytes,
 * so a URL never changes content and browsers may keep it for a year without asking again.
 */
const VENDOR_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** What a static host cannot do, kept out of an export: redirects, rewrites and response headers. */
function serverOnly(dev: boolean): Pick<NextConfig, 'redirects' | 'rewrites' | 'headers'> {
  return {
    async redirects() {
      // `/page/2/` is app/page/[n]'s own path; the home list's pages are Chirpy's `/page2/` (below).
      return [
        ...TRAILING_SLASH_REDIRECTS,
        { source: '/page/:n(\\d+)/', destination: '/page:n/', permanent: true },
      ];
    },
    async rewrites() {
      return {
        beforeFiles: [],
        // Chirpy's (jekyll-paginate's) `/page2/` is the home list's page 2, served by app/page/[n].
        afterFiles: [{ source: '/page:n(\\d+)/', destination: '/page/:n/' }],
        // Paths no page answers: another spelling of a post's URL or a `redirect_from:` path gets its
        // permanent redirect there, anything else the 404 page (app/moved/).
        fallback: [{ source: '/:path*', destination: '/moved/:path*' }],
      };
    },
    async headers() {
      return [
        {
          // An unnamed group, not `/:path*`: with a named parameter Next compiles every header value
          // that contains a colon (the CSP's `https:`) through path-to-regexp on every request, to
          // substitute parameters it does not use, a cost on every request.
          // Next drops unnamed groups' values, so it has nothing to substitute.
          source: '/(.*)',
          headers: [
            { key: 'Content-Security-Policy', value: buildCsp({ dev, analytics: siteConfig.analytics }) },
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            {
              key: 'Referrer-Policy',
              value: 'strict-origin-when-cross-origin',
            },
            {
              key: 'Permissions-Policy',
              value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
            },
            { key: 'X-Frame-Options', value: 'DENY' },
          ],
        },
        {
          // Vault attachments (app/notes-files/): a note page frames its PDFs, so these may be
          // framed by our own pages. Later entries win for the same header.
          source: '/notes-files/(.*)',
          headers: [
            {
              key: 'Content-Security-Policy',
              value: buildCsp({ dev, analytics: siteConfig.analytics, framedBy: 'self' }),
            },
            { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          ],
        },
        {
          // Versioned names (lib/vendor-paths.ts): Next serves `public/` with `max-age=0` otherwise, and a
          // reader who switches 简/繁 would fetch 440 kB of tables again on every page.
          source: '/vendor/(.*)',
          headers: [{ key: 'Cache-Control', value: VENDOR_CACHE_CONTROL }],
        },
      ];
    },
  };
}

/**
 * The static export's settings (lib/static-export.ts): `out/`, the base path, and Next's image
 * optimiser off (no server to run it). Pages, route handlers and metadata files are all prerendered
 * already; what is left (`redirect_from:` pages, Chirpy's `/page2/` folders, `.nojekyll`)
 * scripts/export-files.ts adds.
 */
function staticExport(basePath: string): Pick<NextConfig, 'output' | 'basePath' | 'images'> {
  return { output: 'export', ...(basePath ? { basePath } : {}), images: { unoptimized: true } };
}

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  // Read here rather than from lib/static-export's constants, so a test can build either config.
  const isStaticExport = readOutputMode(process.env.XIAOJI_OUTPUT) === 'export';
  const basePath = isStaticExport ? readBasePath(process.env.XIAOJI_BASE_PATH) : '';
  // `next build` starts its static generation workers after loading this file: they inherit it.
  if (phase === PHASE_PRODUCTION_BUILD)
    process.env.NODE_OPTIONS = withYoungGeneration(process.env.NODE_OPTIONS, buildWorkers);
  // mermaid's prebuilt browser file into public/vendor/ (git-ignored), for `next dev` and `next build`
  // alike, including the builds of site copies under bench/tmp (lib/vendor-files.ts).
  // The 简/繁 switch's converter and tables too (lib/zh/build.ts). Both under versioned names, which
  // the pages read from XIAOJI_VENDOR_FILES (lib/vendor-paths.ts).
  const vendorFiles = { ...copyVendorFiles(process.cwd()), ...buildZhScripts(process.cwd()) };
  return {
    distDir,
    // The snapshot of Contentlayer's data that this build's server reads (lib/content-data.ts): its
    // name is compiled into the server code, so the build keeps reading its own data after another
    // build rewrites `.contentlayer/generated`. Only `next build` makes one; dev reads `.contentlayer/generated` as `contentlayer2 dev` rewrites it.
    // The export mode and base path are inlined for the browser's code too (lib/static-export.ts).
    env: {
      XIAOJI_OUTPUT: isStaticExport ? 'export' : '',
      XIAOJI_BASE_PATH: basePath,
      XIAOJI_VENDOR_FILES: JSON.stringify(vendorFiles),
      ...(phase === PHASE_PRODUCTION_BUILD
        ? { XIAOJI_CONTENT_DATA: snapshotContentData(process.cwd()) }
        : {}),
    },
    pageExtensions: isStaticExport ? PAGE_EXTENSIONS : SERVER_PAGE_EXTENSIONS,
    ...(isStaticExport ? staticExport(basePath) : serverOnly(dev)),
    turbopack: {
      ...(workspaceRoot ? { root: workspaceRoot } : {}),
    },
    ...(workspaceRoot ? { outputFileTracingRoot: workspaceRoot } : {}),
    poweredByHeader: false,
    // Chirpy's URLs end in `/` (`/posts/:title/`, `/tags/x/`, `/archives/`), and Giscus keys a thread on
    // the path, slash included. Next's own trailing-slash redirects are replaced by TRAILING_SLASH_REDIRECTS:
    // they would strip the slash from `/posts/python-numpy.ndarray/` as if it were a file.
    trailingSlash: true,
    skipTrailingSlashRedirect: true,
    // Next hashes every static page's whole HTML for its ETag on every request (fnv1a over each
    // character, in JavaScript): for a long post, a large share of `next start`'s time per
    // request. Prerendered pages only change with a new
    // build; on Vercel the CDN serves them with its own validators, so this only drops 304s for
    // a self-hosted `next start`.
    generateEtags: false,
    // Build-time-only libraries are loaded from node_modules at run time instead of being bundled
    // for the server: Turbopack would otherwise compile shiki's grammars, KaTeX and OpenCC's tables
    // for every server bundle. mermaid is not bundled at all: the browser
    // loads its prebuilt file from public/vendor/.
    // The markdown pipeline too (unified, remark, rehype, micromark and mdast/hast utilities, MDX's
    // compiler): the server only runs it for `.mdx` bodies, the feed and `next dev`, and none of it
    // touches React (next-mdx-remote, which does, stays bundled), so compiling it is wasted.
    // Each must be installed at the project root (lib/next-config.test.ts).
    serverExternalPackages: SERVER_EXTERNAL_PACKAGES,
    // With prerender source maps, each static generation worker loads the server chunks' source maps,
    // which hold its heap well above what the pages need and raise the build's peak memory past its
    // budget. The cost: an exception
    // while prerendering names the compiled chunk's line instead of the source file's.
    enablePrerenderSourceMaps: false,
    reactStrictMode: true,
    experimental: {
      // One static generation worker per core (lib/build-env.ts), not Next's one per core minus one.
      cpus: buildWorkers,
      // With prefetch inlining, Next measures every prerendered page's segments (a second decode of
      // its RSC payload and a gzip of each segment) to decide which to bundle into one prefetch
      // response. Nearly every <Link> here has prefetch={false}; the few that prefetch (search
      // results, 404's home link) fetch a page's segments separately instead, so that work is spent
      // for nothing.
      prefetchInlining: false,
    },
  };
}
