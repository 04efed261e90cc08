import { failOnContentErrors } from '../lib/build-env';
import { formatProblem } from '../lib/check-content';
import { getContentProblems, getContentStamp } from '../lib/content';
import { t } from '../lib/site';

/**
 * In dev, lists every note problem above the page so a broken note is never silently missing, and
 * (in `npm run dev`) refreshes the page when Contentlayer's data changes.
 */
export async function ContentErrors() {
  if (failOnContentErrors) return null;
  // Imported only in dev (Next inlines NODE_ENV), so production pages carry no reference to it.
  const Refresh =
    process.env.NODE_ENV === 'development'
      ? (await import('./islands/content-refresh')).ContentRefresh
      : null;
  const stamp = getContentStamp();
  const refresh = Refresh && stamp !== null ? <Refresh stamp={stamp} /> : null;
  const problems = getContentProblems().filter((p) => p.severity === 'error');
  if (problems.length === 0) return refresh;
  return (
    <>
      {refresh}
      <aside
        role="alert"
        className="mx-auto mt-4 w-full max-w-6xl rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">{t('contentErrors')}</p>
        <p>{t('contentErrorsHint')}</p>
        <ul className="mt-2 list-disc pl-5 font-mono text-xs">
          {problems.map((p) => (
            <li key={`${p.file}:${p.line}:${p.field}:${p.message}`}>{formatProblem(p)}</li>
          ))}
        </ul>
      </aside>
    </>
  );
}
