/**
 * Browser files served from our own origin instead of being bundled (bundling mermaid slowed
 * every build and grew the client chunks for pages that draw no diagram):
 * mermaid's prebuilt `dist/mermaid.min.js` (one script that sets `globalThis.mermaid`) is copied to
 * `public/vendor/mermaid/` (git-ignored). `next.config.ts` calls `copyVendorFiles()` whenever Next
 * loads its config, so `npm run dev`, `npm run build` and every build of a site copy (bench, e2e,
 * fuzz) get the file without a separate step.
 *
 * Every file under `public/vendor/` is written under a name carrying a hash of its bytes
 * (`mermaid.min.<hash>.js`), or in a folder named by the hash of a set of files that load each other
 * by name (`zh/<hash>/tw.js`, lib/zh/build.ts), so `/vendor/*` is served as immutable
 * (next.config.ts) and a changed file gets a new URL; lib/vendor-paths.ts hands the names to the pages.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VENDOR_FOLDER, type VendorFiles } from './vendor-paths';

const HASH_LENGTH = 10;

function splitName(name: string): { stem: string; ext: string } {
  const ext = path.extname(name);
  return { stem: name.slice(0, name.length - ext.length), ext };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `mermaid.min.js` → `mermaid.min.<first 10 hex digits of the bytes' SHA-256>.js`. */
export function versionedName(name: string, contents: Uint8Array): string {
  const { stem, ext } = splitName(name);
  return `${stem}.${hashOf([contents])}${ext}`;
}

function hashOf(parts: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, HASH_LENGTH);
}

const VERSION_FOLDER = new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`);

/** A set's version: a hash of its file names and bytes, so a change in any file changes it. */
export function versionOf(files: Record<string, Uint8Array>): string {
  const encoder = new TextEncoder();
  return hashOf(
    Object.entries(files).flatMap(([name, bytes]) => [encoder.encode(`${name}\0${bytes.length}\0`), bytes]),
  );
}

/** The version folder in `parent` holding every one of `names` (the newest, if several), or null. */
export function findVersionedFolder(parent: string, names: string[]): string | null {
  const found = list(parent)
    .filter(
      (entry) =>
        VERSION_FOLDER.test(entry) && names.every((name) => existsSync(path.join(parent, entry, name))),
    )
    .map((entry) => ({ entry, time: statSync(path.join(parent, entry)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  return found[0]?.entry ?? null;
}

/**
 * Writes a set of files into `<parent>/<version>/` and removes everything else in `parent` (other
 * versions, files from before versions) but other processes' temporary folders; returns the version.
 */
export function writeVersionedFolder(parent: string, files: Record<string, Uint8Array>): string {
  const version = versionOf(files);
  const target = path.join(parent, version);
  // Rebuilt to the same bytes (a source touched, not changed): marked fresh, so the next load skips it.
  if (existsSync(target)) utimesSync(target, new Date(), new Date());
  else {
    // Written beside and renamed: several Next processes load the config at once.
    const tmp = path.join(parent, `${version}.${process.pid}.tmp`);
    mkdirSync(tmp, { recursive: true });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(tmp, name), bytes);
    try {
      renameSync(tmp, target);
    } catch {
      // Another process renamed the same version first: same bytes.
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  for (const entry of list(parent))
    if (entry !== version && !entry.endsWith('.tmp'))
      rmSync(path.join(parent, entry), { recursive: true, force: true });
  return version;
}

/** Versions of `name` in a folder listing, and its plain name (written before names were versioned). */
function versionsOf(name: string, listing: string[]): string[] {
  const { stem, ext } = splitName(name);
  const pattern = new RegExp(`^${escapeRegExp(stem)}\\.[0-9a-f]{${HASH_LENGTH}}${escapeRegExp(ext)}$`);
  return listing.filter((file) => pattern.test(file) || file === name);
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** The versioned copy of `name` already in `folder` (the newest, if several), or null. */
export function findVersioned(folder: string, name: string): string | null {
  const found = versionsOf(name, list(folder))
    .filter((file) => file !== name)
    .map((file) => ({ file, time: statSync(path.join(folder, file)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  return found[0]?.file ?? null;
}

/**
 * Writes `contents` into `folder` under its versioned name and removes that file's other versions;
 * returns the name written.
 */
export function writeVersioned(folder: string, name: string, contents: Uint8Array): string {
  mkdirSync(folder, { recursive: true });
  const file = versionedName(name, contents);
  // Written beside and renamed: several Next processes load the config at once.
  const tmp = path.join(folder, `${file}.${process.pid}.tmp`);
  writeFileSync(tmp, contents);
  renameSync(tmp, path.join(folder, file));
  for (const old of versionsOf(name, list(folder)))
    if (old !== file) rmSync(path.join(folder, old), { force: true });
  return file;
}

/**
 * Copies the vendored browser files into `<projectDir>/public/vendor/` unless an identical-size,
 * newer copy is there; returns their versioned names (lib/vendor-paths.ts).
 */
export function copyVendorFiles(projectDir: string): VendorFiles {
  // Resolved like an import, so a site copy under bench/tmp finds the checkout's node_modules.
  const require = createRequire(path.join(projectDir, 'package.json'));
  const from = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/mermaid.min.js');
  const folder = path.join(projectDir, 'public', VENDOR_FOLDER, 'mermaid');
  const name = 'mermaid.min.js';
  const source = statSync(from);
  const current = findVersioned(folder, name);
  if (current) {
    const copy = statSync(path.join(folder, current));
    if (copy.size === source.size && copy.mtimeMs >= source.mtimeMs)
      return { [`mermaid/${name}`]: `mermaid/${current}` };
  }
  return { [`mermaid/${name}`]: `mermaid/${writeVersioned(folder, name, readFileSync(from))}` };
}
