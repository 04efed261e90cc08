import type { getHomePage } from '../lib/content';
import { siteConfig } from '../site.config';
import { NoteList } from './note-list';
import { Pagination } from './pagination';

/** One page of the home list under the site heading. */
export function HomeListing({ listing }: { listing: NonNullable<ReturnType<typeof getHomePage>> }) {
  return (
    <div className="mx-auto max-w-3xl">
      <header className="mb-8">
        <h1 className="text-2xl font-bold sm:text-3xl">{siteConfig.title}</h1>
        <p className="mt-2 text-muted">{siteConfig.description}</p>
      </header>
      <NoteList notes={listing.notes} showPinned />
      <Pagination page={listing.page} totalPages={listing.totalPages} />
    </div>
  );
}
