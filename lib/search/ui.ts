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
  openPage: string;
  results: string;
}

/** The /search page's input: `/` and Ctrl/Cmd+K focus it there instead of opening the dialog. */
export const SEARCH_PAGE_INPUT_ID = 'search-page-input';

/** `/search/?q=…` for a query: the shareable form of a search. */
export function getSearchPageHref(query: string): string {
  const q = query.trim();
  return q ? `/search/?q=${encodeURIComponent(q)}` : '/search/';
}

/** Fills `{name}` placeholders of a label (islands cannot use the server's translator). */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
