'use client';

import { useEffect, useState } from 'react';
import { PAGE_IDS } from '../../lib/page-ids';

export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

/** Index of the last heading whose top has passed the reading line (a little below the header). */
function findActive(ids: readonly string[]): number {
  const line = 96;
  let active = 0;
  ids.forEach((id, i) => {
    const el = document.getElementById(id);
    if (el && el.getBoundingClientRect().top <= line) active = i;
  });
  return active;
}

/**
 * The table of contents: a sticky side panel on wide screens, a collapsible panel above the body on
 * phones; the entry for the section being read is marked with aria-current.
 */
export function TocPanel({ items, label }: { items: TocItem[]; label: string }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const ids = items.map((item) => item.id);
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setActive(findActive(ids)));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('hashchange', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('hashchange', update);
    };
  }, [items]);

  const minDepth = Math.min(...items.map((item) => item.depth));
  return (
    <nav aria-label={label} className="toc text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={PAGE_IDS.tocList}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between rounded-md border border-line px-3 py-2 font-medium xl:hidden"
      >
        <span>{label}</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          className={open ? 'rotate-180' : ''}
        >
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <p className="mb-2 hidden font-semibold xl:block" aria-hidden="true">
        {label}
      </p>
      <ol
        id={PAGE_IDS.tocList}
        className={`${open ? 'mt-2 block rounded-md border border-line p-3' : 'hidden'} max-h-[calc(100vh-8rem)] space-y-1 overflow-y-auto xl:block xl:border-0 xl:p-0`}
      >
        {items.map((item, i) => (
          <li
            key={item.id}
            style={
              item.depth > minDepth
                ? { paddingInlineStart: `${(item.depth - minDepth) * 0.9}rem` }
                : undefined
            }
          >
            {/* One short class (app/globals.css), not a dozen utilities: each entry is in every post's HTML. */}
            <a
              href={`#${item.id}`}
              aria-current={i === active ? 'true' : undefined}
              onClick={() => setOpen(false)}
              className="toc-link"
            >
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
