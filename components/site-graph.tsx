import { GRAPH_PALETTE } from '../lib/graph/palette';
import { countGraph, type GraphGroup, shapeGraph } from '../lib/graph/shape';
import type { LinkGraph } from '../lib/graph/types';
import { t } from '../lib/site';
import { GraphBox } from './graph-box';
import { PreviewsAndGraphs } from './islands/previews-and-graphs';
import { Link } from './link';
import { PageHeading } from './page-heading';

/** A legend or list swatch in the group's colour, for either theme. */
function Swatch({ color }: { color: number }) {
  const style = {
    '--swatch-light': GRAPH_PALETTE.light[color],
    '--swatch-dark': GRAPH_PALETTE.dark[color],
  } as React.CSSProperties;
  return (
    <span
      aria-hidden="true"
      style={style}
      className="inline-block h-3 w-3 shrink-0 rounded-full bg-[var(--swatch-light)] dark:bg-[var(--swatch-dark)]"
    />
  );
}

const groupName = (g: GraphGroup) => g.name || t('graphUngrouped');

/**
 * /graph: the whole site's link graph (drawn in the browser), its legend, and the same graph as a
 * list of links by group with each page's link counts: what screen readers and readers without
 * JavaScript get.
 */
export function SiteGraph({ graph }: { graph: LinkGraph }) {
  const shaped = shapeGraph(graph);
  const counts = countGraph(shaped);
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeading title={t('graph')}>
        {t('graphIntro', { nodes: counts.nodes, edges: counts.edges })}
      </PageHeading>
      <GraphBox
        centre={null}
        className="h-[70vh] min-h-80"
        drawnLabel={t('graphDrawn')}
        waiting={t('graphWaiting')}
      />
      <section aria-labelledby="graph-legend" className="mt-4">
        <h2 id="graph-legend" className="sr-only">
          {t('graphLegend')}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {shaped.groups.map((g) => (
            <li key={g.name} className="flex items-center gap-1.5">
              <Swatch color={g.color} />
              {groupName(g)} <span className="tabular-nums">({g.count})</span>
            </li>
          ))}
        </ul>
      </section>
      {/* Hovering a page in the list previews it, as links in an article do. */}
      <section aria-labelledby="graph-list" className="mt-10" data-link-previews>
        <h2 id="graph-list" className="mb-4 text-xl font-bold">
          {t('graphList')}
        </h2>
        {shaped.groups.map((g) => (
          <section key={g.name} className="mb-6">
            <h3 className="mb-2 flex items-center gap-2 font-semibold">
              <Swatch color={g.color} />
              {groupName(g)}
            </h3>
            <ul className="graph-list columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
              {shaped.nodes
                .filter((n) => n.group === g.name)
                .map((n) => (
                  <li key={n.id} className="mb-1 break-inside-avoid">
                    {/* A plain link: next/link would hydrate a client component per page. */}
                    <Link href={n.id} className="hover:text-[var(--link)]">
                      {n.title}
                    </Link>{' '}
                    <span className="text-muted">
                      {t('graphLinkCounts', { links: n.links, backlinks: n.backlinks })}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
      <PreviewsAndGraphs />
    </div>
  );
}
