/**
 * The page's half of links between notes: the body HTML made by the content build carries
 * `<xj-link>` and `<xj-embed>` markers (lib/markdown/note-links.ts); here, when the page renders,
 * each becomes an `<a href>` to the target (or a visibly missing `<span>`), an image, a PDF, or the
 * embedded note's content. Done at render time against the current index, so adding or renaming a
 * note changes every page that links to it without rendering their bodies again. Pure string work on
 * HTML our own pipeline wrote, so the markers' shape is known exactly.
 */
import { decodeHTML } from 'entities';
import { embedSize, embedType } from './parse';
import { type LinkIndex, type LinkQuery, type LinkTarget, resolveAttachment, resolveLink } from './resolve';

/** Words the resolved links show, in the UI language. */
export interface MarkerLabels {
  /** Title of a missing link: `{target}` is the link as written. */
  missingLink: string;
  /** Shown after a missing attachment's name. */
  missingFile: string;
  /** Shown in place of an embed that would embed itself again. */
  embedCycle: string;
  /** Beside an embedded PDF's name: what its link does. */
  openPdf: string;
}

export interface MarkerContext {
  index: LinkIndex;
  /** The note whose HTML this is (the page's note, or an embedded one). */
  from: LinkTarget;
  /** The page's own note: links into it become fragment-only (none in a feed, read elsewhere). */
  page?: LinkTarget;
  labels: MarkerLabels;
  /** A site path as the page links it (a static export's base path prefixed). */
  sitePath: (path: string) => string;
  /** A target's body HTML, markers unresolved; null when it has none. */
  bodyHtml: (target: LinkTarget) => Promise<string | null>;
  /** URLs of the notes being embedded, outermost first (a cycle stops there). */
  stack?: readonly string[];
}

const MARKER = /<xj-(link|embed)((?:\s[a-z-]+="[^"]*")*)>([\s\S]*?)<\/xj-\1>/g;
const ATTRIBUTE = /\s([a-z-]+)="([^"]*)"/g;
/** Embeds inside embeds stop here even without a cycle. */
const MAX_EMBED_DEPTH = 4;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An element id as a URL fragment: kept readable, only what would end or break it encoded. */
export function fragmentOf(id: string): string {
  return id.replace(/[%\s"<>`#]/g, (c) => encodeURIComponent(c));
}

function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1] ?? '', decodeHTML(match[2] ?? ''));
  return attributes;
}

function queryOf(attributes: Map<string, string>): LinkQuery {
  const kind = attributes.get('data-kind');
  return {
    kind: kind === 'markdown' || kind === 'embed' ? kind : 'wikilink',
    target: attributes.get('data-target') ?? '',
    heading: attributes.get('data-heading') ?? null,
    block: attributes.get('data-block') ?? null,
  };
}

/** The link as the author wrote it, for messages: `[[甲#节]]`. */
export function writtenForm(link: LinkQuery): string {
  if (link.kind === 'markdown') return `${link.target}${link.heading ? `#${link.heading}` : ''}`;
  const part = link.block !== null ? `#^${link.block}` : link.heading !== null ? `#${link.heading}` : '';
  return `${link.kind === 'embed' ? '!' : ''}[[${link.target}${part}]]`;
}

function hrefOf(ctx: MarkerContext, target: LinkTarget, fragment: string | null): string {
  const hash = fragment === null ? '' : `#${fragmentOf(fragment)}`;
  if (target.url === ctx.page?.url && hash !== '') return hash;
  return `${ctx.sitePath(target.url)}${hash}`;
}

function missing(ctx: MarkerContext, link: LinkQuery, inner: string): string {
  const title = ctx.labels.missingLink.replace('{target}', writtenForm(link));
  return `<span class="wikilink-missing" title="${escapeHtml(title)}">${inner}</span>`;
}

function resolveLinkMarker(ctx: MarkerContext, attributes: Map<string, string>, inner: string): string {
  const link = queryOf(attributes);
  const result = resolveLink(ctx.index, ctx.from, link);
  if (!result.found) return missing(ctx, link, inner);
  return `<a href="${escapeHtml(hrefOf(ctx, result.target, result.fragment))}" class="internal-link">${inner}</a>`;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function resolveFileEmbed(ctx: MarkerContext, attributes: Map<string, string>): string {
  const link = queryOf(attributes);
  const type = embedType(link.target);
  const file = resolveAttachment(ctx.index, ctx.from.sourcePath, link.target);
  const name = escapeHtml(fileName(link.target));
  if (!file) {
    const title = escapeHtml(ctx.labels.missingLink.replace('{target}', writtenForm(link)));
    return `<span class="embed-missing" title="${title}">${name}${escapeHtml(ctx.labels.missingFile)}</span>`;
  }
  const src = escapeHtml(ctx.sitePath(file.url));
  const alias = attributes.get('data-alias') ?? null;
  if (type === 'image') {
    const size = embedSize(alias);
    const dimensions = size
      ? ` width="${size.width}"${size.height === null ? '' : ` height="${size.height}"`}`
      : '';
    const alt = escapeHtml(size || alias === null ? fileName(link.target).replace(/\.[^.]+$/, '') : alias);
    // `data-zoom`: opens large on the page (lib/markdown/image-zoom.ts); inert in feeds.
    return `<img src="${src}" alt="${alt}"${dimensions} loading="lazy" class="embed-image" data-zoom>`;
  }
  if (type === 'pdf') {
    // The browser's own viewer in a frame (attachments may be framed by our pages: next.config.ts),
    // and a link to the file for a browser without one, or to read it full size.
    return `<span class="embed-pdf"><iframe src="${src}" title="${name}" loading="lazy" class="embed-pdf-frame"></iframe><a href="${src}" class="embed-pdf-link" type="application/pdf">${name}<span class="embed-pdf-label">${escapeHtml(ctx.labels.openPdf)}</span></a></span>`;
  }
  if (type === 'audio') return `<audio src="${src}" controls preload="metadata" class="embed-audio"></audio>`;
  if (type === 'video') return `<video src="${src}" controls preload="metadata" class="embed-video"></video>`;
  return `<a href="${src}" class="embed-file">${name}</a>`;
}

/** The outer HTML of the element whose start tag begins at `start`, nested ones of its name counted. */
function outerElement(html: string, start: number): string {
  const name = /^<([a-z][a-z\d-]*)/i.exec(html.slice(start))?.[1]?.toLowerCase();
  if (!name) return '';
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'gi');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  return html.slice(start);
}

