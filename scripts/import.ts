/**
 * `npm run import -- <path to a Jekyll/Chirpy site> [--force] [--to <xiaoji folder>]`: see
 * lib/import/chirpy-import.ts and docs/migrating-from-chirpy.md.
 */
import path from 'node:path';
import { formatReport, importChirpySite } from '../lib/import/chirpy-import';

const args = process.argv.slice(2);
let source: string | null = null;
let target = process.cwd();
let force = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--force') force = true;
  else if (arg === '--to') target = path.resolve(args[++i] ?? '.');
  else if (arg.startsWith('-')) {
    console.error(`import: unknown option ${arg} (expected --force or --to <folder>)`);
    process.exit(2);
  } else if (source === null) source = path.resolve(arg);
  else {
    console.error(`import: one site at a time (got ${source} and ${arg})`);
    process.exit(2);
  }
}
if (!source) {
  console.error('usage: npm run import -- <path to a Jekyll/Chirpy site> [--force] [--to <xiaoji folder>]');
  process.exit(2);
}
try {
  const report = importChirpySite({ source, target, force });
  console.log(formatReport(report));
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
