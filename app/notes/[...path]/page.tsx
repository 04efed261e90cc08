/** A knowledge note (`/notes/<folders>/<name>/`) or a vault folder's index page (`/notes/<folder>/`). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteFolderPage } from '../../../components/notes/note-folder-page';
import { NotePage } from '../../../components/notes/note-page';
import { buildNoteMetadata } from '../../../lib/metadata';
import { findVaultPage, vaultPathParams } from '../../../lib/notes/route';
import { exportableParams, NO_PAGE_PARAM } from '../../../lib/static-export';

export const dynamicParams = false;

export function generateStaticParams() {
  return exportableParams(vaultPathParams(), { path: [NO_PAGE_PARAM] });
}

export async function generateMetadata({ params }: PageProps<'/notes/[...path]'>): Promise<Metadata> {
  const { note, folder } = findVaultPage((await params).path);
  if (note) return buildNoteMetadata(note);
  return folder ? { title: folder.name, alternates: { canonical: folder.url } } : {};
}

export default async function VaultPage({ params }: PageProps<'/notes/[...path]'>) {
  const { note, folder } = findVaultPage((await params).path);
  if (note) return <NotePage note={note} folder={folder} />;
  if (!folder) notFound();
  return <NoteFolderPage folder={folder} />;
}
