import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteBody } from '../../components/note-body';
import { PageHeading } from '../../components/page-heading';
import { getPage } from '../../lib/content';

export function generateMetadata(): Metadata {
  const page = getPage('about');
  return page
    ? { title: page.meta.title, description: page.excerpt, alternates: { canonical: '/about/' } }
    : {};
}

export default function AboutPage() {
  const page = getPage('about');
  if (!page) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title={page.meta.title} />
      <NoteBody
        body={page.body}
        format={page.format}
        meta={page.meta}
        pageUrl="/about/"
        rendered={page.rendered}
      />
    </div>
  );
}
