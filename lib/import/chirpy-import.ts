/**
 * `npm run import -- <chirpy site>`: copies a Jekyll/Chirpy blog's notes, about page and assets into
 * a xiaoji checkout and writes its `_config.yml` into `site.settings.json`. Idempotent, and never
 * overwrites the writer's own edits unless forced: `.xiaoji-import.json` remembers a hash of every
 * file and setting it wrote; one changed since (or already there before the import) is skipped and
 * reported.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, splitFrontMatter } from '../front-matter';
import { parseMathJaxMacros } from '../markdown/math';
import { prepareNoteBody } from '../markdown/prepare';
import { defaultsFor } from '../settings/front-matter-defaults';
import {
  DEFAULT_SETTINGS,
  isMacroName,
  readSiteSettings,
  SETTINGS_FILE,
  type SiteSettings,
} from '../settings/site-settings';
import { type ImportedSettings, mapChirpyConfig, parseChirpyConfig } from './chirpy-config';
import { mapChirpyShare } from './chirpy-share';

export const STATE_FILE = '.xiaoji-import.json';
const NOTE_FILE = /\.(?:md|markdown)$/i;
// Chirpy's own tabs: xiaoji has these pages itself.
const BUILT_IN_TABS = new Set(['archives.md', 'categories.md', 'tags.md']);
// Theme files under assets/ that are no use to xiaoji: styles, the theme's scripts, its Liquid
// data files (search index, MathJax configuration: read below, not served) and vendored libraries.
const THEME_ASSET = /^(?:lib|js\/dist|js\/data)\/|\.s[ac]ss$/;
// Site folders that customise Jekyll itself.
const UNSUPPORTED_FOLDERS: [string, string][] = [
  ['_plugins', 'Jekyll plugins do not run in xiaoji'],
  ['_includes', 'include overrides are not used (xiaoji has its own layout)'],
  ['_layouts', 'custom layouts are not used'],
  ['_data', 'site data files (locales, contact, share) are not read'],
  ['_sass', 'style overrides are not used'],
];

export interface ImportOptions {
  /** The Jekyll/Chirpy site folder. */
  source: string;
  /** The xiaoji checkout to import into. */
  target: string;
  /** Overwrite files and settings the writer changed since the last import. */
  force?: boolean;
  /** The content folder inside the target (default `content`). */
  contentDir?: string;
}

export interface ImportReport {
  /** Files written (new or updated), relative to the target. */
  written: string[];
  /** Files already as the import would write them. */
  unchanged: string[];
  /** `.markdown` notes written as `.md`: `from -> to`. */
  renamed: string[];
  /** Settings written, by name. */
  settings: string[];
  /** The blog's MathJax macros, `\name: definition (file)`, as `math.macros` brings them. */
  macros: string[];
  /** Files and settings kept because the writer changed them (or they were there first), with why. */
  kept: string[];
  /** Notes in the content folder that this import did not write (kept; delete them if not yours). */
  others: string[];
  /** Site features and settings that are not carried over. */
  unsupported: string[];
  /** Notes that will look different from the Chirpy site, `file:line: why`. */
  differences: string[];
}

interface ImportState {
  files: Record<string, string>;
  settings: Record<string, string>;
}

const hash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const settingHash = (value: unknown): string => hash(JSON.stringify(value ?? null));

/** Files under `dir` (recursive, relative paths with `/`), dot files left out; [] when it does not exist. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...listFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile()) found.push(relative);
  }
  return found.sort();
}

function readState(file: string): ImportState {
  if (!existsSync(file)) return { files: {}, settings: {} };
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<ImportState>;
    return { files: state.files ?? {}, settings: state.settings ?? {} };
  } catch (error) {
    throw new Error(
      `${file}: could not be read (${error instanceof Error ? error.message : error}); delete it to import from scratch`,
    );
  }
}

/** A draft gets `draft: true`, and a date when it has none (Jekyll dates drafts by their file's time). */
function asDraft(text: string, mtime: Date, fileName: string): string {
  const split = splitFrontMatter(text);
  const lines: string[] = [];
  if (!/^draft\s*:/m.test(split.yaml ?? '')) lines.push('draft: true');
  if (!/^date\s*:/m.test(split.yaml ?? '') && !/^\d{4}-\d{1,2}-\d{1,2}-/.test(fileName))
    lines.push(`date: ${mtime.toISOString().slice(0, 19).replace('T', ' ')} +0000`);
  if (lines.length === 0) return text;
  if (split.yaml === null) return `---\n${lines.join('\n')}\n---\n${split.body}`;
  return `---\n${split.yaml}${lines.join('\n')}\n---\n${split.body}`;
}

