import { formatProblem } from '../lib/check-content';
import { getContentProblems } from '../lib/content';
import { t } from '../lib/site';
import { failOnContentErrors } from '../site.config';

/** In dev, lists every note problem above the page so a broken note is never silently missing. */
export function ContentErrors() {
  if (failOnContentErrors) return null;
  const problems = getContentProblems().filter((p) => p.severity === 'error');
  if (problems.length === 0) return null;
  return (
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
  );
}
