import type { ReactNode } from 'react';

/** The page's one h1, with an optional muted line under it. */
export function PageHeading({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {children && <p className="mt-2 text-muted">{children}</p>}
    </header>
  );
}
