/** Page metadata and structured data built from a note; the only place these shapes are made. */
import type { Metadata } from 'next';
import { siteConfig } from '../site.config';
import type { Note } from './content';
import { feedAlternates } from './feeds/metadata';
import { absoluteUrl } from './site';

/** `<title>`, description, canonical URL and Open Graph article tags for a note page. */
export function buildNoteMetadata(note: Note): Metadata {
  const { meta } = note;
  const images = meta.image ? [{ url: meta.image.src, alt: meta.image.alt }] : undefined;
  return {
    title: meta.title,
    description: note.excerpt || siteConfig.description,
    alternates: { canonical: note.url, types: feedAlternates() },
    authors: (meta.authors.length > 0 ? meta.authors : [siteConfig.author]).map((name) => ({ name })),
    openGraph: {
      type: 'article',
      title: meta.title,
      description: note.excerpt || siteConfig.description,
      url: note.url,
      publishedTime: meta.date || undefined,
      modifiedTime: meta.updated ?? undefined,
      tags: meta.tags,
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: meta.title },
  };
}

/** Serialises JSON-LD so that no value can close the surrounding <script> element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org BlogPosting for a post, Article for a knowledge note (undated ones carry no dates). */
export function buildNoteJsonLd(note: Note): Record<string, unknown> {
  const { meta } = note;
  const modified = meta.updated ?? meta.date;
  return {
    '@context': 'https://schema.org',
    '@type': note.kind === 'note' ? 'Article' : 'BlogPosting',
    headline: meta.title,
    description: note.excerpt,
    ...(meta.date ? { datePublished: meta.date } : {}),
    ...(modified ? { dateModified: modified } : {}),
    url: absoluteUrl(note.url),
    keywords: meta.tags.join(', '),
    wordCount: note.wordCount,
    author: (meta.authors.length > 0 ? meta.authors : [siteConfig.author]).map((name) => ({
      '@type': 'Person',
      name,
    })),
    ...(meta.image ? { image: absoluteUrl(meta.image.src) } : {}),
  };
}
