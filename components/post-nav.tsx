import type { Note } from '../lib/content';
import { t } from '../lib/site';
import { Link } from './link';

/** Links to the older and newer notes; nothing when neither exists. */
export function PostNav({ older, newer }: { older: Note | null; newer: Note | null }) {
  if (!older && !newer) return null;
  const card = 'block rounded-lg border border-line p-4 hover:border-[var(--link)]';
  return (
    <nav aria-label={t('prevNext')} className="mt-12 grid gap-3 sm:grid-cols-2">
      {newer ? (
        <Link href={newer.url} rel="prev" className={card}>
          <span className="block text-xs text-muted">{t('previousPost')}</span>
          <span className="mt-1 block font-medium">{newer.meta.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {older && (
        <Link href={older.url} rel="next" className={`${card} sm:text-right`}>
          <span className="block text-xs text-muted">{t('nextPost')}</span>
          <span className="mt-1 block font-medium">{older.meta.title}</span>
        </Link>
      )}
    </nav>
  );
}
