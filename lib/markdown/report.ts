/** What a render found that the page must load for: filled in by the plugins during one compile. */
export interface RenderReport {
  /** KaTeX output: the page links the KaTeX stylesheet. */
  math: boolean;
  /** A mermaid block: the page mounts the diagram island. */
  mermaid: boolean;
  /** A code block with a copy button: the page mounts the copy island. */
  code: boolean;
  /** An image that opens large: the page mounts the image zoom island. */
  zoom?: boolean;
}

/** A fresh report, all false. */
export function createRenderReport(): RenderReport {
  return { math: false, mermaid: false, code: false };
}
