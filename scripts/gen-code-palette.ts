/** Writes app/code-palette.css from the code themes (lib/markdown/code-palette.ts). */
import { writeFileSync } from 'node:fs';
import { codePaletteCss } from '../lib/markdown/code-palette';

const target = new URL('../app/code-palette.css', import.meta.url);
writeFileSync(target, codePaletteCss());
console.log(`wrote ${target.pathname}`);
