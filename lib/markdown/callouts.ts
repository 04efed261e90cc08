/**
 * remark plugin: Chirpy prompts and GitHub alerts as one kind of callout. A blockquote with a
 * `prompt-*` class (from `{: .prompt-tip }`) or opening with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]`, `[!CAUTION]` (Obsidian's names too) gets the `prompt-*` class the stylesheet draws
 * with an icon, and a visually hidden label so screen readers say what the icon shows.
 */
import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type CalloutType = 'tip' | 'info' | 'warning' | 'danger' | 'important';

/** Screen-reader names of the callout types, in the UI language. */
export type CalloutLabels = Record<CalloutType, string>;

const TYPES = new Set<string>(['tip', 'info', 'warning', 'danger', 'important']);
// GitHub's five alerts first, then Obsidian's callout names people paste along.
const ALERT_TYPES: Record<string, CalloutType> = {
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
const ALERT_MARKER = /^\[!([a-z]+)\][+-]?[ \t]*(?:\n|$)/i;

function classesOf(node: Blockquote): string[] {
  const className: unknown = node.data?.hProperties?.className;
  if (Array.isArray(className)) return className.map(String);
  return typeof className === 'string' ? className.split(/\s+/) : [];
}

/** A GitHub/Obsidian alert marker opening the quote: removed, its type returned. */
function takeAlertMarker(node: Blockquote): CalloutType | null {
  const paragraph = node.children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const text = paragraph.children[0];
  if (text?.type !== 'text') return null;
  const match = ALERT_MARKER.exec(text.value);
  const type = match ? ALERT_TYPES[(match[1] ?? '').toLowerCase()] : undefined;
  if (!match || !type) return null;
  text.value = text.value.slice(match[0].length);
  if (text.value === '') paragraph.children.shift();
  // `> [!NOTE]` alone on its line leaves a break or nothing before the body.
  if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
  if (paragraph.children.length === 0) node.children.shift();
  return type;
}

/** The remark plugin; without `labels` no hidden label is added (TOC and search extraction). */
export function remarkCallouts(options: { labels?: CalloutLabels } = {}) {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node) => {
      const classes = classesOf(node);
      const prompt = classes.find((c) => c.startsWith('prompt-') && TYPES.has(c.slice(7)));
      const type = (prompt?.slice(7) as CalloutType | undefined) ?? takeAlertMarker(node);
      if (!type) return;
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
    });
  };
}
