'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { loadNoteText, loadSearchEngine } from '../../lib/search/client';
import type { SearchEngine, SearchHit } from '../../lib/search/engine';
import { containsPhrases } from '../../lib/search/query';
import type { SearchNoteText } from '../../lib/search/schema';
import { findSnippet, type HighlightedText, highlight } from '../../lib/search/snippet';
import type { QueryPiece } from '../../lib/search/tokenize';
import { fillLabel, getLandingHref, type SearchLabels } from '../../lib/search/ui';

/** Results shown at most; the status line still says how many notes matched. */
const MAX_SHOWN = 20;
/** With a phrase, the notes holding its words whose text is fetched to check it, at most. */
const MAX_PHRASE_CHECKED = 200;

/** Handles the field's arrows and Enter; returns true when it used the key. */
export type SearchKeyHandler = (event: KeyboardEvent<HTMLInputElement>) => boolean;

export interface SearchResultsProps {
  labels: SearchLabels;
  /** The settled query (not mid-composition). */
  query: string;
  /** Id of the listbox (the field's aria-controls); options are `${listId}-${i}`. */
  listId: string;
  /** Filled with the key handler for the field. */
  keyHandler: RefObject<SearchKeyHandler | null>;
  /** The active option's id (for the field's aria-activedescendant), null when there is none. */
  onActiveChange: (id: string | null) => void;
  /** Called when a result is opened (the dialog closes then). */
  onNavigate?: () => void;
}

type EngineState = { status: 'loading' } | { status: 'ready'; engine: SearchEngine } | { status: 'error' };

interface ResultRow {
  hit: SearchHit;
  href: string;
  title: HighlightedText;
  heading: HighlightedText | null;
  snippet: HighlightedText | null;
}

/** Text with its ranges wrapped in <mark>. */
function Highlighted({ value }: { value: HighlightedText }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.ranges) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}

/**
 * A result row; until the note's text arrives, a heading match (known from the index) sets the link.
 * The link carries the query (`?highlight=`), so the page marks it and scrolls to it.
 */
function buildRow(
  hit: SearchHit,
  query: string,
  pieces: readonly QueryPiece[],
  text: SearchNoteText | undefined,
): ResultRow {
  const title = highlight(hit.note.title, pieces);
  const href = (id: string) => getLandingHref(hit.note.url, query, id);
  if (text) {
    const match = findSnippet(text.sections, pieces);
    return {
      hit,
      title,
      href: href(match.sectionId),
      heading: match.sectionId ? match.heading : null,
      snippet: match.snippet,
    };
  }
  for (const [id, heading] of hit.note.headings) {
    const marked = highlight(heading, pieces);
    if (marked.ranges.length > 0) return { hit, title, href: href(id), heading: marked, snippet: null };
  }
  return { hit, title, href: href(''), heading: null, snippet: null };
}

/** Everything of a note a phrase may be found in: title, tags, categories, headings and texts. */
function phraseTexts(hit: SearchHit, text: SearchNoteText): string[] {
  return [
    hit.note.title,
    hit.note.series ?? '',
    ...hit.note.tags,
    ...hit.note.categories,
    ...text.sections.flatMap(([, heading, body]) => [heading, body]),
  ];
}

/**
 * The status line and the result options of the search combobox. Loaded lazily by the dialog (it
 * brings MiniSearch and the folding tables); fetches the index, and the text of each shown note.
 */
