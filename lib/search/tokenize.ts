/**
 * Splitting folded text into index terms. Intl.Segmenter (site locale) finds the words; Chinese runs
 * are then indexed as overlapping character bigrams, so any 2+ character substring of a run is found
 * whatever the segmenter decided (`小模型` is one word in one sentence and `小|模型` in the next).
 */
import { foldText } from './fold';

/** One term of a query: matched exactly, or as the start of an indexed term. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/** A piece of the query to find in text: a Chinese run anywhere, or a word start (stemmed). */
export interface QueryPiece {
  text: string;
  /** Chinese: matched anywhere. Otherwise matched at the start of a word and highlighted to its end. */
  han: boolean;
}

/** What a query asks for: terms that must all match, and the pieces to highlight. */
export interface ParsedQuery {
  terms: QueryTerm[];
  /** Folded Chinese runs and stemmed words, longest first, no duplicates. */
  pieces: QueryPiece[];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
/**
 * Punctuation and symbols inside a word segment. The segmenter keeps `node.js`, `don't`, `snake_case`,
 * `1,000`, and, after NFKC, `LLM：RAG` (`：` folds to `:`, which Unicode word rules read as a letter
 * joiner) or `A·B` whole; every part is a term too, so each side is found by itself.
 */
const INNER_PUNCTUATION = /[\p{P}\p{S}]+/u;
/** Longer "words" are hashes, URLs or base64: noise that only grows the index. */
const MAX_WORD_LENGTH = 32;
/** Shorter Latin query words are matched exactly: a 2-letter prefix matches half the dictionary. */
export const MIN_PREFIX_LENGTH = 3;

const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * ICU's word segmenter gets slower than linear on long inputs, so text is segmented in slices of
 * about this many characters.
 */
const SLICE = 2000;
const BREAK_CHAR = /[\s\p{P}]/u;

/** Word segments of `text` with indexes into `text`, segmented slice by slice. */
function* segmentWords(text: string, locale: string): Generator<Intl.SegmentData> {
  const segmenter = getSegmenter(locale);
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SLICE);
    if (end < text.length) {
      // Cut after a space or punctuation in the second half of the slice: a word never spans it.
      let cut = end;
      while (cut > start + SLICE / 2 && !BREAK_CHAR.test(text[cut - 1] as string)) cut -= 1;
      if (cut > start + SLICE / 2) end = cut;
      // Else inside a long run (Chinese without punctuation: walkWords rejoins runs by index; or a
      // "word" far over MAX_WORD_LENGTH, dropped anyway), never between the halves of a surrogate pair.
      else if (/[\udc00-\udfff]/.test(text[end] as string)) end -= 1;
    }
    for (const segment of segmenter.segment(text.slice(start, end))) {
      yield { ...segment, index: segment.index + start, input: text };
    }
    start = end;
  }
}

