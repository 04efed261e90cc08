'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { PAGE_IDS } from '../../lib/page-ids';
import type { GiscusConfig } from '../../site.config';

// The giscus web component is only fetched once the reader nears the comments.
const GiscusWidget = lazy(() => import('./giscus-widget'));

export interface CommentsProps extends GiscusConfig {
  lang: string;
  title: string;
  loadingLabel: string;
}

/** The comments section; mounts giscus when it comes within ~600 px of the viewport. */
export function Comments({ title, loadingLabel, ...giscus }: CommentsProps) {
  const ref = useRef<HTMLElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <section
      ref={ref}
      id={PAGE_IDS.comments}
      aria-labelledby={PAGE_IDS.commentsTitle}
      className="mt-12 border-t border-line pt-8"
    >
      <h2 id={PAGE_IDS.commentsTitle} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {visible ? (
        <Suspense fallback={<p className="text-sm text-muted">{loadingLabel}</p>}>
          <GiscusWidget {...giscus} />
        </Suspense>
      ) : (
        <p className="text-sm text-muted">{loadingLabel}</p>
      )}
    </section>
  );
}
