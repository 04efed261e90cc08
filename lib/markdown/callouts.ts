/**
 * remark plugin: Chirpy prompts, GitHub alerts and Obsidian callouts.
 *
 * - A blockquote with a `prompt-*` class (from `{: .prompt-tip }`), and in posts and pages a quote
 *   opening with a marker alone on its line (`> [!NOTE]`, `> [!tip]`), keep Chirpy's look: the
 *   `prompt-*` class the stylesheet draws with an icon, and a visually hidden label so screen
 *   readers say what the icon shows.
 * - Every other marker, and every marker in a note (`kind: 'note'`), is an Obsidian callout:
 *   `> [!type] title` (markdown in the title), foldable with `-` (collapsed) or `+` (open) as
 *   `<details>`/`<summary>`, so it folds without JavaScript and by keyboard. Obsidian's types and
 *   aliases are grouped into families (an icon and colours each, app/obsidian.css); an unknown type
 *   is a note, as in Obsidian. Callouts nest.
 */
import type { BlockContent, Blockquote, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type CalloutType = 'tip' | 'info' | 'warning' | 'danger' | 'important';

/** Screen-reader names of the Chirpy prompt types, in the UI language. */
export type CalloutLabels = Record<CalloutType, string>;

/** Obsidian's callout families: each draws with its own icon and colour. */
export const CALLOUT_FAMILIES = [
  'note',
  'abstract',
  'info',
  'todo',
  'tip',
  'success',
  'question',
  'warning',
  'failure',
  'danger',
  'bug',
  'example',
  'quote',
] as const;
export type CalloutFamily = (typeof CALLOUT_FAMILIES)[number];

/** The default title of each family (shown when the marker has none), in the UI language. */
export type CalloutTitles = Record<CalloutFamily, string>;

export interface CalloutOptions {
  /** Hidden names of the prompt types; without them no hidden label is added (TOC and search). */
  labels?: CalloutLabels;
  /** Default titles of Obsidian callouts; else the type's English name. */
  titles?: CalloutTitles;
  /** Hidden prefix before a custom title naming the family, `{type}` replaced, e.g. `{type}：`. */
  typeLabel?: string;
  /** `note`: every marker is an Obsidian callout; posts and pages keep Chirpy's look for plain markers. */
  kind?: 'post' | 'page' | 'note';
}

const TYPES = new Set<string>(['tip', 'info', 'warning', 'danger', 'important']);
// How a plain marker looked before Obsidian callouts (GitHub's five alerts first, then Obsidian's
// names people pasted along): posts and pages keep it.
const PROMPT_OF: Record<string, CalloutType> = {
  note: 'info',
  tip: 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'danger',
  info: 'info',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  question: 'info',
  help: 'info',
  faq: 'info',
  abstract: 'info',
  summary: 'info',
  tldr: 'info',
  todo: 'info',
  example: 'info',
  quote: 'info',
  cite: 'info',
  attention: 'warning',
  danger: 'danger',
  error: 'danger',
  failure: 'danger',
  fail: 'danger',
  missing: 'danger',
  bug: 'danger',
};
// Obsidian's types and aliases (help.obsidian.md, "Callouts").
const FAMILY_OF: Record<string, CalloutFamily> = {
  note: 'note',
  abstract: 'abstract',
  summary: 'abstract',
  tldr: 'abstract',
  info: 'info',
  todo: 'todo',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'success',
  check: 'success',
  done: 'success',
  question: 'question',
  help: 'question',
  faq: 'question',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  failure: 'failure',
  fail: 'failure',
  missing: 'failure',
  danger: 'danger',
  error: 'danger',
  bug: 'bug',
  example: 'example',
  quote: 'quote',
  cite: 'quote',
};
// `[!type]`, an optional fold sign, then the title up to the end of the line.
const MARKER = /^\[!([^\]\s]+)\]([+-]?)/;
const ENGLISH: CalloutTitles = {
  note: 'Note',
  abstract: 'Abstract',
  info: 'Info',
  todo: 'Todo',
  tip: 'Tip',
  success: 'Success',
  question: 'Question',
  warning: 'Warning',
  failure: 'Failure',
  danger: 'Danger',
  bug: 'Bug',
  example: 'Example',
  quote: 'Quote',
};

/** The family of a callout type as written (any case); unknown types are notes, as in Obsidian. */
export function calloutFamily(type: string): CalloutFamily {
  return FAMILY_OF[type.toLowerCase()] ?? 'note';
}

function classesOf(node: Blockquote): string[] {
  const className: unknown = node.data?.hProperties?.className;
  if (Array.isArray(className)) return className.map(String);
  return typeof className === 'string' ? className.split(/\s+/) : [];
}

interface Marker {
  type: string;
  fold: '' | '+' | '-';
  title: PhrasingContent[];
  /** The rest of the first paragraph, after the title's line. */
  rest: PhrasingContent[];
}

