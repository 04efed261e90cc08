/**
 * Simplified → traditional conversion with OpenCC's tables (opencc-js, the library search already
 * uses for folding). Two stages, as OpenCC's s2twp and s2hk configurations: simplified → OpenCC
 * standard traditional by phrases, then characters; then the regional table (Taiwan's phrases and
 * variants, or Hong Kong's variants), applied inside each stage-one phrase separately so a regional
 * phrase never spans two of them (OpenCC's segmentation).
 */

/** One variant's tables, OpenCC's `a b|c d` dictionary strings; earlier dictionaries win. */
export interface ZhTables {
  /** Simplified → traditional phrases (STPhrases and the regional phrases' generated ones). */
  phrases: string[];
  /** Simplified → traditional characters (STCharacters). */
  characters: string;
  /** The regional stage: Taiwan's phrases and variants, or Hong Kong's variants. */
  regional: string[];
}

/**
 * One stage's dictionaries as a map from phrase to its first candidate, earlier dictionaries
 * winning (OpenCC's order), and for each first character the longest phrase it starts. Not
 * opencc-js's Trie: a trie of STPhrases' 49,000 phrases is about 150,000 Maps, several times slower
 * to build, and a reader's browser builds it on every page load.
 */
interface Stage {
  words: Map<string, string>;
  longest: Map<string, number>;
}

function stageOf(dicts: readonly string[]): Stage {
  const words = new Map<string, string>();
  const longest = new Map<string, number>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const from = entry.slice(0, space);
      if (words.has(from)) continue;
      const end = entry.indexOf(' ', space + 1);
      words.set(from, entry.slice(space + 1, end < 0 ? undefined : end));
      const first = String.fromCodePoint(from.codePointAt(0) ?? 0);
      if ((longest.get(first) ?? 0) < from.length) longest.set(first, from.length);
    }
  }
  return { words, longest };
}

/**
 * Converts `text` by a stage's longest matches. `cuts` receives the output span [start, end) of
 * each phrase matched (more than one character): a segment of its own for the regional stage.
 */
function convertWith(stage: Stage, text: string, cuts?: number[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const single = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const longest = Math.min(stage.longest.get(text.slice(i, i + single)) ?? 0, text.length - i);
    let length = longest;
    let value: string | undefined;
    for (; length >= single; length--) {
      value = stage.words.get(text.slice(i, i + length));
      if (value !== undefined) break;
    }
    if (value === undefined) {
      out += text.slice(i, i + single);
      i += single;
      continue;
    }
    const start = out.length;
    out += value;
    if (cuts && length > single) cuts.push(start, out.length);
    i += length;
  }
  return out;
}

/** A converter for one variant's tables: plain text in, converted text out. */
export function createConverter(tables: ZhTables): (text: string) => string {
  const standard = stageOf([...tables.phrases, tables.characters]);
  const regional = stageOf(tables.regional);
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
