/**
 * Word counts and reading time for mixed Chinese/English notes.
 * A word is one CJK character (Han, Hiragana, Katakana, Hangul) or one run of other letters/digits
 * (`don't` and `Llama` are one word each; `Llama-3-8B` is three). Markup is not counted: link and
 * image targets, images, bare URLs, HTML tags and comments, Liquid tags, kramdown `{: ...}`
 * attributes and code fence lines. Code inside code blocks IS counted: a reader reads it too.
 */

/** Words of a note split by script, so each can be read at its own speed. */
export interface WordCounts {
  cjk: number;
  latin: number;
}

/** Reading speeds: Chinese (and other CJK) characters per minute, other words per minute. */
export const CJK_CHARACTERS_PER_MINUTE = 400;
export const LATIN_WORDS_PER_MINUTE = 200;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const OTHER = 0;
const CJK_CHARACTER = 1;
const LETTER = 2;
// Unicode property tests are slow per character; a note uses few distinct characters, so remember them.
const kinds = new Map<number, number>();

// Each pattern stops at the next character that would start another match, so none can scan
// a long line again and again (the note may be megabytes of unclosed brackets).
const MARKUP: [RegExp, string][] = [
  [/<!--[\s\S]*?(?:-->|$)/g, ' '], // HTML comments (an unclosed one hides the rest, as in a browser)
  [/\{%[^%]*%\}/g, ' '], // Liquid tags
  [/\{\{[^{}]*\}\}/g, ' '], // Liquid output
  [/\{:[^{}\n]*\}/g, ' '], // kramdown attribute lists such as {: .prompt-tip }
  [/^[ \t]*(?:`{3,}|~{3,}).*$/gm, ' '], // code fence lines and their info strings
  [/!\[[^[\]\n]*\]\([^()[\]\n]*\)/g, ' '], // images: neither alt text nor path is read inline
  [/\]\([^()[\]\n]*\)/g, '] '], // link targets, keeping the link text
  [/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, ' '], // reference link definitions
  [/<\/?[A-Za-z][^<>]*>/g, ' '], // HTML tags and autolinks
  [/\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s<>()[\]]*/g, ' '], // bare URLs
];

/** CJK characters and other words in a markdown body (front matter must already be removed). */
export function countWordsByScript(markdown: string): WordCounts {
  let text = markdown;
  for (const [pattern, replacement] of MARKUP) text = text.replace(pattern, replacement);
  let cjk = 0;
  let latin = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i += 1;
    const kind = kindOf(code);
    if (kind === LETTER) {
      if (!inWord) latin += 1;
      inWord = true;
    } else if (kind === CJK_CHARACTER) {
      cjk += 1;
      inWord = false;
    } else if (
      !(inWord && (code === 0x27 || code === 0x2019) && kindOf(text.codePointAt(i + 1) ?? 0) === LETTER)
    ) {
      inWord = false; // an apostrophe between letters (don't, it’s) keeps the word going
    }
  }
  return { cjk, latin };
}

function kindOf(code: number): number {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) ? LETTER : OTHER;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const character = String.fromCodePoint(code);
    kind = CJK.test(character) ? CJK_CHARACTER : WORD_CHARACTER.test(character) ? LETTER : OTHER;
    kinds.set(code, kind);
  }
  return kind;
}

/** Total words in a markdown body: each CJK character plus each run of other letters/digits. */
export function countWords(markdown: string): number {
  const { cjk, latin } = countWordsByScript(markdown);
  return cjk + latin;
}

/** Minutes to read a body (or its counts) at 400 CJK characters and 200 other words a minute, rounded, at least 1. */
export function readingMinutes(input: string | WordCounts): number {
  const { cjk, latin } = typeof input === 'string' ? countWordsByScript(input) : input;
  return Math.max(1, Math.round(cjk / CJK_CHARACTERS_PER_MINUTE + latin / LATIN_WORDS_PER_MINUTE));
}
