/** Folding: the one normal form that both the indexed text and the query are compared in. */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';

// Character-level traditional → simplified (OpenCC's TSCharacters table, ~17 KB gzip). Phrase tables
// are left out on purpose: a per-character map keeps folded text as long as the original, so a match
// found in folded text can be highlighted at the same place in the original.
const toSimplified = ConverterFactory([[TSCharacters]]);

const HAN = /\p{Script=Han}/u;

/**
 * NFKC (full-width `ＬｏＲＡ` → `LoRA`, `①` → `1`), lower case, traditional → simplified.
 * Applied alike to notes and queries, so `ＬｏＲＡ`, `lora` and `LoRA` meet, as do `知識` and `知识`.
 */
export function foldText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
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
    folded += piece;
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}