/** The first line of a paragraph's content (up to a line ending or hard break) and the rest. */
function splitFirstLine(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (const [index, child] of children.entries()) {
    if (child.type === 'break') return [children.slice(0, index), children.slice(index + 1)];
    if (child.type !== 'text') continue;
    const end = child.value.indexOf('\n');
    if (end < 0) continue;
    const before = child.value.slice(0, end).trimEnd();
    const after = child.value.slice(end + 1).trimStart();
    return [
      [...children.slice(0, index), ...(before ? [{ type: 'text' as const, value: before }] : [])],
      [...(after ? [{ type: 'text' as const, value: after }] : []), ...children.slice(index + 1)],
    ];
  }
  return [children, []];
}

/** The `[!type]` marker opening a quote, with its title and fold sign; the quote is left as it is. */
function readMarker(node: Blockquote): Marker | null {
  const paragraph = node.children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const text = paragraph.children[0];
  if (text?.type !== 'text') return null;
  const match = MARKER.exec(text.value);
  if (!match) return null;
  const remainder = text.value.slice(match[0].length);
  // `[!note]x` is no marker: the type ends at `]`, then comes a space, a line ending or nothing.
  if (remainder !== '' && !/^\s/.test(remainder)) return null;
  // Spaces before the title go; a line ending stays, it ends the (empty) title.
  const lead = remainder.replace(/^[ \t]+/, '');
  const first: PhrasingContent[] = lead ? [{ type: 'text', value: lead }] : [];
  const [title, rest] = splitFirstLine([...first, ...paragraph.children.slice(1)]);
  const lastTitle = title.at(-1);
  if (lastTitle?.type === 'text') lastTitle.value = lastTitle.value.trimEnd();
  return {
    type: match[1] ?? '',
    fold: (match[2] ?? '') as Marker['fold'],
    title: title.filter((child) => child.type !== 'text' || child.value !== ''),
    rest,
  };
}

/** The quote's content after the marker's line. */
function bodyOf(node: Blockquote, rest: PhrasingContent[]): (BlockContent | DefinitionContent)[] {
  const tail = node.children.slice(1);
  return rest.length > 0 ? [{ type: 'paragraph', children: rest }, ...tail] : tail;
}

/** Chirpy's look: the `prompt-*` class and a hidden label. */
function makePrompt(node: Blockquote, classes: string[], type: CalloutType, options: CalloutOptions): void {
  node.data = node.data ?? {};
  node.data.hProperties = {
    ...node.data.hProperties,
    className: [...classes.filter((c) => !c.startsWith('prompt-')), `prompt-${type}`],
  };
  const label = options.labels?.[type];
  if (label) {
    node.children.unshift({
      type: 'paragraph',
      data: { hName: 'span', hProperties: { className: ['sr-only'] } },
      children: [{ type: 'text', value: label }],
    });
  }
}

/** Obsidian's callout: a title row (the fold control when foldable) and the content. */
function makeCallout(
  node: Blockquote,
  classes: string[],
  marker: Marker,
  options: CalloutOptions,
  containers: WeakSet<Blockquote>,
): void {
  const family = calloutFamily(marker.type);
  const foldable = marker.fold !== '';
  const name = (options.titles ?? ENGLISH)[family];
  const title: PhrasingContent[] =
    marker.title.length === 0
      ? [{ type: 'text', value: name }]
      : [
          ...(options.typeLabel
            ? [
                {
                  type: 'text' as const,
                  value: options.typeLabel.replace('{type}', name),
                  data: { hName: 'span', hProperties: { className: ['sr-only'] } },
                },
              ]
            : []),
          ...marker.title,
        ];
  const body = bodyOf(node, marker.rest);
  const heading: Paragraph = {
    type: 'paragraph',
    data: { hName: foldable ? 'summary' : 'div', hProperties: { className: ['callout-title'] } },
    children: title,
  };
  const content: Blockquote = {
    type: 'blockquote',
    data: { hName: 'div', hProperties: { className: ['callout-content'] } },
    children: body,
  };
  containers.add(content);
  node.data = node.data ?? {};
  node.data.hName = foldable ? 'details' : 'div';
  node.data.hProperties = {
    ...node.data.hProperties,
    className: [...classes.filter((c) => !c.startsWith('prompt-')), 'callout'],
    dataCallout: family,
    ...(marker.fold === '+' ? { open: true } : {}),
  };
  node.children = body.length > 0 ? [heading, content] : [heading];
}

/** The remark plugin. */
export function remarkCallouts(options: CalloutOptions = {}) {
  return (tree: Root): void => {
    // The content boxes this run made are quotes too: their first line is never a marker.
    const containers = new WeakSet<Blockquote>();
    visit(tree, 'blockquote', (node) => {
      if (containers.has(node)) return;
      const classes = classesOf(node);
      const prompt = classes.find((c) => c.startsWith('prompt-') && TYPES.has(c.slice(7)));
      if (prompt) {
        makePrompt(node, classes, prompt.slice(7) as CalloutType, options);
        return;
      }
      const marker = readMarker(node);
      if (!marker) return;
      const plain = marker.fold === '' && marker.title.length === 0;
      if (options.kind !== 'note' && plain) {
        const type = PROMPT_OF[marker.type.toLowerCase()];
        // Posts and pages: a plain marker looks as it did before callouts (an unknown one stays text).
        if (!type) return;
        node.children = bodyOf(node, marker.rest);
        makePrompt(node, classes, type, options);
        return;
      }
      makeCallout(node, classes, marker, options, containers);
    });
  };
}
