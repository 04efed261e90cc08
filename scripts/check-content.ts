/**
 * `npm run check:content`: checks every note under the configured content folder, prints all
 * problems at once (stderr) and a one-line summary, and exits 1 when any problem is an error.
 */
import { checkNotes, contentCheckOptions, formatProblem, readNoteFiles } from '../lib/check-content';
import { siteConfig } from '../site.config';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

try {
  const files = readNoteFiles(siteConfig.contentDir);
  const problems = checkNotes(files, contentCheckOptions(siteConfig));
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.error(
    `checked ${plural(files.length, 'note')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`check-content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
