import type { License } from '../lib/license/license';
import { t } from '../lib/site';

/**
 * One licence sentence: a known licence named and linked inside the locale's sentence (`which` picks
 * the post's or the site's); the writer's own text stands alone, as written. Styled by
 * app/share-license.css.
 */
export function LicenseLine({ license, which }: { license: License; which: 'licensePost' | 'licenseSite' }) {
  if (license.url === null) return <p className="license">{license.name}</p>;
  const [before, after] = t(which).split('{license}');
  return (
    <p className="license">
      {before}
      <a href={license.url} rel="license">
        {license.name}
      </a>
      {after}
    </p>
  );
}
