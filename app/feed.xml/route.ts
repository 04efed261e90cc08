import { atomResponse } from '../../lib/feeds/responses';
import { getSiteFeed } from '../../lib/feeds/site-feeds';

export const dynamic = 'force-static';

export function GET() {
  return atomResponse(getSiteFeed());
}
