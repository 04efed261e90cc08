'use client';

import Giscus from '@giscus/react';
import { useSyncExternalStore } from 'react';
import { readTheme, subscribeTheme as subscribe } from '../../lib/theme-store';
import type { CommentsProps } from './comments';

/** Giscus itself, re-themed live when the page theme changes. Loaded lazily by Comments. */
export default function GiscusWidget(props: Omit<CommentsProps, 'title' | 'loadingLabel'>) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'light');
  return (
    <Giscus
      repo={props.repo}
      repoId={props.repoId}
      category={props.category}
      categoryId={props.categoryId}
      mapping={props.mapping}
      reactionsEnabled={props.reactionsEnabled ? '1' : '0'}
      emitMetadata="0"
      inputPosition={props.inputPosition}
      theme={theme}
      lang={props.lang}
      loading="lazy"
    />
  );
}
