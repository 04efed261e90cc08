/**
 * What `npm run check:content` says about links between notes: every link that matches no note,
 * several notes, or no heading or block, and every embed of a missing file, as warnings naming file
 * and line. Reads the files (as the checker does), builds each one's record once per content of the
 * file, and resolves them together (lib/links/graph.ts), as the site does.
 */
import path from 'node:path';
import { buildNoteRecord } from '../note-record';
import type { FrontMatterDefault } from '../settings/site-settings';
import type { ContentProblem, NoteKind, NoteRecord } from '../types';
import { listVaultAttachments } from './attachments';
import { buildLinkState, type LinkedRecord } from './graph';

export interface LinkCheckFile {
  /** Relative to the repository, as problems name it: `content/notes/甲.md`. */
  path: string;
  bytes: Buffer;
}

export interface LinkCheckOptions {
  contentDir: string;
  timeZone: string;
  defaults?: readonly FrontMatterDefault[];
}

// A record per file, kept while the file's bytes stay the same (dev checks again after every save).
const records = new Map<string, { bytes: Buffer; record: NoteRecord }>();

function kindOf(sourcePath: string): NoteKind {
  if (sourcePath.startsWith('pages/')) return 'page';
  return sourcePath.startsWith('notes/') ? 'note' : 'post';
}

/** Link warnings for these files (posts, pages and vault notes under `options.contentDir`). */
export function checkLinks(files: readonly LinkCheckFile[], options: LinkCheckOptions): ContentProblem[] {
  const present = new Set(files.map((f) => f.path));
  for (const key of records.keys()) if (!present.has(key)) records.delete(key);
  const linked: LinkedRecord[] = [];
  for (const file of files) {
    const sourcePath = path.relative(options.contentDir, file.path).split(path.sep).join('/');
    let known = records.get(file.path);
    if (!known?.bytes.equals(file.bytes)) {
      const kind = kindOf(sourcePath);
      const record = buildNoteRecord(sourcePath, file.bytes.toString('utf8'), {
        contentDir: options.contentDir,
        timeZone: options.timeZone,
        tocMaxDepth: 3,
        requireDate: kind === 'post',
        defaults: options.defaults,
      });
      known = { bytes: file.bytes, record };
      records.set(file.path, known);
    }
    const { record } = known;
    const meta = record.meta;
    if (!meta) continue;
    const kind = kindOf(sourcePath);
    linked.push({
      target: {
        url: kind === 'page' ? `/${record.slug}/` : record.url,
        sourcePath,
        kind,
        title: meta.title,
        aliases: meta.aliases,
        headings: record.headings ?? [],
        blockIds: record.blockIds ?? [],
      },
      links: record.links ?? [],
      tags: meta.tags,
      categories: meta.categories,
      date: meta.date,
    });
  }
  return buildLinkState(linked, listVaultAttachments(options.contentDir), options.contentDir).problems;
}
