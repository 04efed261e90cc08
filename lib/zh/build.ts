/**
 * Bundles the 简/繁 switch's browser files into `public/vendor/zh/` (git-ignored), as
 * lib/vendor-files.ts copies mermaid's: `zh.js` (lib/zh/page.ts, the converter and DOM walker) and
 * one tables script per traditional variant (`tw.js`, `hk.js`, OpenCC's dictionaries as strings).
 * next.config.ts calls it whenever Next loads its config, so dev, builds and site copies all have
 * them; it does nothing when the files are newer than their sources.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ZH_SCRIPT_FOLDER } from './paths';
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

function olderThan(file: string, time: number): boolean {
  try {
    return statSync(file).mtimeMs < time;
  } catch {
    return true;
  }
}

/** Writes `public/vendor/zh/{zh,tw,hk}.js` under `projectDir` unless they are up to date. */
export function buildZhScripts(projectDir: string): void {
  // A folder with a config but not the site's code (a unit test's): nothing to bundle.
  if (!existsSync(path.join(projectDir, 'lib/zh/page.ts'))) return;
  const require = createRequire(path.join(projectDir, 'package.json'));
  const out = path.join(projectDir, 'public', ZH_SCRIPT_FOLDER);
  const files = { zh: null, tw: tablesEntry('tw'), hk: tablesEntry('hk') };
  const newest = newestSource(projectDir, require);
  if (!Object.keys(files).some((name) => olderThan(path.join(out, `${name}.js`), newest))) return;
  const esbuild = require('esbuild') as Esbuild;
  mkdirSync(out, { recursive: true });
  for (const [name, entry] of Object.entries(files)) {
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
    // Written beside and renamed: several Next processes load the config at once.
    const file = path.join(out, `${name}.js`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, result.outputFiles[0]?.contents ?? '');
    renameSync(tmp, file);
  }
}
