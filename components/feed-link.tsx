import { withBasePath } from '../lib/static-export';

/** The feed icon: a dot and two arcs, decorative (the label says what the link is). */
function FeedIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" focusable="false" className="shrink-0">
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path
        d="M1.5 7.5a7 7 0 0 1 7 7M1.5 2.5a12 12 0 0 1 12 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

/** A visible link to a page's Atom feed (site path), labelled. */
export function FeedLink({ path, label }: { path: string; label: string }) {
  return (
    <a
      href={withBasePath(path)}
      type="application/atom+xml"
      className="ml-3 inline-flex min-h-8 items-center gap-1.5 rounded-md align-middle text-sm text-muted hover:text-[var(--page-fg)] hover:underline"
    >
      <FeedIcon />
      <span>{label}</span>
    </a>
  );
}
