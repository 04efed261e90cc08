/** Browser-side reading of the page theme (the `data-theme` attribute on <html>), for islands. */

/** Subscribes to theme changes; returns the unsubscribe function (useSyncExternalStore shape). */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The theme currently applied to the page. */
export function readTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
