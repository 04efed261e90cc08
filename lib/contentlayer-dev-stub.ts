/**
 * What `contentlayer/generated` resolves to in `next dev` (next.config.ts): nothing. lib/content.ts
 * reads the note files itself in dev, so Next never compiles the generated module of every note.
 */
export const allPosts: unknown[] = [];
export const allPages: unknown[] = [];
export const allDocuments: unknown[] = [];
