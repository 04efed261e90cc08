/** What Chirpy's side panels list ("最近更新", "热门标签"): pure picks over decided lists. */

/** The `limit` notes changed last: by `last_modified_at`, else date, newest first; ties keep input order. */
export function pickRecentlyUpdated<T extends { meta: { date: string; updated: string | null } }>(
  notes: readonly T[],
  limit: number,
): T[] {
  const at = (n: T) => n.meta.updated ?? n.meta.date;
  // A stable sort: notes of the same moment keep their input order.
  return [...notes].sort((a, b) => at(b).localeCompare(at(a))).slice(0, Math.max(0, limit));
}

/** Chirpy's counts: 5 recently updated posts, 10 tags. */
export const RECENT_COUNT = 5;
export const TRENDING_TAG_COUNT = 10;
