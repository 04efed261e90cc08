import { t } from '../../lib/site';
import { noteFolderUrl } from '../../lib/slug';
import { withBasePath } from '../../lib/static-export';

/** The folders above a note or folder, each a link to its index page: 笔记 / 学习 / Python. */
export function FolderPath({ folders }: { folders: readonly string[] }) {
  const crumbs = [{ name: t('notes'), url: noteFolderUrl([]) }].concat(
    folders.map((name, i) => ({ name, url: noteFolderUrl(folders.slice(0, i + 1)) })),
  );
  return (
    <nav aria-label={t('noteFolderPath')} className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb, i) => (
          <li key={crumb.url} className="inline-flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            <a href={withBasePath(crumb.url)} className="hover:text-[var(--link)] hover:underline">
              {crumb.name}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
