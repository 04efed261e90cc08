/** Category trees, tag groups and archives: pure functions over already-sorted notes. */
import { defaultSlug } from './slug';

/**
 * URL segment for a category or tag name: Chirpy's `{{ name | slugify }}` (Jekyll's default mode:
 * lowercased, each run of characters other than letters, marks and digits as one `-`; Chinese kept),
 * the segment jekyll-archives writes the page at.
 */
export function taxonomySlug(name: string): string {
  // Jekyll would make `/tags//` (so `/tags/`) of a name without letters or digits, such as `++`;
  // a page still needs a segment of its own.
  return defaultSlug(name) || `_${[...name].map((c) => c.codePointAt(0)?.toString(16)).join('')}`;
}

export interface CategoryNode {
  name: string;
  slug: string;
  /** Notes in this category or any sub-category. */
  count: number;
  children: CategoryNode[];
}

/** Builds the category tree; siblings ordered by count (desc) then name; names matched by slug. */
export function buildCategoryTree(notes: readonly { categories: readonly string[] }[]): CategoryNode[] {
  const root: CategoryNode = { name: '', slug: '', count: 0, children: [] };
  for (const note of notes) {
    let parent = root;
    for (const name of note.categories) {
      const slug = taxonomySlug(name);
      let node = parent.children.find((child) => child.slug === slug);
      if (!node) {
        node = { name, slug, count: 0, children: [] };
        parent.children.push(node);
      }
      node.count += 1;
      parent = node;
    }
  }
  sortTree(root.children);
  return root.children;
}

function sortTree(nodes: CategoryNode[]): void {
  nodes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
  for (const node of nodes) sortTree(node.children);
}

export interface TagGroup {
  /** The first spelling met (notes are newest first, so the newest spelling). */
  name: string;
  slug: string;
  count: number;
}

/** Groups tags case-insensitively (by slug); ordered by count (desc) then name. */
export function groupTags(notes: readonly { tags: readonly string[] }[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const note of notes) {
    for (const name of note.tags) {
      const slug = taxonomySlug(name);
      const group = groups.get(slug);
      if (group) group.count += 1;
      else groups.set(slug, { name, slug, count: 1 });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

export interface ArchiveYear<T> {
  year: string;
  months: { month: string; notes: T[] }[];
}

/** Groups notes by the year and month of their site-zone `day` (`YYYY-MM-DD`), keeping input order. */
export function groupArchives<T extends { day: string }>(notes: readonly T[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const note of notes) {
    const year = note.day.slice(0, 4);
    const month = note.day.slice(5, 7);
    let entry = years.find((y) => y.year === year);
    if (!entry) {
      entry = { year, months: [] };
      years.push(entry);
    }
    let bucket = entry.months.find((m) => m.month === month);
    if (!bucket) {
      bucket = { month, notes: [] };
      entry.months.push(bucket);
    }
    bucket.notes.push(note);
  }
  return years;
}
