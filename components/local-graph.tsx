import { t } from '../lib/site';
import { GraphBox } from './graph-box';
import { Link } from './link';

/**
 * A page's neighbourhood in the link graph (links and backlinks, two hops), drawn when the reader
 * scrolls to it, with a link to the whole graph (/graph, which also lists every page as text).
 */
export function LocalGraph({ url }: { url: string }) {
  return (
    <section aria-labelledby="local-graph" className="local-graph mt-10">
      <div className="mb-3 flex items-baseline justify-between gap-4">
        <h2 id="local-graph" className="text-lg font-semibold">
          {t('localGraph')}
        </h2>
        <Link href={'/graph/'} className="text-sm text-[var(--link)] hover:underline">
          {t('wholeGraph')}
        </Link>
      </div>
      <GraphBox
        centre={url}
        className="h-72"
        drawnLabel={t('localGraphDrawn')}
        waiting={t('localGraphWaiting')}
      />
    </section>
  );
}