/** Chirpy titles a tab by its file name; xiaoji needs the title in the front matter. */
function withTitle(text: string, title: string): string {
  const split = splitFrontMatter(text);
  if (/^title\s*:/m.test(split.yaml ?? '')) return text;
  if (split.yaml === null) return `---\ntitle: ${title}\n---\n${split.body}`;
  return `---\ntitle: ${title}\n${split.yaml}---\n${split.body}`;
}

/** Imports the Chirpy site at `source` into the xiaoji checkout at `target`; throws on unreadable input. */
export function importChirpySite(options: ImportOptions): ImportReport {
  const { source, target, force = false } = options;
  const contentDir = options.contentDir ?? 'content';
  if (!existsSync(source) || !statSync(source).isDirectory())
    throw new Error(`${source}: not a folder (expected the root of a Jekyll/Chirpy site)`);
  const configFile = path.join(source, '_config.yml');
  if (!existsSync(configFile) && !existsSync(path.join(source, '_posts')))
    throw new Error(
      `${source}: has neither _config.yml nor _posts/ (expected the root of a Jekyll/Chirpy site)`,
    );
  const report: ImportReport = {
    written: [],
    unchanged: [],
    renamed: [],
    settings: [],
    macros: [],
    kept: [],
    others: [],
    unsupported: [],
    differences: [],
  };
  const statePath = path.join(target, STATE_FILE);
  const previous = readState(statePath);
  const state: ImportState = { files: { ...previous.files }, settings: { ...previous.settings } };

  // Settings first: the notes are checked against the defaults they bring.
  let imported: ImportedSettings = {};
  let config: Record<string, unknown> = {};
  if (existsSync(configFile)) {
    config = parseChirpyConfig(readFileSync(configFile, 'utf8'), path.relative(process.cwd(), configFile));
    const mapped = mapChirpyConfig(config);
    imported = mapped.settings;
    report.unsupported.push(...mapped.notes);
  }
  const macros = readMathJaxMacros(source, config, report);
  if (Object.keys(macros).length > 0) imported.math = { macros };
  const shareFile = path.join(source, '_data/share.yml');
  if (existsSync(shareFile)) {
    const mapped = mapChirpyShare(readFileSync(shareFile, 'utf8'));
    if (mapped.share) imported.share = mapped.share;
    report.unsupported.push(...mapped.notes);
  }
  const settings = writeSettings(target, imported, previous, state, force, report);
  for (const [folder, why] of UNSUPPORTED_FOLDERS) {
    if (listFiles(path.join(source, folder)).length > 0) report.unsupported.push(`${folder}/: ${why}`);
  }

  const files = new Map<string, Uint8Array | string>();
  const addNote = (folder: string, file: string, data: Uint8Array | string): void => {
    // Contentlayer reads `.md` and `.mdx` only: a `.markdown` note is written as `.md` (same slug).
    const name = file.replace(/\.markdown$/i, '.md');
    const relative = `${contentDir}/${folder}/${name}`;
    if (files.has(relative)) {
      report.unsupported.push(
        `${relative}: made by both ${file} and a .md of the same name; only the first is imported`,
      );
      return;
    }
    if (name !== file) report.renamed.push(`${file} -> ${relative}`);
    files.set(relative, data);
  };
  for (const file of listFiles(path.join(source, '_posts'))) {
    if (NOTE_FILE.test(file)) addNote('posts', file, readFileSync(path.join(source, '_posts', file)));
    else report.unsupported.push(`_posts/${file}: not a markdown note (left out)`);
  }
  for (const file of listFiles(path.join(source, '_drafts'))) {
    if (!NOTE_FILE.test(file)) continue;
    const from = path.join(source, '_drafts', file);
    addNote('posts/_drafts', file, asDraft(readFileSync(from, 'utf8'), statSync(from).mtime, file));
  }
  for (const file of listFiles(path.join(source, '_tabs'))) {
    if (file === 'about.md') {
      const text = readFileSync(path.join(source, '_tabs', file), 'utf8');
      files.set(`${contentDir}/pages/about.md`, withTitle(text, settings.lang === 'en' ? 'About' : '关于'));
    } else if (!BUILT_IN_TABS.has(file))
      report.unsupported.push(`_tabs/${file}: only the about tab is imported`);
  }
  for (const file of listFiles(path.join(source, 'assets'))) {
    // Served at the same URL as on the Chirpy site: /assets/img/x.png is public/assets/img/x.png.
    if (!THEME_ASSET.test(file))
      files.set(`public/assets/${file}`, readFileSync(path.join(source, 'assets', file)));
  }
  for (const [relative, data] of files) writeFile(target, relative, data, previous, state, force, report);

  for (const [relative, data] of files) {
    if (relative.startsWith(`${contentDir}/`) && relative.endsWith('.md'))
      checkNote(
        relative,
        String(typeof data === 'string' ? data : Buffer.from(data)),
        contentDir,
        settings,
        report,
      );
  }
  // Notes the site had before (xiaoji's sample note, say) stay: the writer decides.
  for (const folder of ['posts', 'pages']) {
    for (const file of listFiles(path.join(target, contentDir, folder))) {
      const relative = `${contentDir}/${folder}/${file}`;
      if (!files.has(relative) && !state.files[relative]) report.others.push(relative);
    }
  }
  writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
  return report;
}

