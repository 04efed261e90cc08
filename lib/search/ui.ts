/** Small client-safe pieces shared by the search islands; imports nothing, so the header stays light. */

/** UI strings of the search islands, in the site language (see getSearchLabels in ./labels). */
export interface SearchLabels {
  search: string;
  searchNotes: string;
  placeholder: string;
  close: string;
  loading: string;
  loadFailed: string;
  /** `{n}` notes found. */
  resultCount: string;
  /** `{n}` notes found, `{shown}` shown. */
  resultsShown: string;
  /** No note contains `{q}`. */
  noResults: string;
  hint: string;
  /** The query syntax, one line. */
  syntax: string;
  openPage: string;
  results: string;
  /** A result's series: `{name}`. */
  series: string;
}

/** What the marks bar of a search result's page says, in the site language. */
export interface SearchLandingLabels {
  /** `{n}` places of `{q}` marked. */
  marked: string;
  /** No place of `{q}` in the body. */
  none: string;
  next: string;
  clear: string;
  /** Name of the bar. */
  region: string;
}

/** The /search page's input: `/` and Ctrl/Cmd+K focus it there instead of opening the dialog. */
export const SEARCH_PAGE_INPUT_ID = 'search-page-input';

/** `/search/?q=…` for a query: the shareable form of a search. */
export function getSearchPageHref(query: string): string {
  const q = query.trim();
  return q ? `/search/?q=${encodeURIComponent(q)}` : '/search/';
}

/** The URL parameter a search result's link carries: the query, marked where the page shows it. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * A result's link: the note's URL with the query (`?highlight=`) and the matched section (`#id`,
 * none for '') — a landing that can be shared and reloaded.
 */
export function getLandingHref(url: string, query: string, sectionId: string): string {
  const q = query.trim();
  const search = q ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}` : '';
  return `${url}${search}${sectionId ? `#${sectionId}` : ''}`;
}

/** Fills `{name}` placeholders of a label (islands cannot use the server's translator). */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
