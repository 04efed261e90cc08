/**
 * TeX macros KaTeX lacks but Chirpy's MathJax knows: the `physics` package's common commands and
 * `\cancelto` (written here as our own definitions, since no maintained KaTeX set of them exists on
 * npm), plus the site's own macros (`siteConfig.math.macros`), which an author had in MathJax's
 * configuration. `parseMathJaxMacros` reads that configuration for the Chirpy importer.
 */
import katex from 'katex';

/**
 * The definitions, in TeX. `\@ifnextchar[` gives the optional order of `\dv`/`\pdv`/`\dd`;
 * `\qty(…)`, `\qty[…]`, `\qty|…|` and two-argument `\braket{a}{b}` need balanced scanning and are
 * rewritten before KaTeX (math-tex.ts) into `\left…\right` and `\xj@braket`.
 */
const PHYSICS = String.raw`
\gdef\vb{\@ifstar{\boldsymbol}{\mathbf}}
\gdef\va{\@ifstar{\vec}{\xj@va}}
\gdef\xj@va#1{\vec{\mathrm{#1}}}
\gdef\vu{\@ifstar{\xj@vus}{\xj@vu}}
\gdef\xj@vu#1{\hat{\mathbf{#1}}}
\gdef\xj@vus#1{\hat{\boldsymbol{#1}}}
\gdef\vdot{\cdot}
\gdef\cross{\times}
\gdef\cp{\times}
\gdef\grad{\nabla}
\gdef\curl{\nabla\times}
\gdef\laplacian{\nabla^2}
\gdef\pqty#1{\left(#1\right)}
\gdef\bqty#1{\left[#1\right]}
\gdef\Bqty#1{\left\{#1\right\}}
\gdef\vqty#1{\left\lvert #1\right\rvert}
\gdef\abs{\@ifstar{\xj@abss}{\xj@abs}}
\gdef\xj@abs#1{\left\lvert #1\right\rvert}
\gdef\xj@abss#1{\lvert #1\rvert}
\gdef\norm{\@ifstar{\xj@norms}{\xj@norm}}
\gdef\xj@norm#1{\left\lVert #1\right\rVert}
\gdef\xj@norms#1{\lVert #1\rVert}
\gdef\eval#1{\left.#1\right\vert}
\gdef\order#1{\mathcal{O}\left(#1\right)}
\gdef\comm#1#2{\left[#1,#2\right]}
\gdef\acomm#1#2{\left\{#1,#2\right\}}
\gdef\bra#1{\left\langle #1\right\rvert}
\gdef\ket#1{\left\lvert #1\right\rangle}
\gdef\xj@braket#1#2{\left\langle #1\middle\vert #2\right\rangle}
\gdef\ev#1{\left\langle #1\right\rangle}
\gdef\expval#1{\left\langle #1\right\rangle}
\gdef\mel#1#2#3{\left\langle #1\middle\vert #2\middle\vert #3\right\rangle}
\gdef\matrixel#1#2#3{\left\langle #1\middle\vert #2\middle\vert #3\right\rangle}
\gdef\ketbra#1#2{\left\lvert #1\right\rangle\!\left\langle #2\right\rvert}
\gdef\dyad#1#2{\left\lvert #1\right\rangle\!\left\langle #2\right\rvert}
\gdef\dd{\@ifnextchar[{\xj@ddn}{\xj@dd}}
\gdef\xj@dd#1{\mathop{}\!\mathrm{d}#1}
\gdef\xj@ddn[#1]#2{\mathop{}\!\mathrm{d}^{#1}#2}
\gdef\dv{\@ifnextchar[{\xj@dvn}{\xj@dv}}
\gdef\xj@dv#1#2{\frac{\mathrm{d}#1}{\mathrm{d}#2}}
\gdef\xj@dvn[#1]#2#3{\frac{\mathrm{d}^{#1}#2}{\mathrm{d}#3^{#1}}}
\gdef\pdv{\@ifnextchar[{\xj@pdvn}{\xj@pdv}}
\gdef\xj@pdv#1#2{\frac{\partial #1}{\partial #2}}
\gdef\xj@pdvn[#1]#2#3{\frac{\partial^{#1}#2}{\partial #3^{#1}}}
\gdef\tr{\operatorname{tr}}
\gdef\Tr{\operatorname{Tr}}
\gdef\trace{\operatorname{tr}}
\gdef\Trace{\operatorname{Tr}}
\gdef\rank{\operatorname{rank}}
\gdef\erf{\operatorname{erf}}
\gdef\Res{\operatorname{Res}}
\gdef\cancelto#1#2{{\cancel{#2}}^{\,#1}}
`;

/** A macro table as KaTeX's `macros` option takes it (a definition string, or what `\gdef` leaves). */
export type KatexMacros = Record<string, string | object>;

