'use client';

import Giscus from '@giscus/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { readTheme, subscribeTheme as subscribe } from '../../lib/theme-store';
import type { CommentsProps } from './comments';

/** Giscus itself, re-themed live when the page theme changes. Loaded lazily by Comments. */
export default function GiscusWidget(props: Omit<CommentsProps, 'title' | 'loadingLabel'>) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'light');
  const box = useRef<HTMLDivElement>(null);
  // React 19 sets `theme` as a property on the custom element; mirror it as the attribute too, so
  // the widget's state is visible in the DOM (the property already re-themes the frame).
  useEffect(() => {
    box.current?.querySelector('giscus-widget')?.setAttribute('theme', theme);
  }, [theme]);
  return (
    <div ref={box}>
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
    </div>
  );
}
