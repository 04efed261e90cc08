import { decodeParam } from '../../../lib/params';
import { getSearchTextSlugs, getSiteNoteText } from '../../../lib/search/site-index';

// One static file per listed note: the dialog fetches the text of the results it shows, for snippets.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSearchTextSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/search-text/[slug]'>) {
  const slug = decodeParam((await params).slug);
  const text = slug === null ? null : getSiteNoteText(slug);
  return text ? Response.json(text) : new Response('Not Found', { status: 404 });
}
