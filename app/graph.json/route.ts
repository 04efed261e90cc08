import { readSiteGraph } from '../../lib/graph/site-graph';

// Written once at build time; the graph views fetch it when a graph is first shown.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(readSiteGraph());
}
