/** The vault's attachments (lib/notes/attachments.ts) as embeds find them: by path in the content folder. */
import { listAttachments } from '../notes/attachments';
import { NOTES_DIR } from '../slug';
import type { Attachment } from './resolve';

/** Every served file of the vault under `contentDir`, with the site path it is served at. */
export function listVaultAttachments(contentDir: string): Attachment[] {
  return listAttachments(contentDir).map((file) => ({
    sourcePath: `${NOTES_DIR}/${file.path}`,
    url: file.url,
  }));
}
