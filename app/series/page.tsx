import type { Metadata } from 'next';
import { SeriesIndex } from '../../components/series-pages';
import { getSeriesList } from '../../lib/content';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('series'), alternates: { canonical: '/series/' } };

export default function SeriesListPage() {
  return <SeriesIndex series={getSeriesList()} />;
}