/** Light English stemming, the same on both sides: plural and possessive endings only. */
export function stemWord(word: string): string {
  if (!/^[a-z]+(?:'s)?$/.test(word)) return word;
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Bigrams of a Han run plus its last character (so a one-character query finds every position). */
function hanTerms(run: string, out: string[]): void {
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  out.push(chars[chars.length - 1] as string);
}

/**
 * The terms of a (non-Chinese) word: the word, then its parts between punctuation or symbols, each
 * stemmed; parts longer than MAX_WORD_LENGTH are left out.
 */
function wordTerms(word: string): string[] {
  const words = INNER_PUNCTUATION.test(word) ? [word, ...word.split(INNER_PUNCTUATION)] : [word];
  return words.filter((w) => w && w.length <= MAX_WORD_LENGTH).map(stemWord);
}

function latinTerms(word: string, out: string[]): void {
  for (const term of wordTerms(word)) out.push(term);
}

/**
 * Text where the segmenter can only ever cut a Chinese run into Chinese words (which are joined
 * again below): no kana (Japanese words mix kanji and kana), nor the marks the segmenter reads as
 * kana though their script is Common (`ー`, `〱`, `゛`, `゠`, `ｰ`), no combining marks or format
 * characters (they attach to the character before them), and no Han-script character that is not
 * an ideograph (`々`, radicals: the segmenter may leave those out of words).
 */
const NOT_PLAIN =
  /[\p{Script=Hiragana}\p{Script=Katakana}\u3031-\u3035\u309b\u309c\u30a0\u30fc\uff70\uff9e\uff9f\p{M}\p{Cf}]|(?=\p{Script=Han})\P{Unified_Ideograph}/u;
export const runsArePlain = (folded: string) => !NOT_PLAIN.test(folded);
const HAN_STRETCH = /\p{Script=Han}+/gu;
/**
 * Spaces and punctuation that never make a word-like segment, alone or together: ASCII and CJK
 * punctuation without the word joiners (`_`, `＿`, `‿`, `⁀`, `⁔`, U+202F) and the CJK symbols that
 * are letters or kana (`々`, `〆`, `〇`, `〱`…). Most text between two Chinese runs is only these
 * (`，`, `。`, `“`): it has no terms, and the segmenter is not asked.
 */
export const NO_WORDS =
  /^[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u205f\ufeff!-/:-@[-^`{-~\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e\u3000-\u3004\u3008-\u3020\u3030\u303d-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff3e\uff5b-\uff64]*$/;

/**
 * Walks the word-like segments of folded text, merging adjacent Chinese words into runs.
 * Calls `onHan` once per run and `onWord` once per other word, in text order.
 *
 * The runs are what matters for Chinese (they become bigrams), and the segmenter's dictionary is
 * most of the tokenizer's time on Chinese text: where it cannot change the result
 * (`runsArePlain`), the runs are taken straight from the text and only the text between them is
 * segmented. `tokenize.test.ts` checks both ways give the same terms. (On text over `SLICE`
 * characters the segmenting way cuts its slices at punctuation, `_` included, so a word such as
 * `chunk_78` at a slice's edge came out as `chunk_` and `78`; the direct way segments shorter
 * stretches and rarely meets that edge.)
 */
function walkWords(
  folded: string,
  locale: string,
  onHan: (run: string) => void,
  onWord: (word: string) => void,
  direct = runsArePlain(folded),
): void {
  if (direct) {
    let last = 0;
    for (const match of folded.matchAll(HAN_STRETCH)) {
      const at = match.index ?? 0;
      if (at > last) {
        const between = folded.slice(last, at);
        if (!NO_WORDS.test(between)) walkWords(between, locale, onHan, onWord, false);
      }
      onHan(match[0]);
      last = at + match[0].length;
    }
    if (last < folded.length) walkWords(folded.slice(last), locale, onHan, onWord, false);
    return;
  }
  let run = '';
  let runEnd = -1;
  const flush = () => {
    if (run) onHan(run);
    run = '';
  };
  for (const { segment, index, isWordLike } of segmentWords(folded, locale)) {
    if (!isWordLike) continue;
    if (HAN_ONLY.test(segment)) {
      if (index !== runEnd) flush();
      run += segment;
      runEnd = index + segment.length;
      continue;
    }
    flush();
    // A word mixing scripts (rare: the segmenter splits at script changes) is split here.
    for (const part of segment.match(HAN_RUN) ?? []) {
      if (HAN_ONLY.test(part)) onHan(part);
      else onWord(part);
    }
  }
  flush();
}

/**
 * Index terms of `text` in order, repeats kept (they count as term frequency). `segmentAll` (for
 * tests) sends all of the text through the segmenter.
 */
export function tokenize(text: string, locale: string, segmentAll = false): string[] {
  const out: string[] = [];
  const folded = foldText(text);
  walkWords(
    folded,
    locale,
    (run) => hanTerms(run, out),
    (word) => latinTerms(word, out),
    !segmentAll && runsArePlain(folded),
  );
  return out;
}

/**
 * A query's terms, deduplicated: the bigrams of each Chinese run (a single character is matched as a
 * prefix), and Latin words stemmed, matched as prefixes from 3 letters on. Every term must match.
 */
export function parseQuery(query: string, locale: string): ParsedQuery {
  const terms = new Map<string, QueryTerm>();
  const pieces = new Map<string, QueryPiece>();
  const add = (term: string, prefix: boolean) => {
    const known = terms.get(term);
    if (!known) terms.set(term, { term, prefix });
    else known.prefix &&= prefix;
  };
  walkWords(
    foldText(query),
    locale,
    (run) => {
      pieces.set(run, { text: run, han: true });
      const chars = [...run];
      if (chars.length === 1) add(run, true);
      for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`, false);
    },
    (word) => {
      const terms = wordTerms(word);
      if (terms.length === 0) return;
      // The whole word is highlighted (or its parts, when it is too long to be a term).
      for (const piece of word.length <= MAX_WORD_LENGTH ? terms.slice(0, 1) : terms) {
        pieces.set(piece, { text: piece, han: false });
      }
      for (const term of terms) add(term, term.length >= MIN_PREFIX_LENGTH);
    },
  );
  const sorted = [...pieces.values()].sort((a, b) => b.text.length - a.text.length);
  return { terms: [...terms.values()], pieces: sorted };
}
