import path from 'node:path';

/**
 * The peer's Next config: webpack (Next 15's default for builds), strict mode. No ESLint is
 * installed, so linting during the build is off. `npm run bench` builds this app inside the
 * peer's install folder: files are traced from there (PEER_TRACING_ROOT), not from the first
 * lock file above it, which would be the repository's.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  eslint: { ignoreDuringBuilds: true },
  outputFileTracingRoot: path.resolve(process.env.PEER_TRACING_ROOT ?? process.cwd()),
};

export default nextConfig;
