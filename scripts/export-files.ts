/**
 * The last step of `npm run build` for a static export (XIAOJI_OUTPUT=export, run by
 * scripts/build.ts after `next build` wrote `out/`): the placeholder pages of routes without pages
 * removed, `/page/N/` moved to Chirpy's `/pageN/`, `.nojekyll` and the `redirect_from:` pages
 * (lib/static-export-files.ts). Reads the same snapshot of Contentlayer's data the build read.
 */
import path from 'node:path';
import { distDir } from '../lib/build-env';
import { snapshotContentData } from '../lib/content-data';

async function main(): Promise<number> {
  // Same content, same name: the snapshot next.config.ts made for this build.
  process.env.XIAOJI_CONTENT_DATA = snapshotContentData(process.cwd());
  const [
    { getRedirects },
    { absoluteUrl, t },
    { basePath, exportDir, withBasePath },
    { movePagination, removePlaceholders, writeExportFiles },
    { siteConfig },
  ] = await Promise.all([
    import('../lib/content'),
    import('../lib/site'),
    import('../lib/static-export'),
    import('../lib/static-export-files'),
    import('../site.config'),
  ]);
  const out = path.join(process.cwd(), exportDir(distDir));
  const redirects = getRedirects().map(({ from, to }) => ({
    from,
    page: {
      href: withBasePath(encodeURI(to)),
      canonical: absoluteUrl(to),
      lang: siteConfig.locale,
      title: t('movedTitle'),
      text: t('movedText'),
    },
  }));
  removePlaceholders(out);
  movePagination(out);
  const { written, warnings } = writeExportFiles(out, redirects);
  for (const warning of warnings) console.warn(`export: ${warning}`);
  console.log(
    `export: ${exportDir(distDir)}/ ready${basePath ? ` for ${basePath}/` : ''}, ${written} redirect page(s), .nojekyll`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
