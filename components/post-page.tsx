import { getAdjacentPosts, getPostByUrl, getPostUrls, type Note } from '../lib/content';
import { buildNoteJsonLd, serializeJsonLd } from '../lib/metadata';
import { decodeParam } from '../lib/params';
import { NoteArticle } from './note-article';
import { NoteComments } from './note-comments';
import { PostFooter } from './post-footer';
import { PostNav } from './post-nav';
import { SeriesBox } from './series-box';
import { SidePanels } from './side-panels';

/** Params of the posts whose URL is `/posts/<one segment>/` (app/posts/[slug]), the usual case. */
export function postSlugParams(): { slug: string }[] {
  return getPostUrls().flatMap((url) => {
    const slug = /^\/posts\/([^/]+)\/$/.exec(url)?.[1];
    return slug === undefined ? [] : [{ slug }];
  });
}

/** Params of every other post (`permalink:`, or a Jekyll title with `..` or none): app/[...path]. */
export function postPathParams(): { path: string[] }[] {
  return getPostUrls()
    .filter((url) => !/^\/posts\/[^/]+\/$/.test(url))
    .map((url) => ({ path: url.split('/').filter(Boolean) }));
}

/** The post at the URL made of these route segments (as Next hands them over, encoded). */
export function findPostBySegments(segments: readonly string[], trailingSlash: boolean): Note | undefined {
  const decoded = segments.map(decodeParam);
  if (decoded.some((s) => s === null)) return undefined;
  const path = `/${decoded.join('/')}`;
  return getPostByUrl(trailingSlash ? `${path}/` : path) ?? getPostByUrl(path);
}

/** A post's page: the article, its JSON-LD, the older/newer links and comments. */
export function PostPage({ note }: { note: Note }) {
  const { older, newer } = getAdjacentPosts(note.url);
  return (
    <NoteArticle note={note} lead={<SeriesBox url={note.url} />} aside={<SidePanels />}>
      <script
        type="application/ld+json"
        // serializeJsonLd escapes <, > and &, so no value can close the script element.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildNoteJsonLd(note)) }}
      />
      <PostFooter note={note} />
      <PostNav older={older} newer={newer} />
      <NoteComments enabled={note.meta.comments} />
    </NoteArticle>
  );
}
