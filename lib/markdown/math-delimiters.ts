/**
 * Text pre-pass for notes with `math: true`: rewrites the TeX delimiters kramdown + MathJax accept
 * into the `$`/`$$` that remark-math parses. Code (fences and inline code) is left alone.
 */
import { editOutsideCode } from './outside-code';

// What may stand before `$$` on the line that opens display math: quote markers and a list marker.
const LINE_PREFIX = String.raw`(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?`;
const OPENING = new RegExp(String.raw`^(${LINE_PREFIX})\$\$(?!\$)(.*\S.*)$`);

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
 * `$$ a = 1` … `b = 2 $$` is one block for kramdown, but remark-math reads `$$ a = 1` as a fence
 * with a meta string and would swallow the rest of the note: move the TeX onto lines of its own.
 * An opening with no closing before a blank line is escaped (kramdown leaves it as text too).
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
      lines[i] = `${prefix}\\$$${rest}`;
      continue;
    }
    const continuation = prefix.replace(/[-*+]|\d{1,9}[.)]/, (marker) => ' '.repeat(marker.length));
    const last = (lines[close] ?? '').trimEnd();
    lines[i] = `${prefix}$$\n${continuation}${rest.trim()}`;
    lines[close] = `${last.slice(0, -2).trimEnd()}\n${continuation}$$`;
    i = close;
  }
  return lines.join('\n');
}
