'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { getSearchPageHref, SEARCH_PAGE_INPUT_ID, type SearchLabels } from '../../lib/search/ui';
import { withBasePath } from '../../lib/static-export';
import { SearchField } from './search-field';
import { type SearchKeyHandler, SearchResults } from './search-results';

function readQuery(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** The /search page's field and results; the query lives in the URL (`?q=`), so a search can be shared. */
export function SearchPage({ labels }: { labels: SearchLabels }) {
  const listId = useId();
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const keyHandler = useRef<SearchKeyHandler | null>(null);

  // The page is static: the query is read in the browser, and again on back/forward.
  useEffect(() => {
    const sync = () => {
      const q = readQuery();
      setValue(q);
      setQuery(q);
    };
    sync();
    document.getElementById(SEARCH_PAGE_INPUT_ID)?.focus();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);

  const onChange = useCallback((next: string, composing: boolean) => {
    setValue(next);
    if (composing) return;
    setQuery(next);
    // replaceState: typing is one history entry, not one per keystroke.
    window.history.replaceState(window.history.state, '', withBasePath(getSearchPageHref(next)));
  }, []);

  return (
    <search>
      <form
        action={withBasePath('/search/')}
        onSubmit={(event) => event.preventDefault()}
        className="overflow-hidden rounded-xl border border-line bg-[var(--card-bg)]"
      >
        <SearchField
          id={SEARCH_PAGE_INPUT_ID}
          label={labels.searchNotes}
          placeholder={labels.placeholder}
          value={value}
          onChange={onChange}
          onKeyDown={(event) => {
            if (keyHandler.current?.(event)) event.preventDefault();
          }}
          listId={listId}
          activeId={activeId}
          expanded={activeId !== null}
        />
        <SearchResults
          labels={labels}
          query={query}
          listId={listId}
          keyHandler={keyHandler}
          onActiveChange={setActiveId}
        />
      </form>
      <p className="mt-2 px-1 text-xs text-muted">{labels.syntax}</p>
    </search>
  );
}
