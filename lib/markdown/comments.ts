/**
 * Obsidian's `%%comment%%` (notes only): removed from the body before anything reads it, so a
 * comment never reaches the page, the feed, search, the excerpt or the TOC. Inline (`文字%%注%%文字`)
 * or over several lines; code, and math where the note reads math, are left alone. A `%%` never
 * closed hides the rest of the note (what was meant to stay private never leaks) and is reported.
 *
 * As in Obsidian, a comment inside a paragraph leaves one paragraph: the comment goes with its line
 * breaks (and a line that held only a comment, between two lines of text, goes whole). Those line
 * breaks are put back at the paragraph's end (its first blank line), so the lines after it keep
 * their numbers (problems and links name the line in the file); only later lines of that same
 * paragraph are counted a little early.
 */
import type { ContentProblem } from '../types';
import { editOutsideCode } from './outside-code';

export interface StrippedComments {
  text: string;
  /** 0-based line (in the body) of a `%%` that is never closed, else null. */
  unclosedLine: number | null;
}

// `$$…$$` blocks and `$…$` spans, as remark-math reads them (no space inside the single dollars' ends).
const MATH = /\$\$[\s\S]*?\$\$|\$(?=\S)[^$\n]*?[^\s\\]\$|\$[^$\s]\$/g;
const MATH_TOKEN = /\uE002(\d+)\uE003/g;

function lineBreaksOf(text: string): string {
  return text.replace(/[^\n]/g, '');
}

const BLANK_LINE = /[ \t]*(?:\n|$)/y;

/** Whether the line starting at `from` is blank (or the text ends there). */
function startsBlankLine(text: string, from: number): boolean {
  BLANK_LINE.lastIndex = from;
  return BLANK_LINE.test(text);
}

/** The body without its comments; `math`: the note reads `$…$` as math (left alone). */
export function stripComments(body: string, options: { math?: boolean } = {}): StrippedComments {
  if (!body.includes('%%')) return { text: body, unclosedLine: null };
  let unclosedLine: number | null = null;
  const text = editOutsideCode(body, (masked, unmaskCode) => {
    const math: string[] = [];
    const hidden = options.math
      ? masked.replace(MATH, (span) => `\uE002${math.push(span) - 1}\uE003`)
      : masked;
    const unmask = (part: string) =>
      unmaskCode(part.replace(MATH_TOKEN, (_, index: string) => math[Number(index)] ?? ''));
    let out = '';
    let at = 0;
    // Line breaks taken out of the current paragraph, owed back at its end.
    let owed = 0;
    const copy = (segment: string) => {
      const blank = owed > 0 ? /\n[ \t]*\n/.exec(segment) : null;
      if (!blank) out += segment;
      else {
        const end = blank.index + 1;
        out += segment.slice(0, end) + '\n'.repeat(owed) + segment.slice(end);
        owed = 0;
      }
    };
    for (let start = hidden.indexOf('%%'); start >= 0; start = hidden.indexOf('%%', at)) {
      const end = hidden.indexOf('%%', start + 2);
      if (end < 0) {
        unclosedLine = lineBreaksOf(unmask(hidden.slice(0, start))).length;
        copy(hidden.slice(at, start));
        out += lineBreaksOf(unmask(hidden.slice(start)));
        at = hidden.length;
        break;
      }
      let stop = end + 2;
      copy(hidden.slice(at, start));
      owed += lineBreaksOf(unmask(hidden.slice(start, stop))).length;
      // A line that held only comments, between two lines of text: the line goes too.
      const lineStart = out.lastIndexOf('\n') + 1;
      const lineEnd = hidden.indexOf('\n', stop);
      if (
        lineStart > 0 &&
        lineEnd >= 0 &&
        out.slice(lineStart).trim() === '' &&
        hidden.slice(stop, lineEnd).trim() === '' &&
        out.slice(out.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim() !== '' &&
        !startsBlankLine(hidden, lineEnd + 1)
      ) {
        out = out.slice(0, lineStart);
        stop = lineEnd + 1;
        owed += 1;
      }
      at = stop;
    }
    copy(hidden.slice(at));
    out += '\n'.repeat(owed);
    return out.replace(MATH_TOKEN, (_, index: string) => math[Number(index)] ?? '');
  });
  return { text, unclosedLine };
}

/** The warning for a `%%` never closed, at `line` of `file`. */
export function unclosedCommentProblem(file: string, line: number): ContentProblem {
  return {
    file,
    line,
    field: 'comment',
    message: '%% is never closed, so the rest of the note is hidden (a closing %%)',
    severity: 'warning',
  };
}
