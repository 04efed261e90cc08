/**
 * What `next build` would stumble on in an `.mdx` body, found before the build: MDX that does not
 * parse (an unclosed `<Tag>`, an unbalanced `{`), which fails the whole build with no file named, and
 * components the renderer does not provide, which throw while the page renders. JavaScript (import,
 * export, `{expressions}`) is reported too: next-mdx-remote removes it (`blockJS`), silently.
 */
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdxProblem {
  severity: 'error' | 'warning';
  /** 1-based line in the body. */
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).freeze();

interface ParseError {
  reason?: string;
  message?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/** Problems of an `.mdx` body (the text the renderer gets); [] when it parses and uses only HTML tags. */
export function findMdxProblems(body: string): MdxProblem[] {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as ParseError;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? '';
    // An unclosed tag at the end of the file has no place, only `(3:1-3:13)` in its reason.
    const line =
      e.place?.start?.line ?? e.place?.line ?? e.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? 1);
    return [
      {
        severity: 'error',
        line,
        message: `does not parse as MDX: ${reason} (expected every <Tag> closed and every { } balanced; name the file .md for plain markdown)`,
      },
    ];
  }
  const problems: MdxProblem[] = [];
  let reportedCode = false;
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        // Lower-case names are HTML elements; anything else must be a component passed to MDX.
        if (name !== '' && !/^[a-z][a-z0-9-]*$/.test(name)) {
          problems.push({
            severity: 'error',
            line,
            message: `uses <${name}>, a component xiaoji does not provide, so the page cannot render (expected HTML tags such as <details> or <kbd>)`,
          });
        }
      } else if (
        !reportedCode &&
        (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      ) {
        reportedCode = true;
        problems.push({
          severity: 'warning',
          line,
          message: `holds JavaScript (${node.type === 'mdxjsEsm' ? 'import/export' : `{${node.value.slice(0, 20)}}`}), which is removed when rendering (expected plain MDX: notes do not run code)`,
        });
      }
      if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return problems;
}
