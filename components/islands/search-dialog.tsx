'use client';

import Link from 'next/link';
import {
  type ComponentType,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { getSearchPageHref, type SearchLabels } from '../../lib/search/ui';
import { SearchField } from './search-field';
import type { SearchKeyHandler, SearchResultsProps } from './search-results';

export interface SearchDialogProps {
  labels: SearchLabels;
  onClose: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The search dialog: a native modal <dialog> (the page behind is inert) with the field, which takes
 * focus at once; the results, MiniSearch and the index arrive with `import()` and fetch on first open.
 * Esc, the close button and a click outside close it.
 */
export function SearchDialog({ labels, onClose }: SearchDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [Results, setResults] = useState<ComponentType<SearchResultsProps> | null>(null);
  const keyHandler = useRef<SearchKeyHandler | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    inputRef.current?.focus();
    let live = true;
    import('./search-results').then(
      (module) => live && setResults(() => module.SearchResults),
      () => undefined,
    );
    return () => {
      live = false;
      dialog.close();
    };
  }, []);

  const onChange = useCallback((next: string, composing: boolean) => {
    setValue(next);
    if (!composing) setQuery(next);
  }, []);

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (keyHandler.current?.(event)) event.preventDefault();
  };

  // Tab stays inside the dialog (showModal alone lets it wander into the browser's own controls).
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // A click on the backdrop lands on the <dialog> itself, outside its inner box.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={onClick}
      className="search-dialog"
    >
      <div className="search-dialog-box flex max-h-full flex-col overflow-hidden rounded-xl border border-line bg-[var(--card-bg)] text-[var(--page-fg)] shadow-2xl">
        <h2 id={titleId} className="sr-only">
          {labels.search}
        </h2>
        <SearchField
          inputRef={inputRef}
          label={labels.searchNotes}
          placeholder={labels.placeholder}
          value={value}
          onChange={onChange}
          onKeyDown={onFieldKeyDown}
          listId={listId}
          activeId={activeId}
          expanded={activeId !== null}
        />
        <div className="min-h-0 flex-1 overflow-y-auto">
          {Results ? (
            <Results
              labels={labels}
              query={query}
              listId={listId}
              keyHandler={keyHandler}
              onActiveChange={setActiveId}
              onNavigate={onClose}
            />
          ) : (
            query.trim() && (
              <p role="status" className="px-4 pt-3 text-sm text-muted">
                {labels.loading}
              </p>
            )
          )}
          {!query.trim() && (
            <div className="space-y-1 px-4 py-3 text-xs text-muted">
              <p>{labels.hint}</p>
              <p>{labels.syntax}</p>
            </div>
          )}
        </div>
        <div className="flex items-center justify-between gap-3 border-t border-line px-4 py-2 text-xs text-muted">
          <Link
            href={getSearchPageHref(query)}
            onClick={onClose}
            className="hover:text-[var(--link)] hover:underline"
          >
            {labels.openPage}
          </Link>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md border border-line px-2 py-1 hover:bg-black/5 dark:hover:bg-white/10"
          >
            {labels.close}
          </button>
        </div>
      </div>
    </dialog>
  );
}
