/**
 * Bundles the 简/繁 switch's browser files into `public/vendor/zh/` (git-ignored), as
 * lib/vendor-files.ts copies mermaid's: `zh.js` (lib/zh/page.ts, the converter and DOM walker) and
 * one tables script per traditional variant (`tw.js`, `hk.js`, OpenCC's dictionaries as strings).
 * next.config.ts calls it whenever Next loads its config, so dev, builds and site copies all have
 * them; it does nothing when the files are newer than their sources. They are written in a folder
 * named by a hash of their bytes (`zh/<hash>/tw.js`, lib/vendor-files.ts), which the head script names.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findVersionedFolder, writeVersionedFolder } from '../vendor-files';
import type { VendorFiles } from '../vendor-paths';
import { ZH_SCRIPT_FOLDER, ZH_VENDOR_SUBFOLDER } from './paths';
import { ZH_DICTIONARIES } from './tables';
import type { ZhTraditional } from './variants';

type Esbuild = typeof import('esbuild');

/** The entry of one variant's tables script: its dictionaries, handed to lib/zh/page.ts. */
function tablesEntry(variant: ZhTraditional): string {
  const { phrases, characters, regional } = ZH_DICTIONARIES[variant];
  const names = [...phrases, characters, ...regional];
  const imports = names.map((name, i) => `import d${i} from 'opencc-js/dict/${name}';`).join('\n');
  const list = (part: string[]) => `[${part.map((name) => `d${names.indexOf(name)}`).join(', ')}]`;
  return `${imports}
(self.__xjZhTables ??= {}).${variant} = {
  phrases: ${list(phrases)}, characters: d${names.indexOf(characters)}, regional: ${list(regional)},
};
self.__xjZhLoaded?.();
`;
}

function newestSource(projectDir: string, require: NodeJS.Require): number {
  const folder = path.join(projectDir, 'lib/zh');
  const times = readdirSync(folder).map((name) => statSync(path.join(folder, name)).mtimeMs);
  times.push(statSync(require.resolve('opencc-js/core')).mtimeMs);
  return Math.max(...times);
}

/**
 * Writes `public/vendor/zh/<version>/{zh,tw,hk}.js` under `projectDir` unless they are up to date;
 * returns their names. One version folder for the three: the converter loads a later choice's tables
 * by name from its own folder, and the head script names one folder (a few bytes in every page).
 */
export function buildZhScripts(projectDir: string): VendorFiles {
  // A folder with a config but not the site's code (a unit test's): nothing to bundle.
  if (!existsSync(path.join(projectDir, 'lib/zh/page.ts'))) return {};
  const require = createRequire(path.join(projectDir, 'package.json'));
  const out = path.join(projectDir, 'public', ZH_SCRIPT_FOLDER);
  const entries = { zh: null, tw: tablesEntry('tw'), hk: tablesEntry('hk') };
  const names = Object.keys(entries).map((name) => `${name}.js`);
  const listed = (version: string): VendorFiles =>
    Object.fromEntries(
      names.map((name) => [`${ZH_VENDOR_SUBFOLDER}${name}`, `${ZH_VENDOR_SUBFOLDER}${version}/${name}`]),
    );
  const current = findVersionedFolder(out, names);
  if (current && statSync(path.join(out, current)).mtimeMs >= newestSource(projectDir, require))
    return listed(current);
  const esbuild = require('esbuild') as Esbuild;
  const files: Record<string, Uint8Array> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const result = esbuild.buildSync({
      ...(entry === null
        ? { entryPoints: [path.join(projectDir, 'lib/zh/page.ts')] }
        : { stdin: { contents: entry, resolveDir: path.join(projectDir, 'lib/zh'), loader: 'ts' } }),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    files[`${name}.js`] = result.outputFiles[0]?.contents ?? new Uint8Array();
  }
  return listed(writeVersionedFolder(out, files));
}
