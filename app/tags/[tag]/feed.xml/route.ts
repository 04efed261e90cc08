import { getTags } from '../../../../lib/content';
import { atomResponse } from '../../../../lib/feeds/responses';
import { getTagFeed } from '../../../../lib/feeds/site-feeds';
import { decodeParam } from '../../../../lib/params';
import { exportableParams, NO_PAGE_PARAM } from '../../../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    getTags().map((tag) => ({ tag: tag.slug })),
    { tag: NO_PAGE_PARAM },
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const slug = decodeParam((await params).tag);
  return atomResponse(slug === null ? null : getTagFeed(slug));
}
