import { getBacklinks, getRelated } from '../lib/content';
import { PAGE_IDS } from '../lib/page-ids';
import { t } from '../lib/site';
import type { NoteKind } from '../lib/types';
import { Link } from './link';

/**
 * After a note's body: the notes and posts that link to it, each with the sentence around its link
 * (反向链接), then up to five related ones (相关笔记 / 相关文章). Nothing when both lists are empty.
 */
export function NoteLinks({ url, kind }: { url: string; kind: NoteKind }) {
  const backlinks = getBacklinks(url);
  const related = getRelated(url);
  if (backlinks.length === 0 && related.length === 0) return null;
  return (
    <div className="mt-12 grid gap-8">
      {backlinks.length > 0 && (
        <section aria-labelledby={PAGE_IDS.backlinksTitle} data-backlinks>
          <h2 id={PAGE_IDS.backlinksTitle} className="mb-3 text-lg font-semibold">
            {t('backlinks')}
          </h2>
          <ul className="grid gap-3">
            {backlinks.map((b) => (
              <li key={b.url} className="rounded-lg border border-line p-3">
                <Link href={b.url} className="font-medium text-[var(--link)] hover:underline">
                  {b.title}
                </Link>
                {b.contexts.map((context) => (
                  <p key={context} className="mt-1 text-sm text-muted">
                    {context}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby={PAGE_IDS.relatedTitle} data-related>
          <h2 id={PAGE_IDS.relatedTitle} className="mb-3 text-lg font-semibold">
            {kind === 'post' ? t('relatedPosts') : t('relatedNotes')}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {related.map((r) => (
              <li key={r.url}>
                <Link
                  href={r.url}
                  className="block h-full rounded-lg border border-line p-3 font-medium hover:border-[var(--link)]"
                >
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
