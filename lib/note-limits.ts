/**
 * Limits on what the markdown pipeline is asked to parse. Markdown parsers slow down quadratically
 * on deep nesting and long delimiter runs (20,000 `*` in a row take minutes), and a multi-megabyte
 * note takes minutes to render; such a note fails the check instead of hanging the build or dev.
 * The scan is one linear pass over the lines, cheap enough to run before any parsing.
 */

/** Largest note file, in bytes (the seed note is 11 KB; a long paper note is a few hundred KB). */
export const MAX_NOTE_BYTES = 1024 * 1024;
/** Deepest blockquote nesting (`> > > …`). */
export const MAX_QUOTE_DEPTH = 32;
/** Widest indentation before a line's content, in columns: lists nest about 2–4 columns a level. */
export const MAX_INDENT_COLUMNS = 128;
/** Longest run of one emphasis/bracket delimiter (`*`, `_`, `[`, `]`, `(`, `)`, `<`, `{`). */
export const MAX_DELIMITER_RUN = 256;
/** Deepest nesting of raw HTML (or MDX JSX) elements: the MDX compiler recurses once per level. */
export const MAX_HTML_DEPTH = 100;

export interface LimitProblem {
  field: 'file' | 'body';
  /** 0-based line in the body, or -1 for the whole file. */
  bodyLine: number;
  message: string;
}

const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
const DELIMITER_RUN = new RegExp(`([*_[\\]()<{])\\1{${MAX_DELIMITER_RUN},}`);

/** The first limit a note breaks (size first, then line by line outside code fences), or null. */
export function findLimitProblem(byteLength: number, body: string): LimitProblem | null {
  if (byteLength > MAX_NOTE_BYTES) {
    return {
      field: 'file',
      bodyLine: -1,
      message: `is ${megabytes(byteLength)} MB, too large to render in reasonable time (expected at most ${megabytes(MAX_NOTE_BYTES)} MB: split the note, or link large data as a file)`,
    };
  }
  let fence: string | null = null;
  let line = 0;
  let htmlDepth = 0;
  for (let start = 0; start <= body.length; line += 1) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const text = body.slice(start, end);
    start = end + 1;
    const marker = text.includes('```') || text.includes('~~~') ? FENCE.exec(text)?.[1] : undefined;
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const problem = checkLine(text);
    if (problem) return { field: 'body', bodyLine: line, message: problem };
    if (text.includes('<')) {
      const depth = nestTags(htmlDepth, text);
      htmlDepth = depth.after;
      if (depth.deepest > MAX_HTML_DEPTH) {
        return {
          field: 'body',
          bodyLine: line,
          message: `nests HTML elements more than ${MAX_HTML_DEPTH} deep (expected at most ${MAX_HTML_DEPTH}: deeper nesting overflows the MDX compiler)`,
        };
      }
    }
  }
  return null;
}

function checkLine(text: string): string | null {
  let quotes = 0;
  let columns = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) {
      quotes += 1;
      columns = 0; // indentation counts again inside each quote level
    } else if (c === 0x20) columns += 1;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  if (quotes > MAX_QUOTE_DEPTH) {
    return `nests ${quotes} block quotes (expected at most ${MAX_QUOTE_DEPTH}: deeper nesting makes the build crawl)`;
  }
  if (columns > MAX_INDENT_COLUMNS) {
    return `is indented ${columns} columns (expected at most ${MAX_INDENT_COLUMNS}, about 32 list levels: deeper nesting makes the build crawl)`;
  }
  const run = text.length > MAX_DELIMITER_RUN ? DELIMITER_RUN.exec(text) : null;
  if (run) {
    return `has ${run[0].length} \`${run[1]}\` in a row (expected at most ${MAX_DELIMITER_RUN}: longer runs make the markdown parser crawl; put such text in a code block)`;
  }
  return null;
}

const TAG = /<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g;
// Elements that never hold children, or whose end tag is optional: they do not nest.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr param p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rt rp html head body'.split(
    ' ',
  ),
);

/** The element depth after one line, and the deepest it got on the way (void and optional-end elements left out). */
function nestTags(before: number, text: string): { after: number; deepest: number } {
  let depth = before;
  let deepest = before;
  for (const match of text.matchAll(TAG)) {
    const name = (match[2] ?? '').toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return { after: depth, deepest };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
