/**
 * Math at build time, for notes with `math: true` (as Chirpy loads MathJax only then): remark-math
 * reads `$…$` and `$$…$$`; a paragraph that is only `$$…$$` is display math, as in kramdown; KaTeX
 * renders every formula to HTML + MathML, so no math script reaches the browser. Equations of
 * `equation`/`align`/… environments are numbered like KaTeX numbers them, and `\eqref{label}` /
 * `\ref{label}` (in text or in math) become the number, linked to the equation.
 */
import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createNoteMacros, type KatexMacros } from './math-macros';
import { rewriteTexForKatex, unescapeKramdownMath } from './math-tex';
import type { RenderReport } from './report';

// The importer reads a Chirpy blog's MathJax macros with this (into siteConfig.math.macros).
export { parseMathJaxMacros } from './math-macros';

/**
 * remark plugin: a paragraph holding nothing but one `$$…$$` is display math (kramdown's rule); a
 * `$…$` formula loses the markdown escapes kramdown would have removed before MathJax (math-tex.ts).
 */
export function remarkDisplayMath() {
  return (tree: Root, file?: VFile): void => {
    const source = String(file?.value ?? '');
    const inTables = new Set<object>();
    visit(tree, 'tableCell', (cell) => {
      visit(cell, 'inlineMath', (node) => {
        inTables.add(node);
      });
    });
    visit(tree, 'inlineMath', (node) => {
      const start = node.position?.start.offset;
      // Only single-dollar math went through kramdown's text escapes; `$$…$$` is kramdown's own span.
      if (start === undefined || source.startsWith('$$', start)) return;
      const value = unescapeKramdownMath(node.value, inTables.has(node));
      if (value === node.value) return;
      node.value = value;
      const shown = node.data?.hChildren?.[0];
      if (shown?.type === 'text') shown.value = value;
    });
    visit(tree, 'paragraph', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const start = only?.position?.start.offset;
      if (only?.type !== 'inlineMath' || start === undefined || !source.startsWith('$$', start)) return;
      parent.children[index] = {
        type: 'math',
        value: only.value,
        position: node.position,
        data: { hName: 'pre', hChildren: [mathCode(only.value, 'math-display')] },
      } as (typeof parent.children)[number];
    });
  };
}

function mathCode(value: string, kind: string): Element {
  return {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', kind] },
    children: [{ type: 'text', value }],
  };
}

// Environments KaTeX numbers; in the multi-row ones each row not marked \nonumber/\notag gets a number.
const NUMBERED =
  /\\begin\{(equation|align|gather|multline|flalign|alignat|eqnarray)(\*?)\}([\s\S]*?)\\end\{\1\2\}/g;
const MULTI_ROW = new Set(['align', 'gather', 'flalign', 'alignat', 'eqnarray']);
const LABEL = /\\label\{([^{}]*)\}/g;
const TAG = /\\tag\*?\{([^{}]*)\}/;
const REF = /\\(eqref|ref)\{([^{}]*)\}/g;

/** Maps each `\label` in the display formulas (document order) to its number as KaTeX shows it. */
export function numberEquations(formulas: string[]): Map<string, string> {
  const numbers = new Map<string, string>();
  let counter = 0;
  for (const tex of formulas) {
    const envs = [...tex.matchAll(NUMBERED)];
    if (envs.length === 0) {
      // A plain display formula is numbered only by an explicit \tag.
      const tag = TAG.exec(tex)?.[1];
      for (const label of tex.matchAll(LABEL)) if (tag) numbers.set(label[1] ?? '', tag);
      continue;
    }
    for (const env of envs) {
      const rows = MULTI_ROW.has(env[1] ?? '') ? (env[3] ?? '').split(/\\\\/) : [env[3] ?? ''];
      for (const row of rows) {
        const tag = TAG.exec(row)?.[1];
        let shown: string | null = null;
        if (tag !== undefined) shown = tag;
        else if (
          env[2] !== '*' &&
          !/\\no(?:number|tag)\b/.test(row) &&
          (rows.length === 1 || row.trim() !== '')
        ) {
          counter += 1;
          shown = String(counter);
        }
        for (const label of row.matchAll(LABEL)) if (shown !== null) numbers.set(label[1] ?? '', shown);
      }
    }
  }
  return numbers;
}

