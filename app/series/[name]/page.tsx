import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SeriesParts } from '../../../components/series-pages';
import { getSeries, getSeriesList } from '../../../lib/content';
import { decodeParam } from '../../../lib/params';
import { t } from '../../../lib/site';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(
    getSeriesList().map((series) => ({ name: series.slug })),
    { name: NO_PAGE_PARAM },
  );
}

async function findSeries(params: Promise<{ name: string }>) {
  const slug = decodeParam((await params).name);
  return slug === null ? null : getSeries(slug);
}

export async function generateMetadata({ params }: PageProps<'/series/[name]'>): Promise<Metadata> {
  const series = await findSeries(params);
  if (!series) return {};
  return {
    title: t('seriesName', { name: series.name }),
    alternates: { canonical: `/series/${series.slug}/` },
  };
}

export default async function SeriesPage({ params }: PageProps<'/series/[name]'>) {
  const series = await findSeries(params);
  if (!series) notFound();
  return <SeriesParts series={series} />;
}
