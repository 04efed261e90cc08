import type { License } from '../lib/license/license';
import { t } from '../lib/site';

/**
 * One licence sentence: a known licence named and linked inside the locale's sentence (`which` picks
 * the post's or the site's); the writer's own text stands alone, as written.
 */
export function LicenseLine({
  license,
  which,
  className,
}: {
  license: License;
  which: 'licensePost' | 'licenseSite';
  className?: string;
}) {
  if (license.url === null) return <p className={className}>{license.name}</p>;
  const [before, after] = t(which).split('{license}');
  return (
    <p className={className} data-license={license.id ?? ''}>
      {before}
      <a href={license.url} rel="license noopener" className="underline hover:text-[var(--page-fg)]">
        {license.name}
      </a>
      {after}
    </p>
  );
}
