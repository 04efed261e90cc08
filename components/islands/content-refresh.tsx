'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * `npm run dev` only (components/content-errors.tsx renders it then): re-renders the open page when
 * Contentlayer's data differs from the data it was rendered from. That data is read at run time, not
 * imported, so Next's own hot reload does not see it. `stamp` names the data the page was rendered
 * from; the server sends the current stamp when the page connects and after every change
 * (app/content-events).
 */
export function ContentRefresh({ stamp }: { stamp: string }) {
  const router = useRouter();
  const shown = useRef(stamp);
  const latest = useRef<string | null>(null);
  useEffect(() => {
    shown.current = stamp;
    // Rendered from older data than the server last announced: a refresh that started before the
    // last change, or answered after a newer one. Ask again, so the page ends on the newest data.
    if (latest.current !== null && latest.current !== stamp) router.refresh();
  }, [stamp, router]);
  useEffect(() => {
    const events = new EventSource('/content-events/');
    events.onmessage = (event: MessageEvent<string>) => {
      latest.current = event.data;
      if (event.data !== shown.current) router.refresh();
    };
    return () => events.close();
  }, [router]);
  return null;
}
