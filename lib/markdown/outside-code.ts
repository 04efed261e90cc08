/** Text edits that must not touch code: fenced blocks and inline code spans are set aside, then put back. */

// A fenced block (``` or ~~~, closed by the same marker or the end), or an inline code span (which,
// as in CommonMark, never crosses a blank line: that also keeps the scan linear).
// (`m` flag: `$` is any line end, so the end of the text is `(?![\s\S])`.)
const CODE =
  /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\1[`~]*[ \t]*(?=\n|$)|(?![\s\S]))|(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\2(?!`)/gm;
const TOKEN = /\uE000(\d+)\uE001/g;

/**
 * Applies `edit` to `text` with each code block/span replaced by a placeholder (`\uE000n\uE001`, no line
 * break inside), then restores the code. `edit` must keep placeholders intact; patterns can exclude
 * `\uE000` to avoid matching across code.
 */
export function editOutsideCode(text: string, edit: (masked: string) => string): string {
  const code: string[] = [];
  const masked = text.replace(CODE, (match) => `\uE000${code.push(match) - 1}\uE001`);
  return edit(masked).replace(TOKEN, (_, index: string) => code[Number(index)] ?? '');
}

/** `text` with every code block/span blanked to spaces, line breaks kept: offsets and lines stay the same. */
export function blankCode(text: string): string {
  return text.replace(CODE, (match) => match.replace(/[^\n]/g, ' '));
}
