/** Where a result's query pieces occur: the section to link to, and a highlighted snippet of it. */
import { foldText, foldWithMap } from './fold';
import { MIN_PREFIX_LENGTH, type QueryPiece } from './tokenize';

/** Text with `[start, end)` UTF-16 ranges to highlight, sorted and not overlapping. */
export interface HighlightedText {
  text: string;
  ranges: [number, number][];
}

/** The best section of a note for a query. */
export interface SnippetMatch {
  /** Heading id to link to, '' for the note itself. */
  sectionId: string;
  heading: HighlightedText;
  snippet: HighlightedText;
}

/** Letters and digits of scripts written with spaces: where a Latin word goes on (Chinese never does). */
const WORD_CHAR = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]/u;
/** Where a snippet may start: after a sentence or clause mark, or a space. */
const BREAK_BEFORE = /[\s。！？；，、：.!?;,:]/u;
/** Characters shown before the first match, at most (the rest of the line goes after it). */
const LEAD = 24;

/** Folded text plus a map from folded to original indices (identity when lengths agree, the usual case). */
function fold(text: string): { folded: string; toOriginal: (i: number) => number } {
  const folded = foldText(text);
  if (folded.length === text.length) return { folded, toOriginal: (i) => i };
  const mapped = foldWithMap(text);
  return { folded: mapped.folded, toOriginal: (i) => mapped.map[i] ?? text.length };
}

/** A match of query piece number `piece` at `[start, end)` of folded text. */
interface PieceMatch {
  start: number;
  end: number;
  piece: number;
}

/** Matches of `pieces` in folded text: Chinese anywhere; words at a word start, to the word's end. */
function findInFolded(folded: string, pieces: readonly QueryPiece[]): PieceMatch[] {
  const matches: PieceMatch[] = [];
  pieces.forEach((piece, index) => {
    if (!piece.text) return;
    // Short words are matched whole (the query matches them exactly too); longer ones as prefixes.
    const whole = !piece.han && piece.text.length < MIN_PREFIX_LENGTH;
    for (let start = folded.indexOf(piece.text); start >= 0; start = folded.indexOf(piece.text, start + 1)) {
      let end = start + piece.text.length;
      if (!piece.han) {
        if (start > 0 && WORD_CHAR.test(folded[start - 1] as string)) continue;
        while (end < folded.length && WORD_CHAR.test(folded[end] as string)) end++;
        if (whole && end !== start + piece.text.length) continue;
      }
      matches.push({ start, end, piece: index });
    }
  });
  return matches.sort((a, b) => a.start - b.start);
}

function mergeRanges(matches: readonly PieceMatch[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const { start, end } of matches) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Ranges of the query pieces in `text` (original indices), e.g. to highlight a title. */
export function highlight(text: string, pieces: readonly QueryPiece[]): HighlightedText {
  const { folded, toOriginal } = fold(text);
  const ranges = mergeRanges(findInFolded(folded, pieces)).map(([s, e]): [number, number] => [
    toOriginal(s),
    toOriginal(e),
  ]);
  return { text, ranges };
}

/**
 * Ranges of the query pieces in `text`, as the snippet finds them: the pieces, or when none is there,
 * the bigrams of its Chinese pieces (the index matched those). For marking a whole page.
 */
export function findHighlights(text: string, pieces: readonly QueryPiece[]): [number, number][] {
  const { folded, toOriginal } = fold(text);
  let matches = findInFolded(folded, pieces);
  if (matches.length === 0) matches = findInFolded(folded, withBigrams(pieces));
  return mergeRanges(matches).map(([s, e]): [number, number] => [toOriginal(s), toOriginal(e)]);
}

function countPieces(matches: readonly PieceMatch[]): number {
  return new Set(matches.map((m) => m.piece)).size;
}

/** Chinese pieces not found whole are looked for as their bigrams (the index matched those). */
function withBigrams(pieces: readonly QueryPiece[]): QueryPiece[] {
  const out = [...pieces];
  for (const piece of pieces) {
    const chars = [...piece.text];
    if (!piece.han || chars.length < 3) continue;
    for (let i = 0; i + 1 < chars.length; i++) out.push({ text: `${chars[i]}${chars[i + 1]}`, han: true });
  }
  return out;
}

/** Start of the `maxLength` window holding the most distinct pieces (earliest on ties), in folded indices. */
function bestWindow(matches: readonly PieceMatch[], maxLength: number): number {
  let bestStart = 0;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const from = (matches[i] as PieceMatch).start;
    const seen = new Set<number>();
    for (let j = i; j < matches.length && (matches[j] as PieceMatch).end - from <= maxLength - LEAD; j++) {
      seen.add((matches[j] as PieceMatch).piece);
    }
    if (seen.size > bestCount) {
      bestCount = seen.size;
      bestStart = from;
    }
  }
  return bestStart;
}

/** Cuts `text` to about `maxLength` characters around `anchor`, with `…` where cut; ranges follow. */
function cutAround(
  text: string,
  ranges: readonly [number, number][],
  anchor: number,
  maxLength: number,
): HighlightedText {
  let start = 0;
  if (anchor + LEAD > maxLength) {
    start = Math.max(0, anchor - LEAD);
    // Begin after a clause break when one is near, so the snippet starts like a sentence.
    for (let i = start; i < anchor; i++) {
      if (BREAK_BEFORE.test(text[i] as string)) {
        start = i + 1;
        break;
      }
    }
  }
  while (start < anchor && /\s/.test(text[start] as string)) start++;
  // Never split a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] as string)) start--;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] as string)) end++;
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  const kept = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): [number, number] => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: kept };
}

/**
 * Picks the section holding the most distinct query pieces (heading hits break ties, then order)
 * and cuts a snippet where most pieces come together. With no piece anywhere in the sections (the
 * match was in the title, tags or categories), the note's opening text is shown, unlinked to a section.
 */
export function findSnippet(
  sections: readonly (readonly [string, string, string])[],
  pieces: readonly QueryPiece[],
  maxLength = 120,
): SnippetMatch {
  let best = -1;
  let bestScore = 0;
  sections.forEach(([, heading, text], i) => {
    const inHeading = countPieces(findInFolded(foldText(heading), pieces));
    const inAll = countPieces(findInFolded(foldText(`${heading}\n${text}`), pieces));
    const score = inAll * 10 + inHeading;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const [id, heading, text] = sections[Math.max(best, 0)] ?? ['', '', ''];
  const { folded, toOriginal } = fold(text);
  let matches = findInFolded(folded, pieces);
  if (matches.length === 0 && best >= 0) matches = findInFolded(folded, withBigrams(pieces));
  const ranges = mergeRanges(matches).map(([s, e]): [number, number] => [toOriginal(s), toOriginal(e)]);
  const anchor = matches.length > 0 ? toOriginal(bestWindow(matches, maxLength)) : 0;
  return {
    sectionId: best >= 0 ? id : '',
    heading: best >= 0 ? highlight(heading, pieces) : { text: '', ranges: [] },
    snippet: cutAround(text, ranges, anchor, maxLength),
  };
}
