/**
 * rehype plugin: a GFM task list item's checkbox gets the item's text as its name. remark-gfm writes
 * `<li class="task-list-item"><input type="checkbox" disabled> text…</li>`: a form control with no
 * label, which screen readers announce as a bare "checkbox" (axe: critical). The checkbox and the
 * text after it, up to the first block (a nested list, a paragraph), are wrapped in a `<label>`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const isCheckbox = (node: ElementContent): boolean =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/** Wraps the checkbox among `parent`'s children and the inline content after it; false if none. */
function wrap(parent: Element): boolean {
  const start = parent.children.findIndex(isCheckbox);
  if (start === -1) return false;
  let end = start + 1;
  while (end < parent.children.length) {
    const node = parent.children[end] as ElementContent;
    if (node.type === 'element' && BLOCKS.has(node.tagName)) break;
    end += 1;
  }
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: { className: ['task-list-label'] },
    children: parent.children.slice(start, end),
  };
  parent.children.splice(start, end - start, label);
  return true;
}

/** The rehype plugin. */
export function rehypeTaskLists() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'li') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (!classes.includes('task-list-item')) return;
      // Tight lists hold the checkbox directly; loose ones inside the first paragraph.
      if (wrap(node)) return;
      const first = node.children.find((c): c is Element => c.type === 'element');
      if (first?.tagName === 'p') wrap(first);
    });
  };
}
