import type { Metadata } from 'next';
import { Link } from '../../components/link';
import { NoteTree } from '../../components/notes/note-tree';
import { PageHeading } from '../../components/page-heading';
import { getNoteTree } from '../../lib/content';
import { t } from '../../lib/site';

export const metadata: Metadata = { title: t('noteTree'), alternates: { canonical: '/notes/' } };

export default function NotesPage() {
  const tree = getNoteTree();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('noteTree')}>
        {t('noteCount', { n: tree.count })} ·{' '}
        <Link href={'/graph/'} className="text-[var(--link)] underline">
          {t('wholeGraph')}
        </Link>
      </PageHeading>
      {tree.count > 0 ? <NoteTree folder={tree} /> : <p className="text-muted">{t('noNotes')}</p>}
    </div>
  );
}