export function equationId(label: string): string {
  return `eq-${label.replace(/[^\w-]+/g, '-')}`;
}

export interface MathOptions {
  /** `mathml` for feeds (readers have no KaTeX stylesheet); pages get HTML + MathML. */
  output?: 'htmlAndMathml' | 'mathml';
  report?: RenderReport;
  /** The site's own macros (`siteConfig.math.macros`), e.g. `{ '\\RR': '\\mathbb{R}' }`. */
  macros?: Record<string, string>;
}

const classList = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** KaTeX's options for one formula; `throwOnError` so a formula it cannot render is caught, never red. */
function katexOptions(displayMode: boolean, output: MathOptions['output'], macros: KatexMacros) {
  return {
    displayMode,
    output: output ?? 'htmlAndMathml',
    throwOnError: true,
    strict: 'ignore',
    trust: false,
    macros,
  } as const;
}

/** The TeX KaTeX is given for a formula as written: labels dropped, references resolved, MathJax-only TeX rewritten. */
function texForKatex(tex: string, numbers: Map<string, string>): string {
  const source = tex.replace(LABEL, '').replace(REF, (_, kind: string, label: string) => {
    const n = numbers.get(label) ?? '??';
    return kind === 'eqref' ? `\\text{(${n})}` : `\\text{${n}}`;
  });
  return rewriteTexForKatex(source);
}

function render(
  tex: string,
  source: string,
  displayMode: boolean,
  options: MathOptions,
  macros: KatexMacros,
): ElementContent[] {
  try {
    const html = katex.renderToString(source, katexOptions(displayMode, options.output, macros));
    return fromHtml(html, { fragment: true }).children as ElementContent[];
  } catch {
    // Shown as the TeX the author wrote, in code style; `npm run check:content` names the file and line.
    return [
      {
        type: 'element',
        tagName: 'code',
        properties: { className: ['math-fallback'] },
        children: [{ type: 'text', value: tex }],
      },
    ];
  }
}

/** rehype plugin: KaTeX for the math remark-math found; references resolved. */
export function rehypeMath(options: MathOptions = {}) {
  return (tree: HastRoot): void => {
    const found: { node: Element; parent: Element | HastRoot; display: boolean; tex: string }[] = [];
    visit(tree, 'element', (node, _index, parent) => {
      if (!parent) return;
      const code =
        node.tagName === 'pre'
          ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
          : node;
      const kind = code?.tagName === 'code' ? classList(code) : [];
      const display = node.tagName === 'pre' && kind.includes('math-display');
      if (!display && !(node.tagName === 'code' && kind.includes('math-inline'))) return;
      const tex = (code?.children ?? []).map((c) => (c.type === 'text' ? c.value : '')).join('');
      found.push({ node, parent: parent as Element | HastRoot, display, tex });
      return SKIP;
    });
    const refs = hasRefs(tree);
    if (found.length === 0 && !refs) return;
    if (options.report) options.report.math ||= found.length > 0;
    const numbers = numberEquations(found.filter((f) => f.display).map((f) => f.tex));
    // Shared by the note's formulas, so a \newcommand holds for the rest of the page (as in MathJax).
    const macros = createNoteMacros(options.macros);
    for (const { node, parent, display, tex } of found) {
      const labels = [...tex.matchAll(LABEL)].map((m) => m[1] ?? '');
      const rendered = render(tex, texForKatex(tex, numbers), display, options, macros);
      const replacement: ElementContent = display
        ? {
            type: 'element',
            tagName: 'div',
            properties: { className: ['math-display'], ...(labels[0] ? { id: equationId(labels[0]) } : {}) },
            children: [
              ...labels.slice(1).map(
                (label): Element => ({
                  type: 'element',
                  tagName: 'span',
                  properties: { id: equationId(label) },
                  children: [],
                }),
              ),
              ...rendered,
            ],
          }
        : {
            type: 'element',
            tagName: 'span',
            // A long formula scrolls inside itself instead of widening the page (keyboard-focusable).
            properties: wide(tex)
              ? { className: ['math-inline', 'math-scroll'], tabIndex: 0 }
              : { className: ['math-inline'] },
            children: rendered,
          };
      const index = parent.children.indexOf(node);
      if (index !== -1) parent.children[index] = replacement;
    }
    if (refs) replaceTextRefs(tree, numbers);
  };
}

