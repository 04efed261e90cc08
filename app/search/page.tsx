import type { Metadata } from 'next';
import { SearchPage as SearchPageIsland } from '../../components/islands/search-page';
import { PageHeading } from '../../components/page-heading';
import { getSearchLabels } from '../../lib/search/labels';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('search'), alternates: { canonical: '/search/' } };

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('search')}>{t('searchPageIntro')}</PageHeading>
      <SearchPageIsland labels={getSearchLabels()} />
    </div>
  );
}
