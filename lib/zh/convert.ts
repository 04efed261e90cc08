/**
 * Simplified → traditional conversion with OpenCC's tables (opencc-js, the library search already
 * uses for folding). Two stages, as OpenCC's s2twp and s2hk configurations: simplified → OpenCC
 * standard traditional by phrases, then characters; then the regional table (Taiwan's phrases and
 * variants, or Hong Kong's variants), applied inside each stage-one phrase separately so a regional
 * phrase never spans two of them (OpenCC's segmentation).
 */
import { Trie } from 'opencc-js/core';

/** One variant's tables, OpenCC's `a b|c d` dictionary strings; earlier dictionaries win. */
export interface ZhTables {
  /** Simplified → traditional phrases (STPhrases and the regional phrases' generated ones). */
  phrases: string[];
  /** Simplified → traditional characters (STCharacters). */
  characters: string;
  /** The regional stage: Taiwan's phrases and variants, or Hong Kong's variants. */
  regional: string[];
}

function trieOf(dicts: readonly string[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(dicts);
  return trie;
}

/**
 * Converts `text` by a trie's longest matches. `cuts` receives the output span [start, end) of each
 * phrase matched (more than one character): a segment of its own for the regional stage.
 */
function convertWith(trie: Trie, text: string, cuts?: number[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const match = trie.matchPrefix(text, i);
    const single = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (match) {
      const start = out.length;
      out += match.value;
      if (cuts && match.end - i > single) cuts.push(start, out.length);
      i = match.end;
    } else {
      out += text.slice(i, i + single);
      i += single;
    }
  }
  return out;
}

/** A converter for one variant's tables: plain text in, converted text out. */
export function createConverter(tables: ZhTables): (text: string) => string {
  const standard = trieOf([...tables.phrases, tables.characters]);
  const regional = trieOf(tables.regional);
  return (text) => {
    const cuts: number[] = [];
    const middle = convertWith(standard, text, cuts);
    let out = '';
    let from = 0;
    for (let c = 0; c < cuts.length; c += 2) {
      const start = cuts[c] ?? 0;
      const end = cuts[c + 1] ?? start;
      if (start > from) out += convertWith(regional, middle.slice(from, start));
      out += convertWith(regional, middle.slice(start, end));
      from = end;
    }
    return out + convertWith(regional, middle.slice(from));
  };
}