function writeFile(
  target: string,
  relative: string,
  data: Uint8Array | string,
  previous: ImportState,
  state: ImportState,
  force: boolean,
  report: ImportReport,
): void {
  const file = path.join(target, relative);
  const wanted = hash(data);
  if (existsSync(file)) {
    const current = hash(readFileSync(file));
    if (current === wanted) {
      state.files[relative] = wanted;
      report.unchanged.push(relative);
      return;
    }
    const ours = previous.files[relative] === current;
    if (!ours && !force) {
      report.kept.push(
        `${relative}: ${previous.files[relative] ? 'changed since the last import' : 'was there before the import'} (kept; --force overwrites it)`,
      );
      return;
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  state.files[relative] = wanted;
  report.written.push(relative);
}

/** The values the checked-in site.settings.json starts with: replacing those is not overwriting the writer. */
const SHIPPED: Partial<Record<keyof SiteSettings, unknown>> = {
  ...DEFAULT_SETTINGS,
  description: '刷知乎、读论文、写代码时记下的小笔记。',
  author: '小记的作者',
};

/** Merges the imported settings into site.settings.json by the same rules as files; returns the result. */
function writeSettings(
  target: string,
  imported: ImportedSettings,
  previous: ImportState,
  state: ImportState,
  force: boolean,
  report: ImportReport,
): SiteSettings {
  const file = path.join(target, SETTINGS_FILE);
  let current: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${file}: is not valid JSON (${error instanceof Error ? error.message : error})`);
    }
  }
  const next = { ...current };
  let changed = false;
  for (const [key, value] of Object.entries(imported) as [keyof SiteSettings, unknown][]) {
    const wanted = settingHash(value);
    const now = settingHash(current[key]);
    if (now === wanted) {
      state.settings[key] = wanted;
      continue;
    }
    const ours =
      !(key in current) ||
      previous.settings[key] === now ||
      (!previous.settings[key] && now === settingHash(SHIPPED[key]));
    if (!ours && !force) {
      report.kept.push(
        `${SETTINGS_FILE}: ${key}: ${previous.settings[key] ? 'changed since the last import' : 'set by you before the import'} (kept; --force overwrites it)`,
      );
      continue;
    }
    next[key] = value;
    state.settings[key] = wanted;
    report.settings.push(key);
    changed = true;
  }
  // Checked before it is written: a setting the import made must never break the build.
  const settings = readSiteSettings(next);
  if (changed) writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return settings;
}

/**
 * The blog's own MathJax macros, name -> TeX, from where a Chirpy blog keeps them: its copy of
 * Chirpy's `assets/js/data/mathjax.js`, a script in an `_includes/` override, or a `macros:` map in
 * `_config.yml`. Files are read in that order and a later definition of a name wins; each one found
 * is listed in the report.
 */
function readMathJaxMacros(
  source: string,
  config: Record<string, unknown>,
  report: ImportReport,
): Record<string, string> {
  const found: Record<string, string> = {};
  const take = (macros: Record<string, string>, file: string): void => {
    for (const [name, definition] of Object.entries(macros)) {
      // A name TeX cannot call would make the settings invalid: reported, not written.
      if (!isMacroName(name)) {
        report.unsupported.push(
          `${file}: MathJax macro ${JSON.stringify(name)}: not a TeX macro name (left out)`,
        );
        continue;
      }
      found[name] = definition;
      report.macros.push(`${name}: ${definition} (${file})`);
    }
  };
  const scripts = [
    ...listFiles(path.join(source, 'assets/js')).map((f) => `assets/js/${f}`),
    ...listFiles(path.join(source, '_includes')).map((f) => `_includes/${f}`),
  ].filter((f) => /\.(?:js|html)$/.test(f) && !f.startsWith('assets/js/dist/'));
  for (const file of scripts) {
    const text = readFileSync(path.join(source, file), 'utf8');
    if (/MathJax/.test(text) && /\bmacros\s*:/.test(text)) take(parseMathJaxMacros(text), file);
  }
  const fromConfig = findYamlMacros(config);
  if (fromConfig) take(fromConfig, '_config.yml');
  return found;
}

/**
 * The first `macros:` map anywhere in `_config.yml` (`mathjax: { macros: … }`, `math: { tex: { macros: … } }`),
 * as MathJax reads it: `name: definition` or `name: [definition, arguments]`; null when there is none.
 */
function findYamlMacros(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findYamlMacros(item);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'macros' && child !== null && typeof child === 'object' && !Array.isArray(child)) {
      const macros: Record<string, string> = {};
      for (const [name, definition] of Object.entries(child)) {
        const tex = Array.isArray(definition) ? definition[0] : definition;
        if (typeof tex === 'string') macros[`\\${name.replace(/^\\/, '')}`] = tex;
      }
      return macros;
    }
    const found = findYamlMacros(child);
    if (found) return found;
  }
  return null;
}

/** What in an imported note will look different on xiaoji: liquid it drops, math it will not render, front matter problems. */
function checkNote(
  relative: string,
  text: string,
  contentDir: string,
  settings: SiteSettings,
  report: ImportReport,
): void {
  const sourcePath = relative.slice(contentDir.length + 1);
  const isPage = sourcePath.startsWith('pages/');
  const parsed = parseFrontMatter(text, relative, {
    timeZone: settings.timezone,
    requireDate: !isPage,
    defaults: defaultsFor(sourcePath, settings.frontMatterDefaults),
  });
  for (const p of parsed.problems) {
    if (p.severity === 'error')
      report.differences.push(`${p.file}:${p.line}: ${p.field} ${p.message} (the build will stop here)`);
  }
  const meta = parsed.meta;
  if (!meta) return;
  const prepared = prepareNoteBody(parsed.body, {
    format: 'md',
    renderWithLiquid: meta.renderWithLiquid,
    math: meta.math,
    mediaSubpath: meta.mediaSubpath,
    file: relative,
    bodyLine: parsed.bodyLine,
  });
  for (const p of prepared.problems) report.differences.push(`${p.file}:${p.line}: ${p.message}`);
  if (!meta.math) {
    const lines = parsed.body.split('\n');
    let fenced = false;
    for (const [i, line] of lines.entries()) {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      if (!fenced && line.includes('$$')) {
        report.differences.push(
          `${relative}:${parsed.bodyLine + i}: $$ math without math: true (shown as text; add math: true or a default)`,
        );
        break;
      }
    }
  }
}

/** The report as the command prints it. */
export function formatReport(report: ImportReport): string {
  const section = (title: string, lines: string[]): string =>
    lines.length === 0 ? '' : `${title} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  const notes = report.written.filter((f) => f.endsWith('.md')).length;
  const assets = report.written.length - notes;
  return [
    `Imported: ${notes} notes and pages, ${assets} asset files written; ${report.unchanged.length} files already up to date.`,
    section('Renamed (the build reads .md and .mdx, not .markdown)', report.renamed),
    section('Settings written to site.settings.json', report.settings),
    section('MathJax macros found (math.macros in site.settings.json)', report.macros),
    section('Kept as you left them', report.kept),
    section('Notes already there, not from this import (delete them if they are not yours)', report.others),
    section('Not supported', report.unsupported),
    section('Will look different', report.differences),
  ]
    .filter(Boolean)
    .join('\n');
}
