/**
 * A vault attachment (lib/notes/attachments.ts), prerendered at build time: `next start` and Vercel
 * serve it from the build's output, the static export writes it as a file; no Next server reads
 * the vault at run time.
 */
import { readFileSync } from 'node:fs';
import { attachmentFile, attachmentType, listAttachments } from '../../../lib/notes/attachments';
import { decodeParam } from '../../../lib/params';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    listAttachments().map((a) => ({ path: a.path.split('/') })),
    { path: [NO_PAGE_PARAM] },
  );
}

export async function GET(_request: Request, { params }: RouteContext<'/notes-files/[...path]'>) {
  const segments = (await params).path.map(decodeParam);
  // The static export's placeholder for a vault without attachments: removed after the export.
  if (segments.length === 1 && segments[0] === NO_PAGE_PARAM) return new Response('');
  const sitePath = segments.some((s) => s === null) ? null : `/notes-files/${segments.join('/')}`;
  const file = sitePath === null ? null : attachmentFile(sitePath);
  if (!file) return new Response('Not Found', { status: 404 });
  return new Response(readFileSync(file), {
    headers: { 'content-type': attachmentType(file) ?? 'application/octet-stream' },
  });
}
