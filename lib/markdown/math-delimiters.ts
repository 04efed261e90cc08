/**
 * Text pre-pass for notes with `math: true`: rewrites the TeX delimiters kramdown + MathJax accept
 * into the `$`/`$$` that remark-math parses. Code (fences and inline code) is left alone.
 */
import { editOutsideCode } from './outside-code';

// What may stand before `$$` on the line that opens display math: quote markers and a list marker.
const LINE_PREFIX = String.raw`(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?`;
const OPENING = new RegExp(String.raw`^(${LINE_PREFIX})\$\$(?!\$)(.*)$`);

// Delimiter tokens, line breaks and blank lines, found in one left-to-right scan.
const TOKEN = /(?<!\\)(?:\\{1,2}[()[\]]|\\\$\$)|\$\$|\n(?:[ \t]*\n)?/g;

type Kind = 'paren' | 'bracket' | 'escaped';

/**
 * Pairs delimiters in one pass (linear, whatever the input): `\(…\)` and Chirpy's `\$$…$$` within a
 * line, `\[…\]` within a paragraph. An opener with no closer stays as written.
 */
function pairDelimiters(text: string): string {
  const edits: { from: number; to: number; text: string }[] = [];
  let open: { kind: Kind; from: number; to: number } | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (token.startsWith('\n')) {
      // A line ends inline pairs; a blank line ends a display pair too.
      if (open && (open.kind !== 'bracket' || token.length > 1)) open = null;
      continue;
    }
    const kind: Kind | null =
      token.endsWith('(') || token.endsWith(')')
        ? 'paren'
        : token.endsWith('[') || token.endsWith(']')
          ? 'bracket'
          : token === '$$'
            ? null
            : 'escaped';
    const closes =
      open && ((kind === open.kind && /[)\]]$/.test(token)) || (open.kind === 'escaped' && token === '$$'));
    if (open && closes) {
      const tex = text.slice(open.to, at);
      edits.push({
        from: open.from,
        to: at + token.length,
        text: open.kind === 'bracket' ? displayMath(tex) : `$${tex}$`,
      });
      open = null;
    } else if (kind && !/[)\]]$/.test(token)) {
      open = { kind, from: at, to: at + token.length };
    }
  }
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + text.slice(at);
}

/** `\(x\)`, `\\(x\\)` → `$x$`; `\[x\]`, `\\[x\\]` → `$$x$$`; Chirpy's `\$$x$$` (lists) → `$x$`; `$$ a` … `b $$` → a `$$` block. */
export function normalizeMathDelimiters(text: string): string {
  if (!/[\\$]/.test(text)) return text;
  return editOutsideCode(text, (masked) => splitOneLineOpenings(pairDelimiters(masked)));
}

function displayMath(tex: string): string {
  return tex.includes('\n') ? `\n$$\n${tex.trim()}\n$$\n` : `$$${tex}$$`;
}

/**
 * kramdown's block math is `$$` … `$$` ending a line, the TeX on any of those lines; remark-math wants
 * `$$` fences on lines of their own and would otherwise swallow the rest of the note (prose shown as
 * TeX, headings lost). So: `$$ a = 1` … `b = 2 $$` and `$$` … `a = b$$` get their `$$` moved onto
 * lines of their own, and in a quote the lines kramdown reads lazily (no `>`) get the quote's `>`.
 * An opening with TeX on its line and no closing before a blank line is escaped (left as text).
 */
function splitOneLineOpenings(text: string): string {
  const lines = text.split('\n');
  // nextClose[i]: the first line at or after i, before a blank line, that ends with `$$` (-1: none).
  const nextClose = new Array<number>(lines.length + 1).fill(-1);
  for (let j = lines.length - 1; j >= 0; j -= 1) {
    const line = lines[j] ?? '';
    nextClose[j] = line.trim() === '' ? -1 : line.trimEnd().endsWith('$$') ? j : (nextClose[j + 1] ?? -1);
  }
  for (let i = 0; i < lines.length; i += 1) {
    const opening = OPENING.exec(lines[i] ?? '');
    if (!opening) continue;
    const prefix = opening[1] ?? '';
    const rest = opening[2] ?? '';
    if (rest.includes('$$')) continue; // `$$ x $$` on one line: inline math, made a block later
    const close = nextClose[i + 1] ?? -1;
    if (close === -1) {
      if (rest.trim() !== '') lines[i] = `${prefix}\\$$${rest}`;
      continue;
    }
    const continuation = prefix.replace(/[-*+]|\d{1,9}[.)]/, (marker) => ' '.repeat(marker.length));
    const quotes = (prefix.match(/>/g) ?? []).length;
    if (quotes > 0) {
      // kramdown's lazy lines: a quote goes on over lines without `>` until a blank line.
      const quoted = new RegExp(String.raw`^(?:[ \t]*>){${quotes}}`);
      const marker = prefix.slice(0, prefix.lastIndexOf('>') + 1);
      for (let k = i + 1; k <= close; k += 1)
        if (!quoted.test(lines[k] ?? '')) lines[k] = `${marker} ${lines[k] ?? ''}`;
    }
    const last = (lines[close] ?? '').trimEnd();
    const tex = last.slice(0, -2).replace(/^(?:[ \t]*>)*[ \t]*/, '');
    if (rest.trim() !== '') lines[i] = `${prefix}$$\n${continuation}${rest.trim()}`;
    if (tex.trim() !== '') lines[close] = `${last.slice(0, -2).trimEnd()}\n${continuation}$$`;
    i = close;
  }
  return lines.join('\n');
}
