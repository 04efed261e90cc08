/**
 * A vault's attachments (images, PDFs, audio, video anywhere under `content/notes/`, Obsidian's
 * `attachments/` folders included), served at `/notes-files/<path in the vault>` by the route
 * app/notes-files/[...path]: prerendered at build time, so `next start`, Vercel and the static
 * export serve the same files from the build's output (docs/publishing-a-vault.md says why).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import { NOTES_DIR } from '../slug';

/** The site path attachments are served under. */
export const ATTACHMENTS_URL = '/notes-files';

/** File types served, by extension (lower case), with their content type. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
};

/** One attachment of the vault. */
export interface Attachment {
  /** Path in the vault as written, `/`-separated: `学习/attachments/示意图.png`. */
  path: string;
  /** File name, as a wikilink names it: `示意图.png`. */
  name: string;
  /** Site path, decoded: `/notes-files/学习/attachments/示意图.png`. */
  url: string;
}

/** The content type of a file name, or null when it is not a served attachment type. */
export function attachmentType(name: string): string | null {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension && ATTACHMENT_TYPES[extension]) || null;
}

/** The site path of a file at this vault path (`学习/attachments/a.png`), decoded. */
export function attachmentUrl(vaultPath: string): string {
  return `${ATTACHMENTS_URL}/${vaultPath.normalize('NFC')}`;
}

/** The folder that relative media paths of a note in these folders resolve against: `/notes-files/学习/`. */
export function attachmentFolderUrl(folders: readonly string[]): string {
  return `${[ATTACHMENTS_URL, ...folders.map((f) => f.normalize('NFC'))].join('/')}/`;
}

/** Every attachment under `<contentDir>/notes` (dot-folders and dot-files skipped), by path. */
export function listAttachments(contentDir: string = siteConfig.contentDir): Attachment[] {
  const root = path.join(contentDir, NOTES_DIR);
  const found: Attachment[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no vault
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const vaultPath = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${vaultPath}/`);
      else if (entry.isFile() && attachmentType(entry.name))
        found.push({
          path: vaultPath.normalize('NFC'),
          name: entry.name.normalize('NFC'),
          url: attachmentUrl(vaultPath),
        });
    }
  };
  walk(root, '');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The file on disk behind an attachment's site path (decoded), or null: not under
 * `/notes-files/`, not a served type, in a dot-folder, leaving the vault, or missing.
 */
export function attachmentFile(sitePath: string, contentDir: string = siteConfig.contentDir): string | null {
  if (!sitePath.startsWith(`${ATTACHMENTS_URL}/`)) return null;
  const segments = sitePath.slice(ATTACHMENTS_URL.length + 1).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  if (!attachmentType(segments[segments.length - 1] ?? '')) return null;
  const file = path.join(contentDir, NOTES_DIR, ...segments);
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}
