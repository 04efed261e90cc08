/**
 * Public URLs of the browser files served from `public/vendor/` (mermaid's, copied by
 * lib/vendor-files.ts; the 简/繁 switch's, bundled by lib/zh/build.ts). Each is written under a
 * versioned name (`mermaid/mermaid.min.<hash>.js`, `zh/<hash>/tw.js`), so `/vendor/*` can be cached for a year (next.config.ts):
 * next.config.ts puts the names it wrote in `XIAOJI_VENDOR_FILES`, which Next inlines into server
 * and browser code alike.
 */

/** The folder under `public/` and the URL path they share. */
export const VENDOR_FOLDER = '/vendor/';

/** `XIAOJI_VENDOR_FILES`: each file's plain path under VENDOR_FOLDER → the versioned one written. */
export type VendorFiles = Record<string, string>;

function readVendorFiles(): VendorFiles {
  try {
    const parsed: unknown = JSON.parse(process.env.XIAOJI_VENDOR_FILES ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as VendorFiles) : {};
  } catch {
    return {};
  }
}

const built = readVendorFiles();

/**
 * The URL of a vendored file (`zh/tw.js` → `/vendor/zh/<hash>/tw.js`), without the base path;
 * its plain name outside a Next build (unit tests).
 */
export function vendorUrl(file: string, files: VendorFiles = built): string {
  return `${VENDOR_FOLDER}${files[file] ?? file}`;
}

/** Public URL of mermaid's own browser build. */
export const MERMAID_SCRIPT = vendorUrl('mermaid/mermaid.min.js');
