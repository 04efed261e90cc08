import { VENDOR_FOLDER, vendorUrl } from '../vendor-paths';

/** The 简/繁 switch's folder under `public/vendor/` (lib/zh/build.ts writes its files there). */
export const ZH_VENDOR_SUBFOLDER = 'zh/';

/** Where the 简/繁 switch's browser files are served from, each build's in a version folder. */
export const ZH_SCRIPT_FOLDER = `${VENDOR_FOLDER}${ZH_VENDOR_SUBFOLDER}`;

/** The folder of this build's scripts: `/vendor/zh/<version>/` (the plain folder outside a build). */
export function readZhScriptFolder(): string {
  return vendorUrl(`${ZH_VENDOR_SUBFOLDER}zh.js`).replace(/zh\.js$/, '');
}
