/**
 * TeX that MathJax (as Chirpy loads it) accepts and KaTeX rejects or reads otherwise, rewritten into
 * what KaTeX renders the same way; and the markdown escapes kramdown removes from `$…$` before
 * MathJax sees it. Pure string functions, run on each formula before KaTeX.
 */

const ACCENTS =
  'hat|tilde|bar|dot|ddot|dddot|vec|check|breve|acute|grave|widehat|widetilde|overline|underline|mathring|overrightarrow|overleftarrow';
// Commands that take one argument: after an accent, MathJax reads them and their argument as the
// accent's argument, KaTeX reads only the command name and fails.
const ONE_ARGUMENT = `${ACCENTS}|boldsymbol|bm|pmb|mathbf|mathrm|mathit|mathsf|mathtt|mathcal|mathbb|mathfrak|mathscr|vb`;
const ACCENT_BEFORE_COMMAND = new RegExp(
  String.raw`\\(?:${ACCENTS})(?![A-Za-z])\s*(?=(\\(?:${ONE_ARGUMENT})(?![A-Za-z])))`,
  'g',
);

/** End (exclusive) of the brace group opening at `at` (`tex[at] === '{'`), escaped braces skipped; -1 if unclosed. */
function groupEnd(tex: string, at: number): number {
  let depth = 0;
  for (let i = at; i < tex.length; i += 1) {
    const c = tex[i];
    if (c === '\\') i += 1;
    else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** End (exclusive) of the one TeX argument starting at `at`: a group, a command or one character. */
function argumentEnd(tex: string, at: number): number {
  const c = tex[at];
  if (c === undefined || c === '}') return -1;
  if (c === '{') return groupEnd(tex, at);
  if (c === '\\') {
    const word = /^\\(?:[A-Za-z]+|.)/.exec(tex.slice(at, at + 64));
    return word ? at + word[0].length : -1;
  }
  return at + 1;
}

/** `\tilde \boldsymbol c` → `\tilde{\boldsymbol c}` (inner accents first: `\hat \dot \bm x` works too). */
export function braceAccentArguments(tex: string): string {
  if (!tex.includes('\\')) return tex;
  const matches = [...tex.matchAll(ACCENT_BEFORE_COMMAND)];
  let out = tex;
  // Right to left: an edit only moves text after it, so earlier match positions stay right.
  for (const match of matches.reverse()) {
    const start = match.index ?? 0;
    const command = match[1] ?? '';
    const accent = match[0].trimEnd();
    const commandStart = start + match[0].length;
    const argStart =
      commandStart +
      command.length +
      (/^\s*/.exec(out.slice(commandStart + command.length))?.[0].length ?? 0);
    const end = argumentEnd(out, argStart);
    if (end === -1) continue;
    out = `${out.slice(0, start)}${accent}{${command} ${out.slice(argStart, end)}}${out.slice(end)}`;
  }
  return out;
}

const QTY = /\\qty(?![A-Za-z])\s*([([{|])/g;
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}', '|': '|' };

/** Index of the delimiter closing `open` from `from` on, outside brace groups, nested pairs skipped; -1 if none. */
function closingIndex(tex: string, from: number, open: string): number {
  const close = CLOSER[open] ?? open;
  let braces = 0;
  let nested = 0;
  for (let i = from; i < tex.length; i += 1) {
    const c = tex[i];
    if (c === '\\') {
      i += 1;
    } else if (c === '{' && open !== '{') braces += 1;
    else if (c === '}' && open !== '{' && braces > 0) braces -= 1;
    else if (braces > 0) continue;
    else if (c === close && nested === 0) return i;
    else if (c === close) nested -= 1;
    else if (c === open) nested += 1;
  }
  return -1;
}

/** physics' `\qty(…)`, `\qty[…]`, `\qty{…}`, `\qty|…|` → `\left(…\right)` and so on, nested pairs kept. */
export function expandQty(tex: string): string {
  if (!tex.includes('\\qty')) return tex;
  let out = '';
  let at = 0;
  QTY.lastIndex = 0;
  for (let match = QTY.exec(tex); match; match = QTY.exec(tex)) {
    const open = match[1] ?? '(';
    const bodyStart = match.index + match[0].length;
    const close = closingIndex(tex, bodyStart, open);
    if (close === -1) continue;
    const left = open === '{' ? '\\{' : open === '|' ? '\\vert' : open;
    const right = open === '{' ? '\\}' : open === '|' ? '\\vert' : (CLOSER[open] ?? open);
    out += `${tex.slice(at, match.index)}\\left${left} ${expandQty(tex.slice(bodyStart, close))} \\right${right}`;
    at = close + 1;
    QTY.lastIndex = at;
  }
  return out + tex.slice(at);
}

const BRAKET = /\\braket(?![A-Za-z])\s*(?=\{)/g;

/** physics' two-argument `\braket{a}{b}` → ⟨a|b⟩; one argument stays KaTeX's braket.sty `\braket{a|b}`. */
export function expandBraket(tex: string): string {
  if (!tex.includes('\\braket')) return tex;
  return tex.replace(BRAKET, (found, offset: number) => {
    const first = groupEnd(tex, offset + found.length);
    if (first === -1) return found;
    const next = /^\s*\{/.test(tex.slice(first, first + 32));
    return next ? '\\xj@braket' : found;
  });
}

const MULTLINE = /\\begin\{multline(\*?)\}([\s\S]*?)\\end\{multline\1\}/g;

/** `multline(*)` (not in KaTeX) → its lines centred in `gathered`, inside `equation` when numbered. */
export function replaceMultline(tex: string): string {
  if (!tex.includes('multline')) return tex;
  return tex.replace(MULTLINE, (_, star: string, body: string) =>
    star
      ? `\\begin{gathered}${body}\\end{gathered}`
      : `\\begin{equation}\\begin{gathered}${body}\\end{gathered}\\end{equation}`,
  );
}

/** Every rewrite above, in the order they depend on each other. */
export function rewriteTexForKatex(tex: string): string {
  return braceAccentArguments(replaceMultline(expandBraket(expandQty(tex))));
}

/**
 * The markdown escapes kramdown removes from a `$…$` formula before MathJax reads it: `\_` → `_`,
 * `\*` → `*`, `\\{` `\\}` `\\|` → `\{` `\}` `\|`, and in a table cell `\|` → `|` (the pipe is escaped
 * there so it does not split the cell). Other TeX (`\\` line breaks, `\{`, `\|` outside tables) is kept.
 */
export function unescapeKramdownMath(tex: string, inTable: boolean): string {
  if (!tex.includes('\\')) return tex;
  let out = '';
  for (let i = 0; i < tex.length; i += 1) {
    const c = tex[i] ?? '';
    const next = tex[i + 1] ?? '';
    if (c !== '\\') out += c;
    else if (next === '_' || next === '*' || (next === '|' && inTable)) {
      out += next;
      i += 1;
    } else if (next === '\\' && /[{}|]/.test(tex[i + 2] ?? '')) {
      out += `\\${tex[i + 2]}`;
      i += 2;
    } else {
      out += c + next;
      i += 1;
    }
  }
  return out;
}
