/**
 * Files a server route reads that Next's file tracing cannot see, added to the route's trace after
 * `next build` (scripts/build.ts). Vercel packs each function from these traces
 * (`<distDir>/server/app/<route>.js.nft.json`, whose `files` are relative to it), so a file missing
 * there is missing from the deployed function; `next start` reads the dist dir and needs none of this.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * app/moved/ answers a path no page answers with the prerendered 404 page, which `next build` writes
 * after tracing (Turbopack traces while compiling): without it, the function would answer a bare
 * "Not Found" (scripts/vercel-check.ts asks it).
 */
export const EXTRA_TRACED_FILES: { trace: string; files: string[] }[] = [
  { trace: 'server/app/moved/[...path]/route.js.nft.json', files: ['server/app/_not-found.html'] },
];

interface Trace {
  files: string[];
}

/**
 * Adds each extra file (paths relative to `distDir`) to its route's trace, once. An error names the
 * trace or file that is missing: a renamed route or page must be named here anew.
 */
export function addTracedFiles(distDir: string, extra = EXTRA_TRACED_FILES): void {
  for (const { trace, files } of extra) {
    const traceFile = path.join(distDir, trace);
    if (!existsSync(traceFile)) throw new Error(`${traceFile}: no such trace (scripts/lib/trace-files.ts)`);
    const data = JSON.parse(readFileSync(traceFile, 'utf8')) as Trace;
    if (!Array.isArray(data.files)) throw new Error(`${traceFile}: expected a "files" list`);
    let changed = false;
    for (const file of files) {
      const full = path.join(distDir, file);
      if (!existsSync(full))
        throw new Error(`${full}: missing, so ${trace} cannot carry it (scripts/lib/trace-files.ts)`);
      const relative = path.relative(path.dirname(traceFile), full).split(path.sep).join('/');
      if (data.files.includes(relative)) continue;
      data.files.push(relative);
      changed = true;
    }
    if (changed) writeFileSync(traceFile, JSON.stringify(data));
  }
}
