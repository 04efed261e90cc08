import type { Metadata } from 'next';
import { CategoryTree } from '../../components/category-tree';
import { PageHeading } from '../../components/page-heading';
import { getCategoryTree } from '../../lib/content';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('categories'), alternates: { canonical: '/categories/' } };

export default function CategoriesPage() {
  const tree = getCategoryTree();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('categories')} />
      {tree.length > 0 ? <CategoryTree nodes={tree} /> : <p className="text-muted">{t('noPosts')}</p>}
    </div>
  );
}
