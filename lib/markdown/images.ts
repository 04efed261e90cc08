/**
 * rehype plugin: body images as Chirpy shows them. Relative sources resolve against `media_subpath`
 * (else the site root); images load lazily; an `lqip` shows as the placeholder behind the image; an
 * image alone in its paragraph is centred unless `.normal`/`.left`/`.right`. A site image that does
 * not exist (when the caller can tell) is replaced by its alt text: the page never shows a broken
 * image, and the build never fails for one.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSitePath, resolveMediaPath } from './media';

export interface ImageOptions {
  mediaSubpath?: string | null;
  /** Whether a site path (`/posts/x.png`) exists; unknown paths are assumed to exist. */
  assetExists?: (sitePath: string) => boolean;
  /** Shown when a missing image has no alt text, e.g. "图片缺失". */
  missingLabel?: string;
  /** Make site paths absolute (feeds): the site origin, e.g. `https://example.com`. */
  origin?: string;
}

const classList = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

function absolute(src: string, origin: string | undefined): string {
  return origin && isSitePath(src) ? `${origin.replace(/\/+$/, '')}${encodeURI(src)}` : src;
}

function cssUrl(url: string): string {
  return `url("${url.replace(/["\\\n]/g, (c) => `\\${c === '\n' ? 'a ' : c}`)}")`;
}

function placeholder(image: Element, src: string, options: ImageOptions): Element {
  const alt = String(image.properties.alt ?? '').trim();
  const classes = classList(image);
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      className: ['image-missing', ...classes],
      role: 'img',
      ariaLabel: alt || options.missingLabel || src,
      title: src,
    },
    children: [{ type: 'text', value: alt || options.missingLabel || src }],
  };
}

/** The rehype plugin. */
export function rehypeImages(options: ImageOptions = {}) {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'p' && isImageParagraph(node)) {
        node.properties.className = [...classList(node), 'image-paragraph'];
      }
      if (node.tagName !== 'img' || index === undefined || !parent) return;
      const written = typeof node.properties.src === 'string' ? node.properties.src : '';
      const src = resolveMediaPath(written, options.mediaSubpath ?? null);
      if (isSitePath(src) && options.assetExists && !options.assetExists(src.split(/[?#]/)[0] ?? src)) {
        parent.children[index] = placeholder(node, src, options);
        return;
      }
      node.properties.src = absolute(src, options.origin);
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
      const lqip = node.properties.dataLqip;
      if (typeof lqip === 'string' && lqip !== '') {
        const url = absolute(resolveMediaPath(lqip, options.mediaSubpath ?? null), options.origin);
        const style = typeof node.properties.style === 'string' ? `${node.properties.style};` : '';
        node.properties.style = `${style}background:${cssUrl(url)} center/cover no-repeat`;
        delete node.properties.dataLqip;
      }
    });
  };
}

/** A paragraph whose only content is images (and the links around them): Chirpy centres those. */
function isImageParagraph(paragraph: Element): boolean {
  let images = 0;
  const only = (children: ElementContent[]): boolean =>
    children.every((child) => {
      if (child.type === 'text') return child.value.trim() === '';
      if (child.type !== 'element') return child.type === 'comment';
      if (child.tagName === 'img') {
        images += 1;
        return true;
      }
      return child.tagName === 'a' ? only(child.children) : child.tagName === 'br';
    });
  return only(paragraph.children) && images > 0;
}
