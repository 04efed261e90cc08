/**
 * A note body as its page shows it: the text passes, the UI-language labels and the site's assets.
 * Used by components/note-body.tsx and, for `.md` notes, ahead of time by the content build
 * (contentlayer.config.ts), so the page only inserts the finished HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site.config';
import type { BodyKind, NoteFormat, PipelineOptions } from './markdown/pipeline';
import { prepareNoteBody } from './markdown/prepare';
import { type RenderedBody, renderMarkdownHtml } from './markdown/render-html';
import type { BodyRenderer } from './note-record';
import { attachmentFile } from './notes/attachments';
import { publicAssetExists } from './public-assets';
import { t } from './site';
import { basePath } from './static-export';
import type { NoteMeta, PrerenderedBody } from './types';

/** The front matter a body's rendering depends on, and what the body belongs to (default a post). */
export type BodyMeta = Pick<NoteMeta, 'math' | 'mediaSubpath' | 'renderWithLiquid'> & { kind?: BodyKind };

/** The pipeline options of a page body: front matter, links resolved against `pageUrl`, labels. */
export function pageBodyOptions(meta: BodyMeta | undefined, pageUrl: string): PipelineOptions {
  return {
    kind: meta?.kind,
    math: meta?.math,
    mathMacros: siteConfig.math.macros,
    mediaSubpath: meta?.mediaSubpath,
    // Vault attachments are served by a route (app/notes-files), not from public/.
    assetExists: (sitePath) =>
      publicAssetExists(sitePath) || attachmentFile(safeDecodeURI(sitePath)) !== null,
    pageUrl,
    basePath,
    anchorLabel: t('anchorLabel'),
    callouts: {
      tip: t('promptTip'),
      info: t('promptInfo'),
      warning: t('promptWarning'),
      danger: t('promptDanger'),
      important: t('promptImportant'),
    },
    calloutTitles: {
      note: t('calloutNote'),
      abstract: t('calloutAbstract'),
      info: t('calloutInfo'),
      todo: t('calloutTodo'),
      tip: t('calloutTip'),
      success: t('calloutSuccess'),
      question: t('calloutQuestion'),
      warning: t('calloutWarning'),
      failure: t('calloutFailure'),
      danger: t('calloutDanger'),
      bug: t('calloutBug'),
      example: t('calloutExample'),
      quote: t('calloutQuote'),
    },
    calloutTypeLabel: t('calloutType'),
    footnotes: t('footnotes'),
    footnoteBack: t('footnoteBack'),
    copyCode: t('copyCode'),
    codeFoldLines: siteConfig.codeFoldLines,
    codeFoldExpand: t('codeFoldExpand'),
    codeFoldCollapse: t('codeFoldCollapse'),
    missingImage: t('missingImage'),
    missingMedia: t('missingMedia'),
  };
}

function safeDecodeURI(sitePath: string): string {
  try {
    return decodeURI(sitePath);
  } catch {
    return sitePath;
  }
}

/** The body text after the passes the record builder also runs (Liquid, kramdown, math delimiters). */
export function preparePageBody(body: string, format: NoteFormat, meta: BodyMeta | undefined): string {
  return prepareNoteBody(body, {
    format,
    kind: meta?.kind,
    renderWithLiquid: meta?.renderWithLiquid,
    math: meta?.math,
    mediaSubpath: meta?.mediaSubpath,
  }).text;
}

/** A `.md` body's page HTML and what the page must load for it. */
export function renderPageBodyHtml(
  body: string,
  meta: BodyMeta | undefined,
  pageUrl: string,
): Promise<RenderedBody> {
  return renderMarkdownHtml(preparePageBody(body, 'md', meta), pageBodyOptions(meta, pageUrl));
}

/**
 * Renders a body already through the text passes (the record builder ran them) for the page at
 * `pageUrl`, calling the record builder's taps: the content build's renderer.
 */
export const renderPreparedPageBody: BodyRenderer = (body, meta, taps, pageUrl) =>
  renderMarkdownHtml(body, pageBodyOptions(meta, pageUrl), taps);

/** Where the content build leaves the bodies it rendered (beside Contentlayer's data, git-ignored). */
function renderedDir(): string {
  return path.join(process.cwd(), '.contentlayer', 'rendered');
}

/**
 * Stores what the content build made of a note (`extension`: `html` for a body, `search.json` for
 * its search data) and returns the file name: the hash of the content, so a name never points at
 * other content, and notes built by earlier builds (Contentlayer's cache) keep their files.
 */
export function storeRenderedFile(text: string, extension: string): string {
  const file = `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.${extension}`;
  const target = path.join(renderedDir(), file);
  if (!existsSync(target)) {
    mkdirSync(renderedDir(), { recursive: true });
    // Written whole then renamed: two workers storing the same content never leave half a file.
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  }
  return file;
}

/** Stores a rendered body and returns its file name. */
export function storeRenderedHtml(html: string): string {
  return storeRenderedFile(html, 'html');
}

/** A file storeRenderedFile wrote, or null when it is gone (the caller makes its content again). */
export function readRenderedFile(file: string): string | null {
  try {
    return readFileSync(path.join(renderedDir(), path.basename(file)), 'utf8');
  } catch {
    return null;
  }
}

/** A body the content build rendered, or null when its file is gone (the page renders it again). */
export function readRenderedHtml(rendered: PrerenderedBody): string | null {
  return readRenderedFile(rendered.file);
}
