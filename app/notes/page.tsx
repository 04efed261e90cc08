import type { Metadata } from 'next';
import { NoteTree } from '../../components/notes/note-tree';
import { PageHeading } from '../../components/page-heading';
import { getNoteTree } from '../../lib/content';
import { t } from '../../lib/site';
import { withBasePath } from '../../lib/static-export';

export const metadata: Metadata = { title: t('noteTree'), alternates: { canonical: '/notes/' } };

export default function NotesPage() {
  const tree = getNoteTree();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={t('noteTree')}>
        {t('noteCount', { n: tree.count })} ·{' '}
        <a href={withBasePath('/graph/')} className="text-[var(--link)] underline">
          {t('wholeGraph')}
        </a>
      </PageHeading>
      {tree.count > 0 ? <NoteTree folder={tree} /> : <p className="text-muted">{t('noNotes')}</p>}
    </div>
  );
}
