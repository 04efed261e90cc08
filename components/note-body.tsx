import { MDXRemote } from 'next-mdx-remote/rsc';
import { getMdxOptions } from '../lib/markdown/pipeline';
import { t } from '../lib/site';

/** Renders a note's markdown/MDX body at build time through the one plugin list. */
export function NoteBody({ body, format }: { body: string; format: 'md' | 'mdx' }) {
  return (
    <div data-note-body className="note-body prose max-w-none dark:prose-invert">
      <MDXRemote
        source={body}
        options={{ mdxOptions: getMdxOptions(format, { anchorLabel: t('anchorLabel') }) }}
      />
    </div>
  );
}
