/** remark plugin: the layout renders the page's only h1 (the title), so the body keeps none. */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** Nodes that render nothing, so a title h1 after them still counts as the body's first block. */
const INVISIBLE_TYPES = new Set(['yaml', 'toml', 'mdxjsEsm']);
const HTML_COMMENT = /^<!--[\s\S]*-->$/;

function isInvisible(node: RootContent): boolean {
  if (node.type === 'html') return HTML_COMMENT.test(node.value.trim());
  return INVISIBLE_TYPES.has(node.type);
}

/** Drops an h1 that opens the body (it repeats the title) and turns every other h1 into an h2. */
export function remarkTitleHeading() {
  return (tree: Root): void => {
    const first = tree.children.findIndex((node) => !isInvisible(node));
    const opening = tree.children[first];
    if (opening?.type === 'heading' && opening.depth === 1) tree.children.splice(first, 1);
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) node.depth = 2;
    });
  };
}
