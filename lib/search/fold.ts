/** Folding: the one normal form that both the indexed text and the query are compared in. */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';

// Character-level traditional → simplified (OpenCC's TSCharacters table, ~17 KB gzip). Phrase tables
// are left out on purpose: a per-character map keeps folded text as long as the original, so a match
// found in folded text can be highlighted at the same place in the original.
const toSimplified = ConverterFactory([[TSCharacters]]);

const HAN = /\p{Script=Han}/u;

/**
 * The punctuation and symbols (P*, S*) whose NFKC form holds a letter or digit: `™` → `TM`,
 * `℃` → `°C`, `Ⓐ` → `A`, `㎏` → `kg`, `⼀` → `一`, `㈱` → `(株)`. Folded, they would join the
 * words beside them (`alpha™beta` → `alphatmbeta`), so they fold with a space on each side.
 * fold.test.ts checks this list against every code point.
 */
export const WORDY_SYMBOL =
  /[\u20a8\u2100\u2101\u2103\u2105\u2106\u2109\u2116\u2120-\u2122\u213b\u249c-\u24e9\u2e9f\u2ef3\u2f00-\u2fd5\u3196-\u319f\u3200-\u321e\u322a-\u3247\u3250\u3260-\u327e\u328a-\u32b0\u32c0-\u33ff\ufdfc\u{1ccd6}-\u{1ccef}\u{1f110}-\u{1f12e}\u{1f130}-\u{1f14f}\u{1f16a}-\u{1f16c}\u{1f190}\u{1f200}-\u{1f202}\u{1f210}-\u{1f23b}\u{1f240}-\u{1f248}\u{1f250}\u{1f251}]/gu;

/**
 * A cheap first look for WORDY_SYMBOL (its blocks, and the lead surrogates of its astral ones):
 * without the `u` flag it is a plain scan, and Chinese punctuation (U+3000–U+303F, U+FF00–U+FFEF)
 * is outside it, so most text is never run through the exact pattern.
 */
export const WORDY_SYMBOL_HINT =
  /[\u20a8\u2100-\u213b\u249c-\u24e9\u2e9f\u2ef3\u2f00-\u2fd5\u3196-\u319f\u3200-\u33ff\ufdfc\ud833\ud83c]/;

/**
 * NFKC (full-width `ＬｏＲＡ` → `LoRA`, `①` → `1`), lower case, traditional → simplified.
 * Applied alike to notes and queries, so `ＬｏＲＡ`, `lora` and `LoRA` meet, as do `知識` and `知识`.
 */
export function foldText(text: string): string {
  const spaced = WORDY_SYMBOL_HINT.test(text) ? text.replace(WORDY_SYMBOL, ' $& ') : text;
  const folded = spaced.normalize('NFKC').toLowerCase();
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

/**
 * Folds `text` one code point at a time and maps every folded UTF-16 index back to the index in
 * `text` it came from (`map` has one extra entry for the end), so a match in the folded form can be
 * highlighted in the original. Slower than foldText: for snippets, not for whole notes.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let i = 0; i < piece.length; i++) map.push(index);
    // The space after a WORDY_SYMBOL belongs to its end, so a match ending there covers the symbol.
    if (piece.length > 1 && piece.endsWith(' ') && !/\s/u.test(char))
      map[map.length - 1] = index + char.length;
    folded += piece;
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}
