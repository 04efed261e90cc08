/**
 * Code blocks the way Chirpy shows them. remark side: ```` ```mermaid ```` becomes a diagram block
 * (drawn in the browser by an island; its source stays readable without JS), every other block is
 * wrapped with its label (file name from `{: file="…" }`, else the language) and is marked for line
 * numbers when Chirpy would show them. rehype side (after highlighting): the header with the label and the
 * copy button, and shell prompts marked so they are styled and never selected or copied; a block
 * longer than the site's `codeFoldLines` shows folded (`rehypeCodeFold`), unless it opts out with
 * `{: .nofold }` or a `nofold` word in its fence (```` ```js nofold ````).
 */
import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import type { Code, Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import type { RenderReport } from './report';

// Chirpy shows no line numbers for these (and for `{: .nolineno }`).
const NO_LINE_NUMBERS = new Set([
  '',
  'plaintext',
  'text',
  'txt',
  'console',
  'terminal',
  'shellsession',
  'output',
]);
// Prompt lines: `$ cmd` in any shell block; `#`, `%`, `>` and `PS …>` too in session blocks.
const SESSION_LANGS = new Set(['console', 'terminal', 'shellsession']);
const SHELL_LANGS = new Set(['shell', 'bash', 'sh', 'zsh', 'ksh', 'fish']);
const SESSION_PROMPT = /^(?:\$|#|%|>|PS [^>\n]*>)[ \t]/;
const SHELL_PROMPT = /^\$[ \t]/;
// Chirpy's `_includes/language-alias.html`: how a language is named in the block header.
const LANGUAGE_NAMES: Record<string, string> = {
  actionscript: 'ActionScript',
  as: 'ActionScript',
  as3: 'ActionScript',
  applescript: 'AppleScript',
  coffeescript: 'CoffeeScript',
  coffee: 'CoffeeScript',
  cs: 'C#',
  csharp: 'C#',
  cpp: 'C++',
  'c++': 'C++',
  erl: 'Erlang',
  graphql: 'GraphQL',
  haskell: 'Haskell',
  hs: 'Haskell',
  javascript: 'JavaScript',
  js: 'JavaScript',
  jsx: 'JSX',
  tsx: 'TSX',
  json: 'JSON',
  make: 'Makefile',
  mf: 'Makefile',
  md: 'Markdown',
  mkd: 'Markdown',
  markdown: 'Markdown',
  m: 'Matlab',
  objc: 'Objective-C',
  'objective-c': 'Objective-C',
  perl: 'Perl',
  pl: 'Perl',
  php: 'PHP',
  plaintext: 'Text',
  text: 'Text',
  txt: 'Text',
  py: 'Python',
  python: 'Python',
  rb: 'Ruby',
  rs: 'Rust',
  bash: 'Shell',
  zsh: 'Shell',
  ksh: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  tex: 'TeX',
  latex: 'LaTeX',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  vb: 'Visual Basic',
  vue: 'Vue.js',
  yml: 'YAML',
  yaml: 'YAML',
  css: 'CSS',
  html: 'HTML',
  scss: 'SCSS',
  sql: 'SQL',
  toml: 'TOML',
  xml: 'XML',
  go: 'Go',
  golang: 'Go',
};

/** The header label for a language: Chirpy's names, else the name capitalised; no language is `Text`. */
export function languageLabel(lang: string): string {
  const key = lang.toLowerCase();
  if (key === '') return 'Text';
  return LANGUAGE_NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** True when Chirpy would number the lines of this block (issue rule: multi-line blocks only). */
export function wantsLineNumbers(code: Code): boolean {
  const lang = (code.lang ?? '').toLowerCase();
  if (code.data?.kramdown?.nolineno || NO_LINE_NUMBERS.has(lang)) return false;
  return code.value.includes('\n');
}

/** remark plugin: mermaid blocks, and the wrapper that carries each block's label to the header. */
export function remarkCodeBlocks(options: { report?: RenderReport } = {}) {
  return (tree: Root): void => {
    visit(tree, 'code', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const lang = (node.lang ?? '').trim();
      if (lang.toLowerCase() === 'mermaid') {
        if (options.report) options.report.mermaid = true;
        parent.children[index] = {
          type: 'paragraph',
          data: {
            hName: 'div',
            hProperties: { className: ['mermaid-block'], dataMermaid: '' },
            hChildren: [
              {
                type: 'element',
                tagName: 'pre',
                properties: { className: ['mermaid-source'] },
                children: [{ type: 'text', value: node.value }],
              },
            ],
          },
          children: [],
        };
        return;
      }
      if (options.report) options.report.code = true;
      const own = node.data?.kramdown;
      // The fence's `nofold` word, kept as a class: rehype-raw drops `data.meta` (see below).
      const nofold = /(?:^|\s)nofold(?:\s|$)/.test(node.meta ?? '') && !own?.classes?.includes('nofold');
      // shiki knows `console` (shell sessions); Chirpy's `terminal` is the same thing.
      if (lang.toLowerCase() === 'terminal') node.lang = 'console';
      parent.children[index] = {
        type: 'paragraph',
        data: {
          hName: 'div',
          hProperties: {
            className: ['code-block', ...(own?.classes ?? []), ...(nofold ? ['nofold'] : [])],
            dataLang: lang.toLowerCase() || 'plaintext',
            dataLabel: own?.file ?? languageLabel(lang),
            ...(own?.file ? { dataFile: own.file } : {}),
            // On the wrapper, not in the fence's meta: rehype-raw drops `data.meta` when a note has raw HTML.
            ...(wantsLineNumbers(node) ? { dataLineNumbers: '' } : {}),
          },
        },
        children: [node as never],
      };
    });
  };
}

function text(value: string): HastText {
  return { type: 'text', value };
}

/** The text nodes under `node`, in order, with their parents. */
function textNodes(node: Element, found: { text: HastText; parent: Element }[] = []) {
  for (const child of node.children) {
    if (child.type === 'text') found.push({ text: child, parent: node });
    else if (child.type === 'element') textNodes(child, found);
  }
  return found;
}

/** Wraps the leading prompt (`$ `) of a highlighted line in `span.code-prompt`; shiki may split it over tokens. */
function markPrompt(line: Element, prompt: RegExp): void {
  const texts = textNodes(line);
  const match = prompt.exec(texts.map(({ text }) => text.value).join(''));
  let left = match?.[0].length ?? 0;
  for (const { text: node, parent } of texts) {
    if (left <= 0) return;
    const taken = node.value.slice(0, left);
    const rest = node.value.slice(taken.length);
    left -= taken.length;
    const wrapped: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['code-prompt'] },
      children: [text(taken)],
    };
    parent.children.splice(parent.children.indexOf(node), 1, wrapped, ...(rest ? [text(rest)] : []));
  }
}

