/**
 * `npm run dev` only: one recursive watcher on the content folder per server process, shared by every
 * open page's event stream (app/content-events/route.ts). Server only.
 */
import { type FSWatcher, watch } from 'node:fs';
import { siteConfig } from '../site.config';

interface WatchState {
  watcher: FSWatcher | null;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | null;
}

// Kept across module reloads, so an edit to this file does not leave a second watcher behind.
const KEY = Symbol.for('xiaoji.content-watch');
const store = globalThis as typeof globalThis & { [KEY]?: WatchState };

/** Calls `listener` (debounced: one call per burst of saves) when a file under the content folder changes. */
export function watchContent(listener: () => void): () => void {
  const state: WatchState = store[KEY] ?? { watcher: null, listeners: new Set(), timer: null };
  store[KEY] = state;
  state.listeners.add(listener);
  if (!state.watcher) {
    try {
      state.watcher = watch(siteConfig.contentDir, { recursive: true }, () => {
        if (state.timer) clearTimeout(state.timer);
        state.timer = setTimeout(() => {
          state.timer = null;
          for (const notify of state.listeners) notify();
        }, 50);
      });
      state.watcher.on('error', () => {
        state.watcher?.close();
        state.watcher = null;
      });
    } catch (error) {
      console.error(`xiaoji: cannot watch ${siteConfig.contentDir} for changes: ${String(error)}`);
    }
  }
  return () => {
    state.listeners.delete(listener);
  };
}
