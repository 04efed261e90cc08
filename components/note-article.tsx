import type { Note } from '../lib/content';
import { hasNeighbours } from '../lib/graph/site-graph';
import { t } from '../lib/site';
import { PreviewsAndGraphs } from './islands/previews-and-graphs';
import { TocPanel } from './islands/toc-panel';
import { LocalGraph } from './local-graph';
import { NoteBody } from './note-body';
import { NoteCover } from './note-cover';
import { NoteHeader } from './note-header';
import { NoteLinks } from './note-links';

/**
 * A note page: header, TOC (side panel on wide screens, collapsible above the body on phones), body.
 * `lead` goes above the body (a series box), `aside` tops the side column on wide screens, above the
 * TOC, as Chirpy stacks its panels and TOC (the side panels; it hides itself below xl).
 */
export function NoteArticle({
  note,
  lead,
  aside,
  children,
}: {
  note: Note;
  lead?: React.ReactNode;
  aside?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const showToc = note.meta.toc && note.toc.length > 0;
  return (
    <article className={showToc || aside ? 'note-grid' : 'mx-auto max-w-3xl'}>
      <div className="[grid-area:header]">
        <NoteHeader note={note} />
        {note.meta.image && <NoteCover image={note.meta.image} />}
      </div>
      {(showToc || aside) && (
        // The column spans the grid's rows, so the TOC below the panels stays sticky all the way down.
        <div className="note-side [grid-area:toc]">
          {aside}
          {showToc && (
            <div className="mb-6 xl:sticky xl:top-20 xl:mb-0">
              <TocPanel
                items={note.toc.map(({ id, text, depth }) => ({ id, text, depth }))}
                label={t('toc')}
              />
            </div>
          )}
        </div>
      )}
      <div className="min-w-0 [grid-area:body]">
        {lead}
        <NoteBody
          body={note.body}
          format={note.format}
          meta={{ ...note.meta, kind: note.kind }}
          pageUrl={note.url}
          rendered={note.rendered}
        />
        <NoteLinks url={note.url} kind={note.kind} />
        {note.kind !== 'page' && hasNeighbours(note.url) && <LocalGraph url={note.url} />}
        {children}
      </div>
      <PreviewsAndGraphs />
    </article>
  );
}
