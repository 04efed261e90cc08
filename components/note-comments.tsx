import { t } from '../lib/site';
import { siteConfig } from '../site.config';
import { Comments } from './islands/comments';

/** Giscus comments when configured and allowed by the note; otherwise nothing at all. */
export function NoteComments({ enabled }: { enabled: boolean }) {
  const giscus = siteConfig.giscus;
  if (!giscus || !enabled) return null;
  return (
    <Comments
      {...giscus}
      lang={siteConfig.locale}
      title={t('comments')}
      loadingLabel={t('loadingComments')}
    />
  );
}
