/** The UI dictionary: every string a reader sees outside the notes themselves. */

export type Locale = 'zh-CN' | 'en';

const zh = {
  home: '首页',
  categories: '分类',
  tags: '标签',
  archives: '归档',
  about: '关于',
  mainNav: '主导航',
  toggleTheme: '切换主题',
  toc: '目录',
  pagination: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageN: '第 {n} 页',
  prevNext: '上一篇和下一篇',
  previousPost: '上一篇',
  nextPost: '下一篇',
  publishedOn: '发布于',
  updatedOn: '更新于',
  readingTime: '约 {n} 分钟',
  wordCount: '{n} 字',
  pinned: '置顶',
  draft: '草稿',
  comments: '评论',
  loadingComments: '评论加载中…',
  anchorLabel: '链接到本节',
  notFoundTitle: '页面不存在',
  notFoundText: '你要找的页面不存在，可能已被移动或删除。',
  backHome: '回到首页',
  postsInCategory: '分类：{name}',
  postsWithTag: '标签：{name}',
  postCount: '{n} 篇',
  allCategories: '全部分类',
  allTags: '全部标签',
  noPosts: '还没有笔记。',
  feed: '订阅',
  poweredBy: '由 xiaoji 驱动',
  contentErrors: '笔记有错误',
  contentErrorsHint: '修复下列问题后保存，页面会自动更新。',
  skipToContent: '跳到正文',
  categoryPath: '分类路径',
  tagList: '标签列表',
} as const;

export type MessageKey = keyof typeof zh;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  home: 'Home',
  categories: 'Categories',
  tags: 'Tags',
  archives: 'Archives',
  about: 'About',
  mainNav: 'Main navigation',
  toggleTheme: 'Toggle theme',
  toc: 'Contents',
  pagination: 'Pagination',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageN: 'Page {n}',
  prevNext: 'Previous and next posts',
  previousPost: 'Previous',
  nextPost: 'Next',
  publishedOn: 'Published',
  updatedOn: 'Updated',
  readingTime: '{n} min read',
  wordCount: '{n} words',
  pinned: 'Pinned',
  draft: 'Draft',
  comments: 'Comments',
  loadingComments: 'Loading comments…',
  anchorLabel: 'Link to this section',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist. It may have been moved or deleted.',
  backHome: 'Back to home',
  postsInCategory: 'Category: {name}',
  postsWithTag: 'Tag: {name}',
  postCount: '{n} posts',
  allCategories: 'All categories',
  allTags: 'All tags',
  noPosts: 'No notes yet.',
  feed: 'Feed',
  poweredBy: 'Powered by xiaoji',
  contentErrors: 'Notes with errors',
  contentErrorsHint: 'Fix these problems and save; the page updates by itself.',
  skipToContent: 'Skip to content',
  categoryPath: 'Category path',
  tagList: 'Tags',
};

const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zh, en };

/** Returns a translator for the locale; `{name}` placeholders are filled from `values`. */
export function getTranslator(
  locale: Locale,
): (key: MessageKey, values?: Record<string, string | number>) => string {
  const dict = dictionaries[locale];
  return (key, values) => {
    const template = dict[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
  };
}
