/**
 * rehype plugin, run last: attributes that would break the page compile or run code are dropped, so
 * one bad attribute in a note's raw HTML never fails the build. A `style` that cannot be parsed
 * (MDX turns styles into objects and throws), event handlers (`onclick`), `javascript:` URLs.
 */
import type { Element, Root } from 'hast';
import styleToJs from 'style-to-js';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data'];

/** Browsers ignore tabs, newlines and other control characters inside a URL scheme (`java\tscript:`). */
function stripControls(value: string): string {
  return [...value].filter((c) => c.charCodeAt(0) > 0x1f).join('');
}

function isParsableStyle(style: string): boolean {
  try {
    styleToJs(style, { reactCompat: true });
    return true;
  } catch {
    return false;
  }
}

/** Removes unsafe or unparsable attributes from one element. */
export function cleanAttributes(element: Element): void {
  const properties = element.properties;
  for (const name of Object.keys(properties)) {
    const value = properties[name];
    if (/^on/i.test(name)) delete properties[name];
    else if (name === 'style' && typeof value === 'string' && !isParsableStyle(value))
      delete properties[name];
    else if (
      URL_PROPERTIES.includes(name) &&
      typeof value === 'string' &&
      /^\s*(?:javascript|vbscript):/i.test(stripControls(value))
    )
      delete properties[name];
  }
}

/** The rehype plugin. */
export function rehypeSafeAttributes() {
  return (tree: Root): void => {
    visit(tree, 'element', cleanAttributes);
  };
}
