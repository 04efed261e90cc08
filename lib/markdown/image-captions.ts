/** remark plugin: Chirpy's caption, an italic line right under an image, becomes a `<figure>` with `<figcaption>`. */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

const isImage = (node: PhrasingContent) =>
  node.type === 'image' ||
  (node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'image');
const isBlank = (node: PhrasingContent) =>
  node.type === 'break' || (node.type === 'text' && node.value.trim() === '');

/** `![a](b)` + line break + `_caption_` (nothing else in the paragraph) → figure; else null. */
function toFigure(paragraph: Paragraph): RootContent | null {
  const parts = paragraph.children.filter((child) => !isBlank(child));
  const [image, caption] = parts;
  if (parts.length !== 2 || !image || !isImage(image) || caption?.type !== 'emphasis') return null;
  return {
    type: 'paragraph',
    data: { hName: 'figure', hProperties: { className: ['image-figure'] } },
    children: [
      image,
      {
        type: 'emphasis',
        data: { hName: 'figcaption', hProperties: {} },
        children: caption.children,
      },
    ],
  };
}

/** The remark plugin. */
export function remarkImageCaptions() {
  return (tree: Root): void => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const figure = toFigure(node);
      if (figure) parent.children[index] = figure as (typeof parent.children)[number];
    });
  };
}
