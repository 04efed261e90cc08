import type { Metadata } from 'next';
import { SiteGraph } from '../../components/site-graph';
import { readSiteGraph } from '../../lib/graph/site-graph';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('graph'), alternates: { canonical: '/graph/' } };

export default function GraphPage() {
  return <SiteGraph graph={readSiteGraph()} />;
}
