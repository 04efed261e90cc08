/**
 * What people type into the search field: words, `"exact phrases"`, `-excluded` words or phrases,
 * and `tag:` / `category:` filters (also `标签:` / `分类:`; a quoted value may hold spaces). Parsed
 * from the folded query, so full-width `＂`, `－` and `：` (a Chinese input method's) work too.
 */
import { foldText } from './fold';
import { type ParsedQuery, parseQuery, type QueryPiece, type QueryTerm } from './tokenize';

/** A parsed search: the terms every result holds, the pieces to highlight, and the rest. */
export interface SearchQuery extends ParsedQuery {
  /** Folded phrases (spaces collapsed) each result must contain as written. */
  phrases: string[];
  /** The terms of each excluded word or phrase: a note holding all terms of one is left out. */
  excluded: QueryTerm[][];
  /** Folded tag names a result must all have, and must not have. */
  tags: string[];
  notTags: string[];
  /** Folded category names a result must all have (at any level), and must not have. */
  categories: string[];
  notCategories: string[];
}

const FILTERS: Record<string, 'tags' | 'categories'> = {
  tag: 'tags',
  tags: 'tags',
  标签: 'tags',
  category: 'categories',
  categories: 'categories',
  分类: 'categories',
};

/**
 * One token: an optional `-`, an optional `name:`, then a quoted value (ASCII `"…"`, Chinese `“…”`
 * or `「…」`, closed or running to the end) or a run of non-space characters.
 */
const TOKEN = /(-?)(?:([\p{L}]+):(?=\S))?(?:"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|(\S+))/gu;

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Characters that may start syntax (after folding: `＂` `－` `：` fold to `"` `-` `:`). */
const SYNTAX = /["“「\-－:：＂]/;

/** Spaces collapsed: phrases are compared with the whitespace-collapsed section text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Parses a search (see the module comment); every word and phrase must match, as before. */
export function parseSearchQuery(query: string, locale: string): SearchQuery {
  // Most queries are plain words: one parse, as before there was any syntax.
  if (!SYNTAX.test(query)) {
    const { terms, pieces } = parseQuery(query, locale);
    return {
      terms,
      pieces,
      phrases: [],
      excluded: [],
      tags: [],
      notTags: [],
      categories: [],
      notCategories: [],
    };
  }
  const words: string[] = [];
  const phrases: string[] = [];
  const excluded: QueryTerm[][] = [];
  const filters = {
    tags: [] as string[],
    notTags: [] as string[],
    categories: [] as string[],
    notCategories: [] as string[],
  };
  for (const match of foldText(query).matchAll(TOKEN)) {
    const [, minus, name, ascii, curly, corner, bare] = match;
    const quoted = ascii ?? curly ?? corner;
    const value = squash(quoted ?? bare ?? '');
    const filter = name ? FILTERS[name] : undefined;
    if (filter) {
      if (value) filters[minus ? (filter === 'tags' ? 'notTags' : 'notCategories') : filter].push(value);
      continue;
    }
    // An unknown `name:` stays part of the word (`note:` or `https:` are words, not filters).
    const text = name ? `${name}:${value}` : value;
    if (!text) continue;
    if (minus) {
      const { terms } = parseQuery(text, locale);
      if (terms.length > 0) excluded.push(terms);
    } else if (quoted !== undefined) phrases.push(text);
    else words.push(text);
  }
  // Every word of a phrase is a term too (the index has no positions): phrases are then checked
  // against the text by containsPhrases. The phrase itself is the piece to highlight.
  const parsed = parseQuery(words.join(' '), locale);
  const terms = new Map(parsed.terms.map((t) => [t.term, { ...t }]));
  for (const phrase of phrases) {
    for (const t of parseQuery(phrase, locale).terms) {
      const known = terms.get(t.term);
      if (!known) terms.set(t.term, { ...t });
      else known.prefix &&= t.prefix;
    }
  }
  const phrasePieces = phrases.map((text): QueryPiece => ({ text, han: HAN_ONLY.test(text) }));
  const pieces = [...new Map([...phrasePieces, ...parsed.pieces].map((p) => [p.text, p])).values()].sort(
    (a, b) => b.text.length - a.text.length,
  );
  return { terms: [...terms.values()], pieces, phrases, excluded, ...filters };
}

/** Whether a query asks for anything: terms to match, or a filter to list notes by. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.tags.length === 0 && query.categories.length === 0;
}

/**
 * Whether `texts` (a note's title, headings, section texts, tags, categories) hold every phrase of
 * the query as written, after folding. A phrase never spans two of the texts.
 */
export function containsPhrases(texts: readonly string[], phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const folded = texts.map((text) => squash(foldText(text)));
  return phrases.every((phrase) => folded.some((text) => text.includes(phrase)));
}
