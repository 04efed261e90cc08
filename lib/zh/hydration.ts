/**
 * When React has hydrated the page: until then, text the 简/繁 switch converts must still read as
 * written to React (lib/zh/page.ts); after, nothing needs that. An island present on every page
 * announces it from an effect (which runs after the hydration commit).
 */
declare global {
  interface Window {
    __xjHydrated?: boolean;
  }
}

export const HYDRATED_EVENT = 'xj:hydrated';

/** Called once from an island's effect on every page (components/islands/theme-toggle.tsx). */
export function announceHydrated(): void {
  window.__xjHydrated = true;
  document.dispatchEvent(new Event(HYDRATED_EVENT));
}
