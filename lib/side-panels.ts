/** What Chirpy's side panels list ("最近更新", "热门标签"): pure picks over decided lists. */

/** The `limit` notes changed last: by `last_modified_at`, else date, newest first; ties keep input order. */
export function pickRecentlyUpdated<T extends { meta: { date: string; updated: string | null } }>(
  notes: readonly T[],
  limit: number,
): T[] {
  const at = (n: T) => n.meta.updated ?? n.meta.date;
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => at(b.note).localeCompare(at(a.note)) || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ note }) => note);
}

/** Chirpy's counts: 5 recently updated posts, 10 tags. */
export const RECENT_COUNT = 5;
export const TRENDING_TAG_COUNT = 10;
