import { getCategorySlugs } from '../../../../lib/content';
import { atomResponse } from '../../../../lib/feeds/responses';
import { getCategoryFeed } from '../../../../lib/feeds/site-feeds';
import { decodeParam } from '../../../../lib/params';
import { exportableParams, NO_PAGE_PARAM } from '../../../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    getCategorySlugs().map((name) => ({ name })),
    { name: NO_PAGE_PARAM },
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const slug = decodeParam((await params).name);
  return atomResponse(slug === null ? null : getCategoryFeed(slug));
}
