import { t } from '../lib/site';

/**
 * A box of fixed height (nothing moves when it is drawn) where graph-canvas.ts draws a graph once
 * the box scrolls into view: the whole site (`centre` null) or the two-hop neighbourhood of the page
 * at `centre`. Until then, and for good without JavaScript, it shows `waiting`. The labels ride on
 * data attributes so the loader island stays tiny. Once drawn, the box takes keyboard focus: arrow
 * keys move between the nodes, the focused one is announced in the live region below (graph-canvas.ts).
 */
export function GraphBox({
  centre,
  drawnLabel,
  waiting,
  className,
}: {
  centre: string | null;
  /** Accessible name once drawn; `{nodes}` and `{edges}` are filled in. */
  drawnLabel: string;
  waiting: string;
  className: string;
}) {
  return (
    <div className={`graph-view relative overflow-hidden rounded-lg border border-line ${className}`}>
      <p
        aria-hidden="true"
        className="graph-message absolute inset-0 flex items-center justify-center p-4 text-center text-sm text-muted"
      >
        {waiting}
      </p>
      <div
        data-graph={centre ?? 'site'}
        data-centre={centre ?? undefined}
        data-label-drawn={drawnLabel}
        data-label-alone={t('graphAlone')}
        data-label-failed={t('graphFailed')}
        data-label-keys={t('graphKeys')}
        data-label-node={t('graphNode')}
        role="img"
        aria-label={waiting}
        className="absolute inset-0"
      />
    </div>
  );
}
