import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { distDir, workspaceRoot } from './site.config';

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
  return {
    distDir,
    ...(workspaceRoot ? { turbopack: { root: workspaceRoot }, outputFileTracingRoot: workspaceRoot } : {}),
    poweredByHeader: false,
    // Build-time-only libraries (and mermaid, which only the browser runs) are loaded from
    // node_modules at run time instead of being bundled for the server: Turbopack would otherwise
    // compile shiki's grammars, KaTeX, mermaid's diagram graph and OpenCC's tables for every server
    // bundle, which was most of the fixed build cost (bench/PERFORMANCE.md).
    serverExternalPackages: [
      'shiki',
      '@shikijs/themes',
      'rehype-pretty-code',
      'katex',
      'mermaid',
      'opencc-js',
      'minisearch',
      'yaml',
    ],
    reactStrictMode: true,
    async headers() {
      return [
        {
          source: '/:path*',
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
