/**
 * Bundles the 简/繁 switch's browser files into `public/vendor/zh/` (git-ignored), as
 * lib/vendor-files.ts copies mermaid's: `zh.js` (lib/zh/page.ts, the converter and DOM walker) and
 * one tables script per traditional variant (`tw.js`, `hk.js`, OpenCC's dictionaries as strings).
 * next.config.ts calls it whenever Next loads its config, so dev, builds and site copies all have
 * them; it does nothing when the files are newer than their sources. Each is written under a
 * versioned name (`tw.<hash>.js`, lib/vendor-files.ts), which the head script requests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findVersioned, writeVersioned } from '../vendor-files';
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

/** Writes `public/vendor/zh/{zh,tw,hk}.<hash>.js` under `projectDir` unless they are up to date; returns their names. */
export function buildZhScripts(projectDir: string): VendorFiles {
  // A folder with a config but not the site's code (a unit test's): nothing to bundle.
  if (!existsSync(path.join(projectDir, 'lib/zh/page.ts'))) return {};
  const require = createRequire(path.join(projectDir, 'package.json'));
  const out = path.join(projectDir, 'public', ZH_SCRIPT_FOLDER);
  // The tables before the converter, which loads a later choice's tables by their versioned names.
  const files = { tw: tablesEntry('tw'), hk: tablesEntry('hk'), zh: null };
  const newest = newestSource(projectDir, require);
  const current = Object.keys(files).map((name) => findVersioned(out, `${name}.js`));
  const fresh = current.every((file) => file !== null && statSync(path.join(out, file)).mtimeMs >= newest);
  const names = (written: (string | null)[]): VendorFiles =>
    Object.fromEntries(
      Object.keys(files).map((name, i) => [
        `${ZH_VENDOR_SUBFOLDER}${name}.js`,
        `${ZH_VENDOR_SUBFOLDER}${written[i]}`,
      ]),
    );
  if (fresh) return names(current);
  const esbuild = require('esbuild') as Esbuild;
  const written: Record<string, string> = {};
  for (const [name, entry] of Object.entries(files)) {
    const result = esbuild.buildSync({
      ...(entry === null
        ? {
            entryPoints: [path.join(projectDir, 'lib/zh/page.ts')],
            define: { ZH_TABLE_FILES: JSON.stringify({ tw: written.tw, hk: written.hk }) },
          }
        : { stdin: { contents: entry, resolveDir: path.join(projectDir, 'lib/zh'), loader: 'ts' } }),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    written[name] = writeVersioned(out, `${name}.js`, result.outputFiles[0]?.contents ?? new Uint8Array());
  }
  return names(Object.keys(files).map((name) => written[name] ?? null));
}
