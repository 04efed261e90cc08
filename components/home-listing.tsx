import type { getHomePage } from '../lib/content';
import { siteConfig } from '../site.config';
import { NoteList } from './note-list';
import { Pagination } from './pagination';
import { SidePanels } from './side-panels';

/** One page of the home list under the site heading; the side panels beside it on wide screens. */
export function HomeListing({ listing }: { listing: NonNullable<ReturnType<typeof getHomePage>> }) {
  return (
    <div className="home-grid">
      <div className="min-w-0">
        <header className="mb-8">
          <h1 className="text-2xl font-bold sm:text-3xl">{siteConfig.title}</h1>
          <p className="mt-2 text-muted">{siteConfig.description}</p>
        </header>
        <NoteList notes={listing.notes} showPinned />
        <Pagination page={listing.page} totalPages={listing.totalPages} />
      </div>
      <SidePanels />
    </div>
  );
}
