'use client';

import { type ComponentType, useCallback, useEffect, useRef, useState } from 'react';
import { SEARCH_PAGE_INPUT_ID, type SearchLabels } from '../../lib/search/ui';
import type { SearchDialogProps } from './search-dialog';

type Dialog = ComponentType<SearchDialogProps>;

let dialogCode: Promise<Dialog> | null = null;

/** The dialog's code, fetched once; a failed fetch (offline) is tried again on the next call. */
function loadDialog(): Promise<Dialog> {
  dialogCode ??= import('./search-dialog').then(
    (module) => module.SearchDialog,
    (error: unknown) => {
      dialogCode = null;
      throw error;
    },
  );
  return dialogCode;
}

/** True when a key typed here is text for a field (so `/` must not open search). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * The header's search button and the site-wide `/` and Ctrl/Cmd+K shortcuts. The dialog's frame and
 * field are not in the page's JavaScript at load: they are fetched when the browser is first idle
 * (or on first use, if sooner), so that typing, and a Chinese input method, work the instant it
 * opens. The results code, MiniSearch and the index load on first open. On /search the shortcuts
 * focus the page's own field.
 */
export function SearchButton({ labels }: { labels: SearchLabels }) {
  const [open, setOpen] = useState(false);
  // Once fetched, the shortcuts open the dialog at once (their listener is attached on mount): only
  // then are they announced.
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const openSearch = useCallback(() => {
    const pageInput = document.getElementById(SEARCH_PAGE_INPUT_ID);
    if (pageInput) {
      pageInput.focus();
      return;
    }
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
    // Opens when its code arrives, if this came before the idle fetch; offline it stays closed.
    loadDialog().then(
      (dialog) => setDialog(() => dialog),
      () => setOpen(false),
    );
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    // After a navigation the old focus target may be gone; then focus stays where the page puts it.
    const target = returnFocus.current;
    if (target?.isConnected) requestAnimationFrame(() => target.focus());
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      openSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    let live = true;
    const fetchDialog = () =>
      loadDialog().then(
        (dialog) => {
          if (live) setDialog(() => dialog);
        },
        () => undefined,
      );
    const idle =
      'requestIdleCallback' in window ? window.requestIdleCallback(fetchDialog, { timeout: 3000 }) : null;
    const timer = idle === null ? setTimeout(fetchDialog, 1) : null;
    return () => {
      live = false;
      window.removeEventListener('keydown', onKeyDown);
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
    };
  }, [openSearch]);

  return (
    <>
      <button
        type="button"
        onClick={openSearch}
        aria-label={labels.searchNotes}
        aria-haspopup="dialog"
        aria-keyshortcuts={Dialog ? '/ Control+K Meta+K' : undefined}
        title={`${labels.searchNotes} (/)`}
        className="inline-flex h-9 shrink-0 items-center gap-2 rounded-md px-2 text-muted hover:bg-black/5 sm:border sm:border-line sm:pr-1.5 dark:hover:bg-white/10"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="hidden text-sm lg:inline">{labels.search}</span>
        <kbd className="hidden rounded border border-line px-1.5 font-mono text-xs sm:inline">/</kbd>
      </button>
      {open && Dialog && <Dialog labels={labels} onClose={close} />}
    </>
  );
}
