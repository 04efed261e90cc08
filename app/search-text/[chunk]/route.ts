import { getSearchTextChunkCount, getSiteTextChunk } from '../../../lib/search/site-index';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

// A few static files, each the texts of SEARCH_TEXT_CHUNK consecutive notes of the index: the dialog
// fetches the chunks of the results it shows, for snippets. (One route per note was half of the
// pages a 1,000-note build generated.)
export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    Array.from({ length: getSearchTextChunkCount() }, (_, chunk) => ({ chunk: String(chunk) })),
    { chunk: NO_PAGE_PARAM },
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const raw = (await params).chunk;
  const text = /^(0|[1-9][0-9]{0,8})$/.test(raw) ? getSiteTextChunk(Number(raw)) : null;
  return text ? Response.json(text) : new Response('Not Found', { status: 404 });
}
