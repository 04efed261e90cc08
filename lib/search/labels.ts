/** The search islands' strings in the site language. Server side: it reads the site config. */
import { t } from '../site';
import type { SearchLabels, SearchLandingLabels } from './ui';

/** Labels for the search button, dialog and page. */
export function getSearchLabels(): SearchLabels {
  return {
    search: t('search'),
    searchNotes: t('searchNotes'),
    placeholder: t('searchPlaceholder'),
    close: t('searchClose'),
    loading: t('searchLoading'),
    loadFailed: t('searchLoadFailed'),
    resultCount: t('searchResultCount'),
    resultsShown: t('searchResultsShown'),
    noResults: t('searchNoResults'),
    hint: t('searchHint'),
    syntax: t('searchSyntax'),
    openPage: t('searchOpenPage'),
    results: t('searchResults'),
    series: t('seriesName'),
  };
}

/** Labels for the marks a search result's page shows. */
export function getSearchLandingLabels(): SearchLandingLabels {
  return {
    marked: t('searchMarked'),
    none: t('searchMarkedNone'),
    next: t('searchMarkNext'),
    clear: t('searchMarksClear'),
    region: t('searchMarks'),
  };
}
