/**
 * The "imported" e2e variant's site (scripts/e2e.ts): a copy of the site's sources in
 * `bench/tmp/safety/imported/` (scripts/site-build.ts), `npm run import` of the fixture Chirpy site
 * (e2e/fixtures/chirpy-site/) into it, then `npm run build` there. Prints the import's report.
 * Usage: tsx scripts/imported-site.ts --port <port> --dist <dist dir>
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { formatReport, importChirpySite, STATE_FILE } from '../lib/import/chirpy-import';
import { buildSite, copySite, ROOT, tail } from './site-build';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};

async function main(): Promise<void> {
  const port = Number(option('--port', '4315'));
  const distDir = option('--dist', '.next-e2e-imported');
  const cwd = copySite('imported');
  // A first import every time: the copy's notes come from the fixture only.
  for (const leftover of ['content', STATE_FILE])
    rmSync(path.join(cwd, leftover), { recursive: true, force: true });
  const report = importChirpySite({ source: path.join(ROOT, 'e2e/fixtures/chirpy-site'), target: cwd });
  console.log(formatReport(report));
  const log = path.join(cwd, 'build.log');
  const result = await buildSite({ cwd, contentDir: path.join(cwd, 'content'), port, distDir }, log);
  if (result.code !== 0) {
    console.error(tail(log, 80));
    throw new Error(`npm run build of the imported site failed at ${result.failed} (log ${log})`);
  }
  console.log(`imported site built in ${(result.ms / 1000).toFixed(1)} s: ${cwd}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
