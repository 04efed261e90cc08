/**
 * Where paths no page answers land (a fallback rewrite in next.config.ts): another spelling of a
 * post's URL (other case, no trailing slash, another percent-encoding) or a `redirect_from:` path
 * answers with a permanent redirect to the post; anything else is the 404 page. Posts themselves
 * stay static and never pass here, so the lookup costs only requests that would 404.
 */
import { notFound, permanentRedirect } from 'next/navigation';
import { findMovedPost } from '../../../lib/content';

export const dynamic = 'force-dynamic';

export default async function Moved({ params }: PageProps<'/moved/[...path]'>) {
  // Whether the request had a trailing slash is not known here; the lookup ignores it anyway. A post's
  // own URL never lands here (its page is prerendered), so the redirect cannot loop.
  const target = findMovedPost(`/${(await params).path.join('/')}/`);
  if (target === null) notFound();
  permanentRedirect(encodeURI(target));
}