let physics: KatexMacros | null = null;

/** The physics definitions, compiled by KaTeX once (its `\gdef` fills the table it is given). */
function getPhysicsMacros(): KatexMacros {
  if (!physics) {
    const table: KatexMacros = {};
    katex.renderToString(PHYSICS, { macros: table, globalGroup: true, throwOnError: true });
    physics = table;
  }
  return physics;
}

/**
 * A fresh macro table for one note: physics, then the site's macros (which win). Fresh because a
 * note's `\newcommand`/`\gdef` fill it and must not leak into the next note.
 */
export function createNoteMacros(site: Record<string, string> = {}): KatexMacros {
  const table: KatexMacros = { ...getPhysicsMacros() };
  for (const [name, definition] of Object.entries(site))
    table[name.startsWith('\\') ? name : `\\${name}`] = definition;
  return table;
}

/**
 * The `macros: { … }` block of a MathJax configuration (JavaScript, or an HTML page holding it) as
 * KaTeX macros: `RR: '\\mathbb{R}'` → `{ '\\RR': '\\mathbb{R}' }`; `[def, n]` → `def` (KaTeX counts
 * the `#1…#n` it uses). Entries that are neither a string nor such an array are skipped; no block → {}.
 */
export function parseMathJaxMacros(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  const start = /\bmacros\s*:\s*\{/.exec(text);
  if (!start) return found;
  const reader = new ConfigReader(text, start.index + start[0].length);
  while (!reader.done()) {
    reader.skipSpace();
    if (reader.peek() === '}') break;
    const before = reader.position();
    const key = reader.readKey();
    reader.skipSpace();
    if (key !== null && reader.peek() === ':') {
      reader.advance();
      reader.skipSpace();
      let definition: string | null = null;
      if (reader.peek() === '[') {
        reader.advance();
        reader.skipSpace();
        definition = reader.readString();
        reader.skipToClose(']');
      } else definition = reader.readString();
      if (definition !== null) found[`\\${key}`] = definition;
    }
    reader.skipEntry();
    if (reader.position() === before) reader.advance(); // a stray `]` or `)`: step over it
  }
  return found;
}

/** A cursor over JavaScript object-literal text: keys, string literals, skipping nested values. */
class ConfigReader {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  position(): number {
    return this.at;
  }

  done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): string {
    return this.text[this.at] ?? '';
  }

  advance(): void {
    this.at += 1;
  }

  skipSpace(): void {
    for (;;) {
      const rest = this.text.slice(this.at, this.at + 2);
      if (/^\s/.test(rest)) this.at += 1;
      else if (rest === '//') this.at = this.indexOrEnd('\n', this.at);
      else if (rest === '/*') this.at = this.indexOrEnd('*/', this.at) + 2;
      else return;
    }
  }

  private indexOrEnd(search: string, from: number): number {
    const index = this.text.indexOf(search, from);
    return index === -1 ? this.text.length : index;
  }

  /** `name`, `'name'` or `"name"`; null for anything else. */
  readKey(): string | null {
    const quote = this.peek();
    if (quote === "'" || quote === '"') return this.readString();
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at, this.at + 200));
    if (!match) return null;
    this.at += match[0].length;
    return match[0];
  }

  /** A '…', "…" or `…` literal with its escapes decoded; null (nothing read) when none starts here. */
  readString(): string | null {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"' && quote !== '`') return null;
    let value = '';
    for (this.at += 1; !this.done(); this.at += 1) {
      const c = this.peek();
      if (c === quote) {
        this.at += 1;
        return value;
      }
      if (c === '\\') {
        this.at += 1;
        const escaped = this.peek();
        value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped;
      } else value += c;
    }
    return value;
  }

  /** Past the `close` that ends the current value, stepping over strings and nested brackets. */
  skipToClose(close: string): void {
    this.skipBalanced(close);
  }

  /** Past the rest of an entry: up to and over the next `,` at this depth (or up to the closing `}`). */
  skipEntry(): void {
    this.skipBalanced(null);
  }

  /**
   * Steps over strings and nested brackets until a closing bracket at this depth (taken when it is
   * `close`) or, with `close` null, over the next `,` at this depth.
   */
  private skipBalanced(close: string | null): void {
    let depth = 0;
    while (!this.done()) {
      const c = this.peek();
      if (c === "'" || c === '"' || c === '`') {
        this.readString();
        continue;
      }
      if (c === '[' || c === '{' || c === '(') depth += 1;
      else if (c === ']' || c === '}' || c === ')') {
        if (depth === 0) {
          if (c === close) this.at += 1;
          return;
        }
        depth -= 1;
      } else if (close === null && c === ',' && depth === 0) {
        this.at += 1;
        return;
      }
      this.at += 1;
    }
  }
}
