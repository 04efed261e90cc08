'use client';

import { useEffect, useRef, useState } from 'react';
import { clearMarks, markMatches, pickLandingMark } from '../../lib/search/landing';
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

/**
 * Brings a mark into view unless it is there already: with the section's heading at the top when
 * both fit on the screen, else the mark in the middle.
 */
function reveal(mark: HTMLElement, heading: Element | null = null): void {
  const box = mark.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight * 0.85) return;
  const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const top = heading?.getBoundingClientRect().top;
  if (top !== undefined && top <= box.top && box.bottom - top < window.innerHeight * 0.7) {
    heading?.scrollIntoView({ block: 'start', behavior });
  } else mark.scrollIntoView({ block: 'center', behavior });
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
    const { pieces } = parseSearchQuery(query, locale);
    const found = markMatches(body, pieces);
    marks.current = found;
    setCount(found.length);
    const heading = getTargetSection();
    const first = pickLandingMark(found, heading, pieces);
    current.current = first ? found.indexOf(first) : -1;
    first?.setAttribute('data-current', '');
    // After the browser's own jump to `#id` (on load and after a client-side navigation).
    const frame = requestAnimationFrame(() => {
      if (first) requestAnimationFrame(() => reveal(first, heading));
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
