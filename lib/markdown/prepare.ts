/**
 * The text passes a note body goes through before markdown parsing. Run by the record builder
 * (TOC, excerpt, word count, warnings) and by the renderer alike, so all of them read the same text.
 */
import type { ContentProblem } from '../types';
import { stripComments, unclosedCommentProblem } from './comments';
import { applyKramdownExtensions } from './kramdown-extensions';
import { renderLiquid } from './liquid';
import { normalizeMathDelimiters } from './math-delimiters';
import type { NoteFormat } from './pipeline';

export interface PrepareOptions {
  format: NoteFormat;
  /** `note`: Obsidian's `%%comments%%` are removed first (posts and pages keep `%%` as text). */
  kind?: 'post' | 'page' | 'note';
  /** Chirpy `render_with_liquid` (default true); `false` keeps the text verbatim, as Jekyll does. */
  renderWithLiquid?: boolean;
  /** Front matter `math: true`: `\(…\)`, `\[…\]` and kramdown's `$$` forms are read as math. */
  math?: boolean;
  mediaSubpath?: string | null;
  /** Where problems point: the file as shown to the author and the line its body starts on. */
  file?: string;
  bodyLine?: number;
}

export interface PreparedBody {
  text: string;
  /** Warnings (Liquid dropped or degraded, a comment never closed), with file and line. */
  problems: ContentProblem[];
}

/**
 * Comments (notes), Liquid (`.md`, unless `render_with_liquid: false`), kramdown extensions (`.md`),
 * math delimiters (`math: true`); never throws.
 */
export function prepareNoteBody(body: string, options: PrepareOptions): PreparedBody {
  let text = typeof body === 'string' ? body : '';
  let problems: ContentProblem[] = [];
  const early: ContentProblem[] = [];
  // First, so nothing commented out is read: not its Liquid, links or tags.
  if (options.kind === 'note') {
    const stripped = stripComments(text, { math: options.math });
    text = stripped.text;
    if (stripped.unclosedLine !== null && options.file) {
      early.push(unclosedCommentProblem(options.file, (options.bodyLine ?? 1) + stripped.unclosedLine));
    }
  }
  // `.mdx` is xiaoji's own format: `{{`/`{%` there are JSX expressions, not Liquid.
  if (options.format === 'md' && options.renderWithLiquid !== false && /\{[{%]/.test(text)) {
    ({ text, problems } = renderLiquid(text, options));
  }
  if (options.format === 'md') text = applyKramdownExtensions(text);
  if (options.math) text = normalizeMathDelimiters(text);
  return { text, problems: [...early, ...problems] };
}
