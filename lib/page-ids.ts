/**
 * Element ids the layout puts on every post page. Heading ids are made from the note's text, so these
 * are reserved before any heading gets its id: a section titled "Comments" becomes `comments-1`.
 */
export const PAGE_IDS = {
  main: 'main',
  comments: 'comments',
  commentsTitle: 'comments-title',
  tocList: 'toc-list',
  backlinksTitle: 'backlinks-heading',
  relatedTitle: 'related-heading',
} as const;
