import type { Note } from '../../lib/content';
import { buildNoteJsonLd, serializeJsonLd } from '../../lib/metadata';
import type { NoteFolder } from '../../lib/notes/tree';
import { NoteArticle } from '../note-article';
import { NoteComments } from '../note-comments';
import { SeriesBox } from '../series-box';
import { NoteFolderListing } from './note-folder-page';

/**
 * A knowledge note's page: the post page's article (header, TOC, body), its JSON-LD and comments;
 * no older/newer links (notes are not a timeline). A note named as its folder (`学习.md` beside
 * `学习/`, Obsidian's "folder note") shares the folder's URL: the folder's listing follows it.
 */
export function NotePage({ note, folder }: { note: Note; folder?: NoteFolder<Note> | null }) {
  return (
    <NoteArticle note={note} lead={<SeriesBox url={note.url} />}>
      <script
        type="application/ld+json"
        // serializeJsonLd escapes <, > and &, so no value can close the script element.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildNoteJsonLd(note)) }}
      />
      {folder && (
        <div className="mt-10 border-t border-line pt-6">
          <NoteFolderListing folder={folder} />
        </div>
      )}
      <NoteComments enabled={note.meta.comments} />
    </NoteArticle>
  );
}
