import { VENDOR_FOLDER, vendorUrl } from '../vendor-paths';

/** The 简/繁 switch's folder under `public/vendor/` (lib/zh/build.ts writes its files there). */
export const ZH_VENDOR_SUBFOLDER = 'zh/';

/** Where the 简/繁 switch's browser files are served from. */
export const ZH_SCRIPT_FOLDER = `${VENDOR_FOLDER}${ZH_VENDOR_SUBFOLDER}`;

/** The converter and the tables scripts. */
export const ZH_SCRIPTS = ['zh', 'tw', 'hk'] as const;

/** Each script's file name in ZH_SCRIPT_FOLDER as this build wrote it (`tw` → `tw.<hash>.js`). */
export function readZhScriptNames(): Record<(typeof ZH_SCRIPTS)[number], string> {
  const name = (script: string) =>
    vendorUrl(`${ZH_VENDOR_SUBFOLDER}${script}.js`).slice(ZH_SCRIPT_FOLDER.length);
  return { zh: name('zh'), tw: name('tw'), hk: name('hk') };
}
