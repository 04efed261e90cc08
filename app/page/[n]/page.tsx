import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeListing } from '../../../components/home-listing';
import { getHomePage } from '../../../lib/content';
import { parsePageNumber } from '../../../lib/params';
import { t } from '../../../lib/site';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  const total = getHomePage(1)?.totalPages ?? 1;
  return exportableParams(
    Array.from({ length: total - 1 }, (_, i) => ({ n: String(i + 2) })),
    { n: NO_PAGE_PARAM },
  );
}

export async function generateMetadata({ params }: PageProps<'/page/[n]'>): Promise<Metadata> {
  const { n } = await params;
  return { title: t('pageN', { n }), alternates: { canonical: `/page${n}/` } };
}

export default async function HomePageN({ params }: PageProps<'/page/[n]'>) {
  const n = parsePageNumber((await params).n);
  const listing = n === null ? null : getHomePage(n);
  if (!listing) notFound();
  return <HomeListing listing={listing} />;
}
