'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY as STORAGE_KEY } from '../../lib/theme-script';
import { readTheme, subscribeTheme as subscribe } from '../../lib/theme-store';
import { announceHydrated } from '../../lib/zh/hydration';

/** Flips light/dark, remembers the choice; the inline head script applies it before paint on reload. */
export function ThemeToggle({ label }: { label: string }) {
  // The server cannot know the theme; render a neutral icon until hydrated.
  const theme = useSyncExternalStore(subscribe, readTheme, () => null);
  // The header is on every page: its effect tells the 简/繁 converter that hydration is over.
  useEffect(announceHydrated, []);
  const toggle = () => {
    const next = readTheme() === 'dark' ? 'light' : 'dark';
    const root = document.documentElement;
    root.dataset.theme = next;
    root.classList.toggle('dark', next === 'dark');
    root.style.colorScheme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode may refuse storage: the switch still works for this page.
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={label}
      title={label}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md text-muted hover:bg-black/5 dark:hover:bg-white/10"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        {theme === 'dark' ? (
          <path
            d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path
              d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
              strokeLinecap="round"
            />
          </>
        )}
      </svg>
    </button>
  );
}
