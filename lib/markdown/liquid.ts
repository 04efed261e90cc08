/**
 * Jekyll's Liquid pass, on the `.md` body before markdown is parsed, except in code: Jekyll ran Liquid
 * over code too, so `${{ secrets.X }}` in a workflow or `{{ question }}` in a prompt template vanished
 * from the author's own Chirpy site. Fenced, indented and inline code is kept exactly as written (only a
 * `{% raw %}…{% endraw %}` pair inside it goes, as on Chirpy), with a warning that the code differs from
 * what the Chirpy site showed. Line-preserving: every replaced span keeps its line breaks, so a line in
 * the output is the same line in the file and problems point at the right place.
 */
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lineIndexAt, lineStarts } from '../line-index';
import { postUrl, slugFromFileName } from '../slug';
import type { ContentProblem } from '../types';
import { resolveMediaPath } from './media';

export interface LiquidOptions {
  /** Path shown in problems, e.g. `content/posts/x.md`. */
  file?: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine?: number;
  /** Chirpy `media_subpath`: prefix for relative embed sources, as Chirpy applies it. */
  mediaSubpath?: string | null;
}

export interface LiquidResult {
  text: string;
  problems: ContentProblem[];
}

const TAG_OPEN = /\{%-?|\{\{-?/g;
const END_TAG = (name: string) => new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g');
// Tags whose block content is dropped with them, as Liquid outputs nothing for it.
const SILENT_BLOCKS = new Set(['comment', 'capture']);
// Control flow xiaoji cannot evaluate: the tag goes, the text between the tags stays.
const CONTROL_TAGS = new Set(
  `if elsif else endif unless endunless case when endcase for endfor tablerow endtablerow break continue
  assign increment decrement cycle echo liquid render include_relative endcapture endcomment endraw`.split(
    /\s+/,
  ),
);
// Chirpy's `_includes/embed/*.html`: the page a reader can open instead of the player.
const EMBED_PAGES: Record<string, (id: string) => string> = {
  youtube: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  bilibili: (id) => `https://www.bilibili.com/video/${encodeURIComponent(id)}`,
  twitch: (id) => `https://www.twitch.tv/videos/${encodeURIComponent(id)}`,
  spotify: (id) => `https://open.spotify.com/${id.replace(/^\/+/, '')}`,
};
const EMBED_NAMES: Record<string, string> = {
  youtube: 'YouTube',
  bilibili: 'Bilibili',
  twitch: 'Twitch',
  spotify: 'Spotify',
};

const markdownParser = unified().use(remarkParse).freeze();

/** Offsets `[start, end)` of every code block and code span in `text`, in order. */
export function findCodeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(markdownParser.parse(text));
  return ranges;
}

/** Runs the Liquid pass over a note body; never throws; what it cannot render it drops, with a warning. */
export function renderLiquid(body: string, options: LiquidOptions = {}): LiquidResult {
  const problems: ContentProblem[] = [];
  const lineOf = lineFinder(body, options.bodyLine ?? 1);
  const warn = (offset: number, message: string) =>
    problems.push({
      file: options.file ?? '',
      line: lineOf(offset),
      field: 'liquid',
      message,
      severity: 'warning',
    });
  let out = '';
  let at = 0;
  const code = findCodeRanges(body);
  TAG_OPEN.lastIndex = 0;
  for (let match = TAG_OPEN.exec(body); match; match = TAG_OPEN.exec(body)) {
    const start = match.index;
    const isOutput = match[0].startsWith('{{');
    const inCode = code.find(([from, to]) => start >= from && start < to);
    if (inCode) {
      const kept = keepInCode(body, start, inCode[1], isOutput);
      if (kept.warning) warn(start, kept.warning);
      out += body.slice(at, start) + kept.text;
      at = kept.end;
      TAG_OPEN.lastIndex = at;
      continue;
    }
    const close = body.indexOf(isOutput ? '}}' : '%}', start + 2);
    if (close === -1) {
      warn(
        start,
        `${isOutput ? '{{' : '{%'} is never closed, so it is shown as text (Jekyll would stop here)`,
      );
      break;
    }
    const end = close + 2;
    const source = body.slice(start, end);
    const inner = body
      .slice(start + match[0].length, close)
      .replace(/-$/, '')
      .trim();
    out += body.slice(at, start);
    if (isOutput) {
      out += keepLines(
        renderOutput(inner, (message) => warn(start, message)),
        source,
      );
      at = end;
    } else {
      const name = /^[\w-]+/.exec(inner)?.[0] ?? '';
      const args = inner.slice(name.length).trim();
      const block = renderTag(body, { name, args, source, start, end }, options, (message) =>
        warn(start, message),
      );
      out += block.text;
      at = block.end;
    }
    TAG_OPEN.lastIndex = at;
  }
  return { text: out + body.slice(at), problems };
}

/**
 * Liquid at `start` inside code that ends at `codeEnd`: kept as written, with a warning, except a
 * `{% raw %}…{% endraw %}` pair within the same code, whose tags go (the code then reads as on Chirpy).
 */
function keepInCode(
  body: string,
  start: number,
  codeEnd: number,
  isOutput: boolean,
): { text: string; end: number; warning?: string } {
  const close = body.indexOf(isOutput ? '}}' : '%}', start + 2);
  if (close === -1 || close + 2 > codeEnd) return { text: body.slice(start, start + 2), end: start + 2 };
  const end = close + 2;
  const source = body.slice(start, end);
  if (!isOutput && /^\{%-?\s*raw\s*-?%\}$/.test(source)) {
    const pattern = END_TAG('raw');
    pattern.lastIndex = end;
    const closing = pattern.exec(body);
    if (closing && closing.index + closing[0].length <= codeEnd) {
      const inside = body.slice(end, closing.index);
      return {
        text: keepLines('', source) + inside + keepLines('', closing[0]),
        end: closing.index + closing[0].length,
      };
    }
  }
  const shown = source.replace(/\s+/g, ' ');
  return {
    text: source,
    end,
    warning: `${shown} in code is kept as written; the Chirpy site ran Liquid over code, so its copy of this code showed ${isOutput ? 'something else (usually nothing) here' : 'the tag run or dropped'}`,
  };
}

interface Tag {
  name: string;
  args: string;
  source: string;
  start: number;
  end: number;
}

/** The text a tag stands for (line breaks kept) and where the scan goes on. */
function renderTag(
  body: string,
  tag: Tag,
  options: LiquidOptions,
  warn: (message: string) => void,
): { text: string; end: number } {
  const { name, args, source, end } = tag;
  if (name === 'raw' || SILENT_BLOCKS.has(name) || name === 'highlight') {
    const pattern = END_TAG(name);
    pattern.lastIndex = end;
    const closing = pattern.exec(body);
    const inside = body.slice(end, closing ? closing.index : body.length);
    const after = closing ? closing.index + closing[0].length : body.length;
    const closingText = closing?.[0] ?? '';
    if (!closing) warn(`{% ${name} %} has no {% end${name} %}; it runs to the end of the note`);
    if (name === 'raw')
      return { text: keepLines('', source) + inside + keepLines('', closingText), end: after };
    if (name === 'highlight') {
      const lang = /^[\w+#.-]+/.exec(args)?.[0] ?? '';
      // Longer than any backtick run inside, so the code cannot close the fence.
      const longest = Math.max(0, ...[...inside.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      const open = `${atLineStart(body, tag.start) ? '' : '\n'}${fence}${lang}`;
      const body2 = inside.startsWith('\n') ? inside : `\n${inside}`;
      return {
        text:
          keepLines(open, source) +
          body2 +
          (body2.endsWith('\n') ? '' : '\n') +
          keepLines(fence, closingText),
        end: after,
      };
    }
    warn(`{% ${name} %} … {% end${name} %} is left out of the page (xiaoji does not run Liquid)`);
    return { text: keepLines('', source + inside + closingText), end: after };
  }
  if (name === 'post_url') {
    // Jekyll takes the whole rest of the tag as the name, spaces included.
    // The name has no extension; Jekyll's URL of the file it names (a `slug:`/`permalink:` there is not seen).
    return { text: keepLines(postUrl({ title: slugFromFileName(`${unquote(args)}.md`) }), source), end };
  }
  if (name === 'link') return { text: keepLines(linkTarget(unquote(args)), source), end };
  if (name === 'include') return { text: keepLines(renderInclude(args, options, warn), source), end };
  if (name === 'gist') {
    const id = args.split(/\s+/)[0] ?? '';
    return { text: keepLines(`[Gist ${id}](https://gist.github.com/${id})`, source), end };
  }
  warn(
    CONTROL_TAGS.has(name)
      ? `{% ${name} %} is dropped (xiaoji does not run Liquid; the text around it is kept)`
      : `{% ${name || '?'} %} is not a tag xiaoji knows, so it is dropped`,
  );
  return { text: keepLines('', source), end };
}

/** `{% include embed/youtube.html id='x' %}` and Chirpy's other embeds become a link; any other include is dropped. */
function renderInclude(args: string, options: LiquidOptions, warn: (message: string) => void): string {
  const file = /^\S+/.exec(args)?.[0] ?? '';
  const params = parseParams(args.slice(file.length));
  const embed = /^embed\/([\w-]+)\.html$/.exec(file)?.[1];
  if (embed && EMBED_PAGES[embed] && params.id) {
    const url = EMBED_PAGES[embed](params.id);
    warn(`{% include ${file} %} is shown as a link to ${url} (xiaoji embeds no players)`);
    return `[▶ ${escapeLinkText(params.title ?? `${EMBED_NAMES[embed]}: ${params.id}`)}](${url}){: .embed-link }`;
  }
  if ((embed === 'video' || embed === 'audio') && params.src) {
    const url = resolveMediaPath(params.src, options.mediaSubpath ?? null);
    warn(`{% include ${file} %} is shown as a link to ${url} (xiaoji embeds no players)`);
    const label = params.title ?? url.split('/').pop() ?? url;
    return `[${embed === 'video' ? '▶' : '♪'} ${escapeLinkText(label)}](${encodeURI(url)}){: .embed-link }`;
  }
  warn(`{% include ${file || '?'} %} is dropped (xiaoji has no Jekyll includes)`);
  return '';
}

/** `{{ … }}`: the site-relative URL filters and `site.baseurl`/`site.url`; anything else is dropped. */
function renderOutput(expression: string, warn: (message: string) => void): string {
  const [head = '', ...filters] = expression.split('|').map((part) => part.trim());
  let value: string | null;
  const literal = /^(['"])(.*)\1$/s.exec(head);
  if (literal) value = literal[2] ?? '';
  else if (head === 'site.baseurl' || head === 'site.url') value = '';
  else value = null;
  if (value === null) {
    warn(`{{ ${expression} }} is dropped (xiaoji does not run Liquid; wrap it in {% raw %} to show it)`);
    return '';
  }
  for (const filter of filters) {
    const filterName = /^\w+/.exec(filter)?.[0];
    if (filterName === 'relative_url' || filterName === 'absolute_url') {
      value = value === '' || /^[a-z][a-z\d+.-]*:|^\//i.test(value) ? value : `/${value}`;
    } else warn(`the Liquid filter "${filterName ?? filter}" is ignored`);
  }
  return value;
}

/** `{% link _posts/2019-08-08-x.md %}` → the post's URL; other files → their site path. */
function linkTarget(path: string): string {
  const clean = path.replace(/^\/+/, '');
  if (/(^|\/)_posts\//.test(clean)) return postUrl({ title: slugFromFileName(clean) });
  if (/\.(?:md|markdown|html)$/i.test(clean))
    return `/${clean.replace(/\.(?:md|markdown|html)$/i, '').replace(/^_?pages\//, '')}`;
  return `/${clean}`;
}

/** `id='x' src="y" autoplay=true` → `{ id: 'x', src: 'y', autoplay: 'true' }`. */
function parseParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    params[m[1] ?? ''] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return params;
}

function unquote(text: string): string {
  return text.trim().replace(/^(['"])(.*)\1$/s, '$2');
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

/** `text` followed by as many line breaks as `source` held, so later lines keep their numbers. */
function keepLines(text: string, source: string): string {
  const breaks = source.split('\n').length - 1 - (text.split('\n').length - 1);
  return text + '\n'.repeat(Math.max(0, breaks));
}

function atLineStart(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}

function lineFinder(text: string, firstLine: number): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => firstLine + lineIndexAt(starts, offset);
}
