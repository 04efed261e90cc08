/**
 * `tsx scripts/static-server.ts --dir out --base /blog --port 4466`: serves a static export as
 * GitHub Pages would (scripts/lib/static-server.ts), for the e2e suite's "export" variant.
 */
import { readBasePath } from '../lib/static-export';
import { createStaticServer } from './lib/static-server';

let dir = 'out';
let base = '';
let port = 4466;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--dir') dir = argv[++i] ?? dir;
  else if (a === '--base') base = readBasePath(argv[++i]);
  else if (a === '--port') port = Number(argv[++i]);
  else {
    console.error(`static-server: unknown option ${a} (--dir, --base, --port)`);
    process.exit(2);
  }
}
createStaticServer(dir, base).listen(port, () => {
  console.log(`static-server: ${dir} at http://localhost:${port}${base}/`);
});
