'use client';

import Link from 'next/link';
import { useMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps } from 'react';

function CustomLink({ href = '', ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...rest} />;
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  return <a href={href} target="_blank" rel="noopener noreferrer" {...rest} />;
}

function Table(props: ComponentProps<'table'>) {
  return (
    <div className="w-full overflow-x-auto">
      <table {...props} />
    </div>
  );
}

const components = { a: CustomLink, table: Table };

/** A post's body: the MDX bundle Contentlayer compiled, evaluated in the browser and at build time. */
export default function MDXContent({ code }: { code: string }) {
  const Component = useMDXComponent(code);
  return <Component components={components} />;
}
