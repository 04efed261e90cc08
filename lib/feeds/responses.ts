/** Feed documents as HTTP responses, with the media types readers and browsers expect. */
import { type FeedDoc, renderAtomFeed, renderJsonFeed } from './render';

export function atomResponse(feed: FeedDoc | null): Response {
  if (!feed) return new Response('Not Found', { status: 404 });
  return new Response(renderAtomFeed(feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}

export function jsonFeedResponse(feed: FeedDoc): Response {
  return new Response(renderJsonFeed(feed), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
