/**
 * Browser files served from our own origin instead of being bundled (bundling mermaid slowed
 * every build and grew the client chunks for pages that draw no diagram):
 * mermaid's prebuilt `dist/mermaid.min.js` (one script that sets `globalThis.mermaid`) is copied to
 * `public/vendor/mermaid/` (git-ignored). `next.config.ts` calls `copyVendorFiles()` whenever Next
 * loads its config, so `npm run dev`, `npm run build` and every build of a site copy (bench, e2e,
 * fuzz) get the file without a separate step.
 */
import { copyFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MERMAID_SCRIPT } from './vendor-paths';

/** Copies the vendored browser files into `<projectDir>/public` unless an identical-size, newer copy is there. */
export function copyVendorFiles(projectDir: string): void {
  // Resolved like an import, so a site copy under bench/tmp finds the checkout's node_modules.
  const require = createRequire(path.join(projectDir, 'package.json'));
  const from = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/mermaid.min.js');
  const to = path.join(projectDir, 'public', MERMAID_SCRIPT);
  const source = statSync(from);
  try {
    const current = statSync(to);
    if (current.size === source.size && current.mtimeMs >= source.mtimeMs) return;
  } catch {
    // not copied yet
  }
  mkdirSync(path.dirname(to), { recursive: true });
  // Written beside and renamed: several Next processes load the config at once.
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}
