'use client';

import { useSearchParams } from 'next/navigation';
import { type ComponentType, useEffect, useState } from 'react';
import { HIGHLIGHT_PARAM, type SearchLandingLabels } from '../../lib/search/ui';
import type { SearchMarksProps } from './search-marks';

/**
 * On a page opened from a search result (`?highlight=…`), loads the marking code, which marks the
 * query in the body and scrolls to it. Any other page loads nothing more than this check. The
 * parameter is read with useSearchParams, so a result on the page already open (same body, new
 * query) is marked too; render it inside <Suspense> (it has nothing to show before hydration).
 */
export function SearchLanding({ labels, locale }: { labels: SearchLandingLabels; locale: string }) {
  const query = useSearchParams().get(HIGHLIGHT_PARAM)?.trim() ?? '';
  const [Marks, setMarks] = useState<ComponentType<SearchMarksProps> | null>(null);

  useEffect(() => {
    if (!query || Marks) return;
    let live = true;
    import('./search-marks').then(
      (module) => live && setMarks(() => module.SearchMarks),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [query, Marks]);

  return Marks && query ? <Marks key={query} query={query} labels={labels} locale={locale} /> : null;
}