/** The part of a body an embed shows: a heading and what follows it up to the next one as high, or a block. */
export function sectionOf(html: string, fragment: string): string | null {
  // Heading ids (github-slugger) and block ids hold no character the serializer would escape.
  const attribute = ` id="${fragment}"`;
  const at = html.indexOf(attribute);
  if (at < 0) return null;
  const start = html.lastIndexOf('<', at);
  const heading = /^<h([1-6])/.exec(html.slice(start, start + 3));
  if (!heading) return outerElement(html, start);
  const level = Number(heading[1]);
  const next = new RegExp(`<h[1-${level}][\\s>]`, 'g');
  next.lastIndex = html.indexOf('>', at) + 1;
  const end = next.exec(html)?.index ?? html.length;
  return html.slice(start, end);
}

/** Embedded HTML loses its ids (the page has its own) and its `#x` links point at the note's page. */
function detach(html: string, pageHref: string): string {
  return html
    .replace(/(<[a-z][^<>]*?)\sid="[^"]*"/gi, '$1')
    .replace(/(<[a-z][^<>]*?\shref=")#/gi, (_, before: string) => `${before}${pageHref}#`)
    .replace(/\saria-describedby="[^"]*"/gi, '');
}

async function resolveNoteEmbed(ctx: MarkerContext, attributes: Map<string, string>): Promise<string> {
  const link = queryOf(attributes);
  const block = attributes.get('data-display') === 'block';
  const result = resolveLink(ctx.index, ctx.from, link);
  const name = escapeHtml(link.target || link.heading || '');
  if (!result.found) return missing(ctx, link, name);
  const target = result.target;
  const shown = escapeHtml(
    result.fragment === null ? target.title : `${target.title} › ${link.heading ?? `^${link.block}`}`,
  );
  const href = escapeHtml(hrefOf(ctx, target, result.fragment));
  const stack = ctx.stack ?? [(ctx.page ?? ctx.from).url];
  if (!block) return `<a href="${href}" class="internal-link embed-link">${shown}</a>`;
  if (stack.includes(target.url) || stack.length > MAX_EMBED_DEPTH) {
    const text = escapeHtml(ctx.labels.embedCycle.replace('{target}', target.title));
    return `<div class="note-embed-cycle" role="note"><a href="${href}">${text}</a></div>`;
  }
  const body = await ctx.bodyHtml(target);
  const part = body === null ? null : result.fragment === null ? body : sectionOf(body, result.fragment);
  const inner =
    part === null ? '' : await resolveMarkers(part, { ...ctx, from: target, stack: [...stack, target.url] });
  const pageHref = escapeHtml(ctx.sitePath(target.url));
  return `<div class="note-embed" data-embed="${escapeHtml(target.url)}"><p class="note-embed-title"><a href="${href}">${shown}</a></p><div class="note-embed-body">${detach(inner, pageHref)}</div></div>`;
}

/**
 * The same without embedding notes, for a feed (each `![[note]]` becomes a link to it): synchronous,
 * as feeds are built in one pass. `ctx.bodyHtml` is not called.
 */
export function resolveMarkersWithoutEmbeds(html: string, ctx: Omit<MarkerContext, 'bodyHtml'>): string {
  if (!html.includes('<xj-')) return html;
  const full = { ...ctx, bodyHtml: async () => null };
  return html.replace(MARKER, (_, kind: string, attributeText: string, inner: string) => {
    const attributes = readAttributes(attributeText);
    if (kind === 'link') return resolveLinkMarker(full, attributes, inner);
    if (attributes.get('data-type') !== 'note') return resolveFileEmbed(full, attributes);
    const link = queryOf(attributes);
    return resolveLinkMarker(full, attributes, escapeHtml(link.target || link.heading || ''));
  });
}

/** Every marker of a body's HTML resolved (links, attachments, embedded notes). */
export async function resolveMarkers(html: string, ctx: MarkerContext): Promise<string> {
  if (!html.includes('<xj-')) return html;
  const parts: (string | Promise<string>)[] = [];
  let at = 0;
  for (const match of html.matchAll(MARKER)) {
    parts.push(html.slice(at, match.index));
    const attributes = readAttributes(match[2] ?? '');
    if (match[1] === 'link') parts.push(resolveLinkMarker(ctx, attributes, match[3] ?? ''));
    else if (attributes.get('data-type') === 'note') parts.push(resolveNoteEmbed(ctx, attributes));
    else parts.push(resolveFileEmbed(ctx, attributes));
    at = match.index + match[0].length;
  }
  parts.push(html.slice(at));
  return (await Promise.all(parts)).join('');
}