function hasRefs(tree: HastRoot): boolean {
  let any = false;
  visit(tree, 'text', (node) => {
    if (node.value.includes('ref{')) any = true;
  });
  return any;
}

/** `\eqref{x}` in text → `(1)` linking to the equation; `\ref{x}` → `1`; unknown labels show `??` as MathJax does. */
function replaceTextRefs(tree: HastRoot, numbers: Map<string, string>): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('ref{')) return;
    if (parent.type === 'element' && ['code', 'pre', 'script', 'style'].includes(parent.tagName)) return;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const match of node.value.matchAll(REF)) {
      const label = match[2] ?? '';
      const n = numbers.get(label) ?? '??';
      parts.push({ type: 'text', value: node.value.slice(at, match.index) });
      const shown: HastText = { type: 'text', value: match[1] === 'eqref' ? `(${n})` : n };
      parts.push(
        numbers.has(label)
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: `#${equationId(label)}`, className: ['math-ref'] },
              children: [shown],
            }
          : shown,
      );
      at = (match.index ?? 0) + match[0].length;
    }
    if (parts.length === 0) return;
    parts.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(index, 1, ...parts.filter((p) => p.type !== 'text' || p.value !== ''));
    return index + parts.length;
  });
}

/**
 * Whether an inline formula may be wider than a phone's column (about 30 glyphs): a rough count of
 * what it shows, each command one glyph and braces, `^`, `_` and spaces none.
 */
export function wide(tex: string): boolean {
  const glyphs = tex
    .replace(
      /\\(?:left|right|big|Big|bigg|Bigg|color\{[^{}]*\}|textcolor\{[^{}]*\}|mathrm|mathbf|boldsymbol|operatorname|[,;:!]|quad|qquad)(?![A-Za-z])/g,
      '',
    )
    .replace(/\\[A-Za-z]+/g, 'x')
    .replace(/[{}^_\s]/g, '');
  return glyphs.length > 30;
}

/** Where a formula KaTeX cannot render sits, and why. */
export interface MathProblem {
  /** 1-based line in the markdown given. */
  line: number;
  tex: string;
  message: string;
}

const checker = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDisplayMath).freeze();

/**
 * The formulas of a prepared `math: true` body (after prepareNoteBody) that KaTeX cannot render even
 * after our rewrites, with the same macros the page uses: what the page shows as code. Never throws.
 */
export function findMathProblems(markdown: string, siteMacros: Record<string, string> = {}): MathProblem[] {
  const found: MathProblem[] = [];
  try {
    const file = { value: markdown } as VFile;
    const tree = checker.runSync(checker.parse(markdown), file) as Root;
    const formulas: { tex: string; display: boolean; line: number }[] = [];
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      formulas.push({ tex: node.value, display: node.type === 'math', line: node.position?.start.line ?? 0 });
    });
    const numbers = numberEquations(formulas.filter((f) => f.display).map((f) => f.tex));
    const macros = createNoteMacros(siteMacros);
    for (const { tex, display, line } of formulas) {
      try {
        // MathML only: the HTML half adds no TeX checks, only time.
        katex.renderToString(texForKatex(tex, numbers), katexOptions(display, 'mathml', macros));
      } catch (error) {
        const message =
          error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
        found.push({ line, tex, message });
      }
    }
  } catch {
    // A body the parser fails on fails its page build, which names it.
  }
  return found;
}
