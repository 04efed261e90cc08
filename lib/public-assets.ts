/** Whether a site path is served from `public/`: answered from the disk at build time, once per path. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const publicDir = path.join(process.cwd(), 'public');
const known = new Map<string, boolean>();

/** True when `/a/b.png` names a file under `public/` (percent-encoding decoded; `..` never leaves it). */
export function publicAssetExists(sitePath: string): boolean {
  let exists = known.get(sitePath);
  if (exists === undefined) {
    let decoded = sitePath;
    try {
      decoded = decodeURIComponent(sitePath);
    } catch {
      // a malformed escape is looked up as written
    }
    const file = path.join(publicDir, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
    exists = file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile();
    known.set(sitePath, exists);
  }
  return exists;
}
