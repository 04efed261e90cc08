/**
 * Obsidian's `%%comment%%` (notes only): removed from the body before anything reads it, so a
 * comment never reaches the page, the feed, search, the excerpt or the TOC. Inline (`文字%%注%%文字`)
 * or over several lines; code, and math where the note reads math, are left alone. A `%%` never
 * closed hides the rest of the note (what was meant to stay private never leaks) and is reported.
 *
 * Line-preserving: a comment leaves its line breaks, so later lines keep their numbers (problems
 * and links name the line in the file). A comment over several lines in the middle of a paragraph
 * therefore splits that paragraph.
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
    for (let start = hidden.indexOf('%%'); start >= 0; start = hidden.indexOf('%%', at)) {
      const end = hidden.indexOf('%%', start + 2);
      const stop = end < 0 ? hidden.length : end + 2;
      if (end < 0) unclosedLine = lineBreaksOf(unmask(hidden.slice(0, start))).length;
      out += hidden.slice(at, start) + lineBreaksOf(unmask(hidden.slice(start, stop)));
      at = stop;
    }
    out += hidden.slice(at);
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
