/**
 * rehype plugin (pages only, after `rehypeImages`): marks the body images a reader may open large
 * (`data-zoom`) and tells the page to mount the zoom island. An image inside a link keeps the link
 * and is not marked; an image missing from the site is already its alt text. The island
 * (components/islands/image-zoom.tsx) makes marked images focusable and loads the viewer on use.
 */
import type { Root, RootContent } from 'hast';
import type { RenderReport } from './report';

/** The rehype plugin. */
export function rehypeImageZoom(options: { report?: RenderReport } = {}) {
  const mark = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || node.tagName === 'a') continue;
      if (node.tagName === 'img') {
        node.properties.dataZoom = '';
        if (options.report) options.report.zoom = true;
      } else mark(node.children);
    }
  };
  return (tree: Root): void => mark(tree.children);
}
