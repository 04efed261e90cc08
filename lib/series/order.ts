/**
 * Series (`series:` in front matter): which notes form one, in which order, and where a note stands
 * in its series. Pure functions over already-decided lists (lib/content.ts passes the listed ones).
 */
import { taxonomySlug } from '../taxonomy';

/** What grouping needs of a note. */
export interface SeriesMember {
  url: string;
  /** For a stable order between notes of the same date (their source paths). */
  sourcePath: string;
  meta: {
    /** ISO instant; '' for an undated knowledge note. */
    date: string;
    updated: string | null;
    series: string | null;
    seriesOrder: number | null;
  };
}

export interface Series<T extends SeriesMember> {
  /** The name as first met (notes come newest first, so the newest spelling). */
  name: string;
  /** URL segment, as for tags: lowercased, Chinese kept (`/series/<slug>/`). */
  slug: string;
  /** Parts in reading order: part 1 first. */
  parts: T[];
  /** Newest `last_modified_at` or date of any part ('' when none is dated). */
  latest: string;
}

/** Where one note stands in its series. */
export interface SeriesPlace<T extends SeriesMember> {
  series: Series<T>;
  /** 0-based index in `series.parts`. */
  index: number;
  previous: T | null;
  next: T | null;
}

/** Older first; an undated note after the dated ones; then by source path, so the order is total. */
const byDate = (a: SeriesMember, b: SeriesMember) =>
  (a.meta.date || '\uffff').localeCompare(b.meta.date || '\uffff') ||
  (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0);

/**
 * Reading order of one series: a part with `series_order: n` takes place n (1 is first; 1.5 goes
 * between the first and the second), the parts without one fill the free places by date, oldest
 * first. Equal orders keep date order; orders past the end follow the rest.
 */
export function orderSeriesParts<T extends SeriesMember>(parts: readonly T[]): T[] {
  const placed = parts
    .filter((p) => p.meta.seriesOrder !== null)
    .sort((a, b) => (a.meta.seriesOrder ?? 0) - (b.meta.seriesOrder ?? 0) || byDate(a, b));
  const free = parts.filter((p) => p.meta.seriesOrder === null).sort(byDate);
  const out: T[] = [];
  while (placed.length > 0 || free.length > 0) {
    const place = out.length + 1;
    const first = placed[0];
    const takePlaced = first !== undefined && ((first.meta.seriesOrder ?? 0) <= place || free.length === 0);
    const next = takePlaced ? placed.shift() : free.shift();
    if (next) out.push(next);
  }
  return out;
}

/**
 * Groups notes by series, names matched as tags are (by URL segment, so case-insensitively); notes
 * without one are left out. Series newest first (by `latest`), then by name.
 */
export function groupSeries<T extends SeriesMember>(notes: readonly T[]): Series<T>[] {
  const groups = new Map<string, { name: string; members: T[] }>();
  for (const note of notes) {
    const name = note.meta.series;
    if (name === null) continue;
    const slug = taxonomySlug(name);
    const group = groups.get(slug);
    if (group) group.members.push(note);
    else groups.set(slug, { name, members: [note] });
  }
  return [...groups.entries()]
    .map(([slug, { name, members }]) => ({
      name,
      slug,
      parts: orderSeriesParts(members),
      // ISO instants in UTC compare as text.
      latest:
        members
          .map((n) => n.meta.updated ?? n.meta.date)
          .sort()
          .pop() ?? '',
    }))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Each member's place, by URL: what a note's series box shows. */
export function placeSeriesMembers<T extends SeriesMember>(
  series: readonly Series<T>[],
): Map<string, SeriesPlace<T>> {
  const places = new Map<string, SeriesPlace<T>>();
  for (const one of series) {
    one.parts.forEach((part, index) => {
      places.set(part.url, {
        series: one,
        index,
        previous: one.parts[index - 1] ?? null,
        next: one.parts[index + 1] ?? null,
      });
    });
  }
  return places;
}
