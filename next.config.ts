import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { snapshotContentData } from './lib/content-data';
import { copyVendorFiles } from './lib/vendor-files';
import { buildWorkers, distDir, withYoungGeneration, workspaceRoot } from './site.config';

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
  'globals',
  'hastscript',
  'entities',
];

// Giscus is the only third party: its script/iframe/styles come from giscus.app.
// Inline scripts are needed for the no-flash theme script and Next's own hydration data;
// inline styles for shiki's CSS variables and KaTeX.
function buildCsp(dev: boolean): string {
  return [
    "default-src 'self'",
    // React Refresh in `next dev` evaluates code; production never needs eval.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''} https://giscus.app`,
    "style-src 'self' 'unsafe-inline' https://giscus.app",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    'frame-src https://giscus.app',
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  // `next build` starts its static generation workers after loading this file: they inherit it.
  if (phase === PHASE_PRODUCTION_BUILD)
    process.env.NODE_OPTIONS = withYoungGeneration(process.env.NODE_OPTIONS, buildWorkers);
  // mermaid's prebuilt browser file into public/vendor/ (git-ignored), for `next dev` and `next build`
  // alike, including the builds of site copies under bench/tmp (lib/vendor-files.ts).
  copyVendorFiles(process.cwd());
  return {
    distDir,
    // The snapshot of Contentlayer's data that this build's server reads (lib/content-data.ts): its
    // name is compiled into the server code, so the build keeps reading its own data after another
    // build rewrites `.contentlayer/generated`. Only `next build` makes one; dev reads the note files.
    ...(phase === PHASE_PRODUCTION_BUILD
      ? { env: { XIAOJI_CONTENT_DATA: snapshotContentData(process.cwd()) } }
      : {}),
    turbopack: {
      ...(workspaceRoot ? { root: workspaceRoot } : {}),
    },
    ...(workspaceRoot ? { outputFileTracingRoot: workspaceRoot } : {}),
    poweredByHeader: false,
    // Next hashes every static page's whole HTML for its ETag on every request (fnv1a over each
    // character, in JavaScript): on a 53 kB post that is a third of `next start`'s time per request
    // (541 -> 813 req/s without it, README, Performance). Prerendered pages only change with a new
    // build; on Vercel the CDN serves them with its own validators, so this only drops 304s for
    // a self-hosted `next start`.
    generateEtags: false,
    // Build-time-only libraries are loaded from node_modules at run time instead of being bundled
    // for the server: Turbopack would otherwise compile shiki's grammars, KaTeX and OpenCC's tables
    // for every server bundle (README, Performance). mermaid is not bundled at all: the browser
    // loads its prebuilt file from public/vendor/.
    // The markdown pipeline too (unified, remark, rehype, micromark and mdast/hast utilities, MDX's
    // compiler): the server only runs it for `.mdx` bodies, the feed and `next dev`, and none of it
    // touches React (next-mdx-remote, which does, stays bundled). Compile of 1,000 notes 21.6-24.0 ->
    // 17.7-19.9 s. Each must be installed at the project root (lib/next-config.test.ts).
    serverExternalPackages: SERVER_EXTERNAL_PACKAGES,
    // With prerender source maps, each static generation worker loads the server chunks' source maps
    // (16 MB for the bundled notes' data alone at 1,000 notes): a worker's heap after a collection
    // holds 135-185 MB instead of 57-110 MB, and the build's peak memory was 1.83-2.16 GB instead of
    // 1.61-1.71 GB (alternating builds of 1,000 notes; README, Performance). The cost: an exception
    // while prerendering names the compiled chunk's line instead of the source file's.
    enablePrerenderSourceMaps: false,
    reactStrictMode: true,
    experimental: {
      // One static generation worker per core (site.config.ts), not Next's one per core minus one.
      cpus: buildWorkers,
      // With prefetch inlining, Next measures every prerendered page's segments (a second decode of
      // its RSC payload and a gzip of each segment) to decide which to bundle into one prefetch
      // response. Nearly every <Link> here has prefetch={false}; the few that prefetch (search
      // results, 404's home link) fetch a page's segments separately instead. Generating 1,000
      // notes' pages takes 25.4 s instead of 32.3 s without it (README, Performance).
      prefetchInlining: false,
    },
    async headers() {
      return [
        {
          // An unnamed group, not `/:path*`: with a named parameter Next compiles every header value
          // that contains a colon (the CSP's `https:`) through path-to-regexp on every request, to
          // substitute parameters it does not use (~130 µs a request, a tenth of serving a post).
          // Next drops unnamed groups' values, so it has nothing to substitute.
          source: '/(.*)',
          headers: [
            { key: 'Content-Security-Policy', value: buildCsp(dev) },
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
      ];
    },
  };
}
