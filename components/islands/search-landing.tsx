'use client';

import { type ComponentType, useEffect, useState } from 'react';
import { HIGHLIGHT_PARAM, type SearchLandingLabels } from '../../lib/search/ui';
import type { SearchMarksProps } from './search-marks';

/**
 * On a page opened from a search result (`?highlight=…`), loads the marking code, which marks the
 * query in the body and scrolls to it. Any other page loads nothing more than this check.
 */
export function SearchLanding({ labels, locale }: { labels: SearchLandingLabels; locale: string }) {
  const [query, setQuery] = useState('');
  const [Marks, setMarks] = useState<ComponentType<SearchMarksProps> | null>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM)?.trim();
    if (!q) return;
    let live = true;
    setQuery(q);
    import('./search-marks').then(
      (module) => live && setMarks(() => module.SearchMarks),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return Marks && query ? <Marks query={query} labels={labels} locale={locale} /> : null;
}
