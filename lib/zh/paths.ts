/** Where the 简/繁 switch's browser files are served from (lib/zh/build.ts writes them under public/). */
export const ZH_SCRIPT_FOLDER = '/vendor/zh/';
