/**
 * remark plugin: kramdown definition lists. A paragraph of term lines followed by `: definition`
 * lines becomes a `<dl>`; a paragraph starting with `: ` after a term paragraph (kramdown's blank
 * line between term and definition) becomes a `<dd>` holding a paragraph; neighbouring lists merge.
 */
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';

interface DefinitionNode {
  type: 'definitionList' | 'definitionTerm' | 'definitionDescription';
  data: { hName: string };
  children: (RootContent | DefinitionNode)[];
}

type Block = RootContent | DefinitionNode;

const DEFINITION_LINE = /^:[ \t]+/;

function element(type: DefinitionNode['type'], hName: string, children: Block[]): DefinitionNode {
  return { type, data: { hName }, children };
}

/** Splits a paragraph's inline content at its line breaks (soft breaks in text nodes). */
function splitLines(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      lines.at(-1)?.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines.at(-1)?.push({ type: 'text', value: part });
    });
  }
  return lines;
}

const startsDefinition = (line: PhrasingContent[]) => {
  const first = line[0];
  return first?.type === 'text' && DEFINITION_LINE.test(first.value);
};

function stripMarker(line: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return line;
  const value = first.value.replace(DEFINITION_LINE, '');
  return value === '' ? rest : [{ type: 'text', value }, ...rest];
}

/** Joins lines back into inline content with soft breaks. */
function joinLines(lines: PhrasingContent[][]): PhrasingContent[] {
  return lines.flatMap((line, i) =>
    i === 0 ? line : [{ type: 'text', value: '\n' } as PhrasingContent, ...line],
  );
}

/** `Term\n: definition` paragraphs → list items; null when the paragraph is no definition list. */
function toItems(paragraph: Paragraph): DefinitionNode[] | null {
  const lines = splitLines(paragraph);
  const first = lines[0];
  if (!first || startsDefinition(first) || !lines.some(startsDefinition)) return null;
  const items: DefinitionNode[] = [];
  let description: PhrasingContent[][] | null = null;
  const flush = () => {
    if (description) items.push(element('definitionDescription', 'dd', joinLines(description)));
    description = null;
  };
  for (const line of lines) {
    if (startsDefinition(line)) {
      flush();
      description = [stripMarker(line)];
    } else if (description)
      description.push(line); // a lazy continuation of the definition
    else items.push(element('definitionTerm', 'dt', line));
  }
  flush();
  return items;
}

function visit(parent: Parent): void {
  // Definition nodes are ours: mdast-util-to-hast renders them through `data.hName`.
  const children = parent.children as unknown as Block[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (!node) continue;
    if (node.type === 'paragraph') {
      const previous = children[index - 1];
      const lines = splitLines(node);
      const standalone = lines[0] !== undefined && startsDefinition(lines[0]);
      if (standalone && (previous?.type === 'definitionList' || previous?.type === 'paragraph')) {
        // `Term` / blank line / `: definition`: the definition is a block, its text a paragraph.
        const descriptions = splitDescriptions(lines).map((d) =>
          element('definitionDescription', 'dd', [{ type: 'paragraph', children: joinLines(d) }]),
        );
        if (previous.type === 'definitionList') previous.children.push(...descriptions);
        else if (previous.type === 'paragraph') {
          const terms = splitLines(previous).map((line) => element('definitionTerm', 'dt', line));
          children[index - 1] = element('definitionList', 'dl', [...terms, ...descriptions]);
        }
        children.splice(index--, 1);
        continue;
      }
      const items = toItems(node);
      if (items) {
        if (previous?.type === 'definitionList') {
          previous.children.push(...items);
          children.splice(index--, 1);
        } else children[index] = element('definitionList', 'dl', items);
        continue;
      }
    }
    if ('children' in node && node.type !== 'definitionList') visit(node as Parent);
  }
}

/** A paragraph of `: a` / `: b` lines → one group of lines per definition. */
function splitDescriptions(lines: PhrasingContent[][]): PhrasingContent[][][] {
  const groups: PhrasingContent[][][] = [];
  for (const line of lines) {
    if (startsDefinition(line) || groups.length === 0) groups.push([stripMarker(line)]);
    else groups.at(-1)?.push(line);
  }
  return groups;
}

/** The remark plugin. */
export function remarkDefinitionLists() {
  return (tree: Root): void => {
    visit(tree);
  };
}