// rehype-pretty-code writes the attribute name as is (`data-line`), rehype as `dataLine`.
const isLine = (node: Element) => 'data-line' in node.properties || 'dataLine' in node.properties;

/** Marks the block's `<code>` for the stylesheet's line-number counter (rehype-pretty-code's attributes). */
function numberLines(block: Element): void {
  visit(block, 'element', (code) => {
    if (code.tagName !== 'code') return;
    let lines = 0;
    for (const child of code.children) if (child.type === 'element' && isLine(child)) lines += 1;
    code.properties['data-line-numbers'] = '';
    code.properties['data-line-numbers-max-digits'] = String(String(lines).length);
    return EXIT;
  });
}

const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** rehype plugin (after highlighting): header with label and copy button; prompts marked. */
export function rehypeCodeHeader(options: { copyLabel?: string } = {}) {
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'div' || !hasClass(node, 'code-block')) return;
      const lang = String(node.properties.dataLang ?? '');
      const label = String(node.properties.dataLabel ?? '');
      const isFile = node.properties.dataFile !== undefined;
      const prompt = SESSION_LANGS.has(lang) ? SESSION_PROMPT : SHELL_LANGS.has(lang) ? SHELL_PROMPT : null;
      if (prompt) {
        visit(node, 'element', (line) => {
          if (line.tagName === 'span' && isLine(line)) markPrompt(line, prompt);
        });
      }
      if (node.properties.dataLineNumbers !== undefined) numberLines(node);
      delete node.properties.dataLineNumbers;
      const header: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-header'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['code-label', isFile ? 'code-label-file' : 'code-label-lang'] },
            children: [text(label)],
          },
        ],
      };
      if (options.copyLabel) {
        // Inert and hidden until the copy island wakes it up: no button that does nothing.
        header.children.push({
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['code-copy'],
            dataCodeCopy: '',
            ariaLabel: options.copyLabel,
            title: options.copyLabel,
            hidden: true,
          },
          children: [],
        });
      }
      node.children.unshift(header as ElementContent);
      delete node.properties.dataLabel;
    });
  };
}

/** Words of the fold control; `{n}` in `expand` is the block's number of lines. */
export interface CodeFoldOptions {
  /** Blocks with more lines than this fold; 0 (or less) folds none. */
  lines: number;
  expand: string;
  collapse: string;
}

/** At most this many lines show while a block is folded (fewer when the threshold is lower). */
export const FOLDED_LINES = 20;

/** The number of highlighted lines in a block (rehype-pretty-code's `[data-line]` spans). */
function countLines(block: Element): number {
  let lines = 0;
  visit(block, 'element', (node) => {
    if (node.tagName !== 'code') return;
    for (const child of node.children) if (child.type === 'element' && isLine(child)) lines += 1;
    return EXIT;
  });
  return lines;
}

/**
 * rehype plugin (after `rehypeCodeHeader`): a block longer than `lines` gets the class `code-fold`
 * and, after its code, a label holding a checkbox. The stylesheet clips the block while the box is
 * unchecked, so folding works without JavaScript; the whole code stays in the page (copy, search,
 * print). `.nofold` blocks are left whole.
 */
export function rehypeCodeFold(options: CodeFoldOptions) {
  return (tree: HastRoot): void => {
    if (!(options.lines > 0)) return;
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'div' || !hasClass(node, 'code-block') || hasClass(node, 'nofold')) return;
      const lines = countLines(node);
      if (lines <= options.lines) return;
      node.properties.className = [...(node.properties.className as string[]), 'code-fold'];
      node.properties.style = `--code-fold-lines:${Math.min(FOLDED_LINES, options.lines)}`;
      const span = (className: string, words: string): Element => ({
        type: 'element',
        tagName: 'span',
        properties: { className: [className] },
        children: [text(words)],
      });
      node.children.push({
        type: 'element',
        tagName: 'label',
        properties: { className: ['code-fold-control'] },
        children: [
          {
            type: 'element',
            tagName: 'input',
            properties: { type: 'checkbox', className: ['code-fold-toggle'] },
            children: [],
          },
          span('code-fold-expand', options.expand.replace('{n}', String(lines))),
          span('code-fold-collapse', options.collapse),
        ],
      });
    });
  };
}
