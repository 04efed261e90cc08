'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * `npm run dev` only (components/content-errors.tsx renders it then): re-renders the open page when a
 * note file changes. Notes are not modules, so Next's own hot reload does not see them.
 */
export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/content-events');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
