'use client';

import { useEffect, useRef, useState } from 'react';
import { clearMarks, firstMarkAfter, markMatches } from '../../lib/search/landing';
import { parseSearchQuery } from '../../lib/search/query';
import { fillLabel, HIGHLIGHT_PARAM, type SearchLandingLabels } from '../../lib/search/ui';

export interface SearchMarksProps {
  query: string;
  labels: SearchLandingLabels;
  /** The site locale: the query is split into words as the index was. */
  locale: string;
}

/** The section the URL names (`#id`), if it is on the page. */
function getTargetSection(): Element | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/** Brings a mark to the middle of the screen unless it is in view already. */
function reveal(mark: HTMLElement): void {
  const box = mark.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** The URL without `?highlight=`, so a reload after clearing shows the page plain. */
function dropHighlightParam(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Marks the query's words in the note body (the snippet's matching: Chinese pieces, folded case,
 * width and traditional characters), scrolls to the first mark of the matched section, and shows a
 * bar fixed at the bottom (no layout shift) to step through the marks or clear them.
 */
export function SearchMarks({ query, labels, locale }: SearchMarksProps) {
  const marks = useRef<HTMLElement[]>([]);
  const current = useRef(-1);
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const body = document.querySelector('[data-note-body]');
    if (!body) return;
    const found = markMatches(body, parseSearchQuery(query, locale).pieces);
    marks.current = found;
    setCount(found.length);
    const first = firstMarkAfter(found, getTargetSection());
    current.current = first ? found.indexOf(first) : -1;
    first?.setAttribute('data-current', '');
    // After the browser's own jump to `#id` (on load and after a client-side navigation).
    const frame = requestAnimationFrame(() => {
      if (first) requestAnimationFrame(() => reveal(first));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearMarks(found);
      marks.current = [];
    };
  }, [query, locale]);

  const next = () => {
    const all = marks.current;
    if (all.length === 0) return;
    all[current.current]?.removeAttribute('data-current');
    current.current = (current.current + 1) % all.length;
    const mark = all[current.current] as HTMLElement;
    mark.setAttribute('data-current', '');
    reveal(mark);
  };

  const clear = () => {
    clearMarks(marks.current);
    marks.current = [];
    dropHighlightParam();
    setCount(null);
  };

  if (count === null) return null;
  return (
    <section className="search-marks-bar" aria-label={labels.region}>
      <p role="status" className="min-w-0 truncate">
        {fillLabel(count > 0 ? labels.marked : labels.none, { n: count, q: query })}
      </p>
      {count > 1 && (
        <button type="button" onClick={next}>
          {labels.next}
        </button>
      )}
      <button type="button" onClick={clear} data-search-clear>
        {labels.clear}
      </button>
    </section>
  );
}

export default SearchMarks;
