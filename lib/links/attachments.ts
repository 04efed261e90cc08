/** The files of the vault that are not notes (images, PDFs, …): what `![[…]]` may embed. */
import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Attachment } from './resolve';

/** Every file in the vault (`notes/`) that is not a note: what `![[…]]` may embed. */
export function listVaultAttachments(contentDir: string): Attachment[] {
  const found: Attachment[] = [];
  const walk = (dir: string, relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // `.obsidian/` and the like
      const sourcePath = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), sourcePath);
      else if (entry.isFile() && !/\.(?:md|mdx)$/i.test(entry.name))
        found.push({ sourcePath, url: `/${sourcePath}` });
    }
  };
  walk(path.join(contentDir, 'notes'), 'notes');
  return found;
}