export function SearchResults({
  labels,
  query,
  listId,
  keyHandler,
  onActiveChange,
  onNavigate,
}: SearchResultsProps) {
  const router = useRouter();
  const [engine, setEngine] = useState<EngineState>({ status: 'loading' });
  // A note's text, or null when it could not be fetched.
  const [texts, setTexts] = useState<Record<string, SearchNoteText | null>>({});
  const [active, setActive] = useState(0);

  useEffect(() => {
    let live = true;
    loadSearchEngine().then(
      (loaded) => live && setEngine({ status: 'ready', engine: loaded }),
      () => live && setEngine({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const results = useMemo(
    () => (engine.status === 'ready' ? engine.engine.search(query) : null),
    [engine, query],
  );
  // The index knows words, not their order: with a phrase, a note's text decides whether it holds it.
  const phrases = results?.query.phrases ?? [];
  const checked = phrases.length > 0;
  const candidates = useMemo(
    () => results?.hits.slice(0, checked ? MAX_PHRASE_CHECKED : MAX_SHOWN) ?? [],
    [results, checked],
  );
  const pending = checked && candidates.some((hit) => texts[hit.note.slug] === undefined);
  const found = useMemo(() => {
    if (!results || !checked) return results?.hits ?? [];
    return candidates.filter((hit) => {
      const text = texts[hit.note.slug];
      // Unfetched, a note cannot be checked: it stays a result, found by its words.
      return text === null || (text !== undefined && containsPhrases(phraseTexts(hit, text), phrases));
    });
  }, [results, checked, candidates, texts, phrases]);
  const shown = useMemo(() => found.slice(0, MAX_SHOWN), [found]);
  useEffect(() => setActive(0), [results]);

  useEffect(() => {
    let live = true;
    for (const { id, note } of candidates) {
      if (texts[note.slug] !== undefined) continue;
      loadNoteText(id).then(
        (text) => live && setTexts((known) => ({ ...known, [note.slug]: text })),
        // Without its text a result keeps its title and heading, and its link still works.
        () => live && setTexts((known) => ({ ...known, [note.slug]: null })),
      );
    }
    return () => {
      live = false;
    };
  }, [candidates, texts]);

  const rows = useMemo(
    () =>
      shown.map((hit) =>
        buildRow(hit, query.trim(), results?.query.pieces ?? [], texts[hit.note.slug] ?? undefined),
      ),
    [shown, query, results, texts],
  );

  const activeId = rows[active] ? `${listId}-${active}` : null;
  useEffect(() => {
    onActiveChange(activeId);
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, onActiveChange]);
  useEffect(() => () => onActiveChange(null), [onActiveChange]);

  // Set in the commit itself, not after paint: a key pressed as soon as a row shows its new link
  // (the note's text arrived and named the matched section) must follow that link.
  useLayoutEffect(() => {
    keyHandler.current = (event) => {
      if (rows.length === 0) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + rows.length) % rows.length);
        return true;
      }
      const row = rows[active];
      if (event.key === 'Enter' && row) {
        onNavigate?.();
        router.push(row.href);
        return true;
      }
      return false;
    };
    return () => {
      keyHandler.current = null;
    };
  }, [keyHandler, rows, active, onNavigate, router]);

  const trimmed = query.trim();
  let status = '';
  if (engine.status === 'loading' && trimmed) status = labels.loading;
  else if (engine.status === 'error') status = labels.loadFailed;
  else if (pending && trimmed) status = labels.loading;
  else if (results && trimmed) {
    const n = found.length;
    if (n === 0) status = fillLabel(labels.noResults, { q: trimmed });
    else if (n > shown.length) status = fillLabel(labels.resultsShown, { n, shown: shown.length });
    else status = fillLabel(labels.resultCount, { n });
  }

  return (
    <>
      <p role="status" aria-live="polite" className="px-4 pt-3 text-sm text-muted empty:hidden">
        {status}
      </p>
      <div id={listId} role="listbox" aria-label={labels.results} className="px-2 py-2 empty:hidden">
        {rows.map((row, i) => (
          <div
            key={row.hit.note.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            onMouseMove={() => i !== active && setActive(i)}
            className="search-result rounded-md"
          >
            <Link href={row.href} tabIndex={-1} onClick={() => onNavigate?.()} className="block px-3 py-2.5">
              <span className="block font-medium leading-snug">
                <Highlighted value={row.title} />
              </span>
              <span className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-muted">
                {/* An undated knowledge note has no date to show. */}
                {row.hit.note.dateText && <time dateTime={row.hit.note.day}>{row.hit.note.dateText}</time>}
                {row.hit.note.categories.length > 0 && <span>{row.hit.note.categories.join(' / ')}</span>}
                {row.hit.note.series && (
                  <span>{fillLabel(labels.series, { name: row.hit.note.series })}</span>
                )}
              </span>
              {row.heading && (
                <span className="mt-1 block text-sm font-medium">
                  <span aria-hidden="true" className="text-muted">
                    §{' '}
                  </span>
                  <Highlighted value={row.heading} />
                </span>
              )}
              <span className="search-snippet mt-1 block text-sm text-muted">
                {row.snippet ? <Highlighted value={row.snippet} /> : '\u00a0'}
              </span>
            </Link>
          </div>
        ))}
      </div>
    </>
  );
}

export default SearchResults;
