/**
 * Whether an error comes from the browser's own pages rather than the site: Chromium's PDF viewer
 * (a note's framed PDF, `![[file.pdf]]`) runs as `chrome-extension://…` and loads `chrome://`
 * resources, and Debian's headless build logs errors of its own there. The e2e fixtures and the crawl
 * judge the site's pages, so these are left out.
 */
const INTERNAL = /\b(chrome|chrome-extension|chrome-untrusted):\/\//;

export function isBrowserInternal(sourceUrl: string, text = ''): boolean {
  return INTERNAL.test(sourceUrl) || INTERNAL.test(text);
}
