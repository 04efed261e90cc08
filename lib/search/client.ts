/** Fetching the search assets in the browser, once per page life; failed fetches may be retried. */
import { withBasePath } from '../static-export';
import { createSearchEngine, type SearchEngine } from './engine';
import {
  getSearchTextPath,
  SEARCH_INDEX_PATH,
  SEARCH_INDEX_VERSION,
  SEARCH_TEXT_CHUNK,
  type SearchIndexPayload,
  type SearchNoteText,
  type SearchTextChunk,
} from './schema';

let engine: Promise<SearchEngine> | null = null;
const chunks = new Map<number, Promise<SearchTextChunk>>();

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(withBasePath(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The engine over the site's index; fetched and parsed on the first call only. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetchJson<SearchIndexPayload>(SEARCH_INDEX_PATH)
    .then(createSearchEngine)
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

/** The sections of index note `id`, for snippets; each chunk of SEARCH_TEXT_CHUNK notes is fetched once. */
export async function loadNoteText(id: number): Promise<SearchNoteText> {
  const number = Math.floor(id / SEARCH_TEXT_CHUNK);
  let chunk = chunks.get(number);
  if (!chunk) {
    chunk = fetchJson<SearchTextChunk>(getSearchTextPath(number)).catch((error: unknown) => {
      chunks.delete(number);
      throw error;
    });
    chunks.set(number, chunk);
  }
  const { version, notes } = await chunk;
  const sections = notes[id - number * SEARCH_TEXT_CHUNK];
  if (version !== SEARCH_INDEX_VERSION || !sections) throw new Error(`no search text for note ${id}`);
  return { version, sections };
}
