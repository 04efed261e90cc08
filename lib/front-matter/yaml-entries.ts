/**
 * Front matter YAML -> one entry per top-level key (its line and its value as plain data), with the
 * problems of the YAML itself and of its keys: syntax, repeated keys, unknown keys (with the key
 * probably meant), control characters. What each value means is lib/front-matter/schema.ts's job.
 * YAML is read with the 1.2 core schema, so dates stay strings and `yes`/`no` are not booleans
 * (plain `yes`/`no`/`on`/`off` become a `Scalar` marked yaml11, read as booleans with a warning).
 */
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type YAMLError,
} from 'yaml';
import type { ContentProblem } from '../types';
import { clip, Scalar } from './schema';

export type Report = (
  severity: ContentProblem['severity'],
  field: string,
  line: number,
  message: string,
) => void;

export interface Entry {
  line: number;
  /** `null`, a string, a `Scalar`, an array or a map (an object without prototype) of those. */
  value: unknown;
}

// YAML 1.1 (Jekyll's) booleans that YAML 1.2 reads as text.
const YAML11_BOOLEANS = new Map<string, boolean>([
  ...'yes Yes YES on On ON'.split(' ').map((word): [string, boolean] => [word, true]),
  ...'no No NO off Off OFF'.split(' ').map((word): [string, boolean] => [word, false]),
]);
// NUL, ESC and the like are not text: HTML and XML cannot carry them and a terminal would run them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Lists and maps deeper than this are kept as empty ones: no field reads that far, messages only name their kind. */
const KEPT_DEPTH = 3;
/**
 * Deepest nesting of lists and maps read. The YAML library builds a document by recursion and reports a
 * stack overflow as an error, so past a few thousand levels whether a note can be read would depend on
 * how much stack the caller has left (the checker and the content build would disagree).
 */
const MAX_NESTING = 100;

/**
 * The entries of the front matter's top-level map, keys as written; `defaults` fill keys the note
 * does not set (those of `knownKeys` only), read at the first YAML line. Null when the YAML cannot be read.
 */
export function readYamlEntries(
  yaml: string,
  firstLine: number,
  knownKeys: ReadonlySet<string>,
  defaults: Readonly<Record<string, unknown>>,
  report: Report,
): { entries: Map<string, Entry>; keyLines: Record<string, number> } | null {
  const lines = new LineCounter();
  const lineOf = (offset: number): number => firstLine - 1 + Math.max(1, lines.linePos(offset).line);
  // parseDocument() in two steps, so that nesting is measured between them.
  const tokens = [...new Parser(lines.addNewLine).parse(yaml)];
  const tooDeep = tokenDeeperThan(tokens, MAX_NESTING);
  if (tooDeep) {
    report(
      'error',
      'yaml',
      lineOf(tooDeep.offset),
      `is nested more than ${MAX_NESTING} levels deep (expected plain values and lists a few levels deep)`,
    );
    return null;
  }
  const composer = new Composer({
    schema: 'core',
    version: '1.2',
    uniqueKeys: false, // Jekyll keeps the last of two equal keys; we warn instead of failing.
    logLevel: 'silent', // so a second document is ignored, as parseDocument() does
  });
  const [doc] = composer.compose(tokens, true, yaml.length);
  if (!doc) return { entries: new Map(), keyLines: {} };
  const lineOfNode = (node: unknown): number => {
    const range = isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range : null;
    return range ? lineOf(range[0]) : 0;
  };
  for (const error of doc.errors) report('error', 'yaml', lineOf(error.pos[0]), yamlMessage(error));
  for (const warning of doc.warnings) report('warning', 'yaml', lineOf(warning.pos[0]), yamlMessage(warning));
  // After a syntax error the document is a guess; field problems would only add noise.
  if (doc.errors.length > 0) return null;
  checkAliasExpansion(doc, firstLine, report);
  checkNestedKeys(doc.contents, 0, lineOfNode, report);
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const what = isSeq(contents) ? 'a list' : 'a single value';
    report(
      'error',
      'yaml',
      firstLine,
      `the front matter is ${what} (expected key: value lines such as title: ...)`,
    );
    return null;
  }
  const entries = new Map<string, Entry>();
  const keyLines: Record<string, number> = {};
  for (const pair of contents?.items ?? []) {
    const key = toInput(pair.key, doc);
    const line = lineOfNode(pair.key) || lineOfNode(pair.value) || firstLine;
    if (typeof key !== 'string' && !(key instanceof Scalar)) {
      report(
        'warning',
        'yaml',
        line,
        'a key that is not plain text is ignored (expected a plain key such as title)',
      );
      continue;
    }
    const name = typeof key === 'string' ? key : key.text;
    checkKey(name, line, pair.value, entries.get(name), knownKeys, report);
    entries.set(name, { line, value: toInput(pair.value, doc) });
    keyLines[name] = line;
  }
  for (const [key, value] of Object.entries(defaults)) {
    if (!entries.has(key) && knownKeys.has(key))
      entries.set(key, { line: firstLine, value: toInput(doc.createNode(value), doc) });
  }
  return { entries, keyLines };
}

/** The first token nested deeper than `limit` lists and maps, found without recursion. */
function tokenDeeperThan(tokens: CST.Token[], limit: number): CST.Token | null {
  const pending: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [token, depth] = next;
    if (depth > limit) return token;
    if (token.type === 'document' && token.value) pending.push([token.value, depth]);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        for (const part of [item.key, item.value]) if (part) pending.push([part, depth + 1]);
      }
    }
  }
  return null;
}

/** What is wrong with one top-level key itself: repeated, unknown, Contentlayer's own, odd characters. */
function checkKey(
  key: string,
  line: number,
  value: unknown,
  previous: Entry | undefined,
  knownKeys: ReadonlySet<string>,
  report: Report,
): void {
  // Jekyll keeps the last value, but Contentlayer's YAML reader refuses the whole note.
  if (previous)
    report(
      'error',
      key,
      line,
      `is also given on line ${previous.line} (expected each key once: the build cannot read a repeated key)`,
    );
  if (!knownKeys.has(key)) {
    const guess = suggestKey(key, knownKeys);
    const hint = guess
      ? ` (did you mean \`${guess}\`?)`
      : ' (expected a key such as title, date, categories, tags or description)';
    report('warning', key, line, `is not a front matter key xiaoji reads, so it is ignored${hint}`);
  }
  if (key === '_contentlayerType') {
    report(
      'error',
      key,
      line,
      'is the key Contentlayer reads the document type from, so this post would not be a post (expected no _contentlayerType key)',
    );
  }
  if (someString(value, (s) => new RegExp(CONTROL_CHARACTERS.source).test(s)))
    report(
      'warning',
      key,
      line,
      'holds control characters (such as NUL or ESC), which are removed (expected printable text)',
    );
  if (someString(value, (s) => !s.isWellFormed()))
    report(
      'warning',
      key,
      line,
      'holds an escape for half a character (such as \\ud800), shown as � (expected a whole character)',
    );
}

/** A YAML node (aliases followed) as plain data; numbers and booleans keep their source text in a `Scalar`. */
function toInput(node: unknown, doc: Document.Parsed, depth = 0): unknown {
  const resolved = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(resolved)) {
    const map: Record<string, unknown> = Object.create(null);
    if (depth >= KEPT_DEPTH) return map;
    for (const pair of resolved.items) {
      const key = toInput(pair.key, doc, depth + 1);
      if (typeof key === 'string' || key instanceof Scalar)
        map[typeof key === 'string' ? key : key.text] = toInput(pair.value, doc, depth + 1);
    }
    return map;
  }
  if (isSeq(resolved))
    return depth >= KEPT_DEPTH ? [] : resolved.items.map((item) => toInput(item, doc, depth + 1));
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) return null;
  const raw = resolved.value;
  // A YAML escape such as "\ud800" makes half a character, which no JSON reader downstream accepts.
  const text = (typeof raw === 'string' ? raw : (resolved.source ?? String(raw)))
    .toWellFormed()
    .replace(CONTROL_CHARACTERS, '');
  if (typeof raw === 'string') {
    const yaml11 = resolved.type === 'PLAIN' ? YAML11_BOOLEANS.get(text) : undefined;
    return yaml11 === undefined ? text : new Scalar(text, yaml11, true);
  }
  return typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean'
    ? new Scalar(text, raw)
    : text;
}

/**
 * Contentlayer reads the same YAML with yaml.parse(), which refuses aliases that expand to more than
 * 100 nodes (a "billion laughs" guard); such a note would fail the build, so it is an error here.
 */
function checkAliasExpansion(doc: Document.Parsed, firstLine: number, report: Report): void {
  try {
    doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    report(
      'error',
      'yaml',
      firstLine,
      `cannot be read: ${reason} (expected at most 100 uses of aliases such as *name)`,
    );
  }
}

/** Repeated keys inside nested maps (such as `image:`): Contentlayer's reader refuses them as well. */
function checkNestedKeys(
  node: unknown,
  depth: number,
  lineOfNode: (node: unknown) => number,
  report: Report,
): void {
  if (depth > 32) return; // deeper YAML is already refused by the parser's own limits
  if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      if (depth > 0 && isScalar(pair.key)) {
        if (seen.has(pair.key.value)) {
          report(
            'error',
            'yaml',
            lineOfNode(pair.key),
            `${JSON.stringify(clip(String(pair.key.value)))} is given twice in the same map (expected each key once: the build cannot read a repeated key)`,
          );
        }
        seen.add(pair.key.value);
      }
      checkNestedKeys(pair.value, depth + 1, lineOfNode, report);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkNestedKeys(item, depth + 1, lineOfNode, report);
  }
}

/** True when a YAML node holds a string for which `test` holds (values of maps and lists included). */
function someString(node: unknown, test: (text: string) => boolean, depth = 0): boolean {
  if (depth > 32) return false;
  if (isScalar(node)) return typeof node.value === 'string' && test(node.value);
  if (isSeq(node)) return node.items.some((item) => someString(item, test, depth + 1));
  if (isMap(node)) return node.items.some((pair) => someString(pair.value, test, depth + 1));
  return false;
}

// The YAML mistakes people make in front matter, and the fix in their words.
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be put in quotes',
  BAD_SCALAR_START: 'put the value in quotes',
  MULTILINE_IMPLICIT_KEY: 'a key and its value start on the same line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'expected the closing quote or bracket on this line',
  BAD_INDENT: 'expected the items of one list or map to start in the same column',
  BAD_DQ_ESCAPE: 'expected \\\\ for a backslash inside double quotes, or single quotes',
  TAG_RESOLVE_FAILED: 'expected no `!tag`; the value is read as plain text',
  RESOURCE_EXHAUSTION: 'expected plain values and lists a few levels deep',
  MULTIPLE_DOCS: 'expected one front matter block between two --- lines',
  DUPLICATE_KEY: 'expected each key once',
};
/** For every other YAML mistake: what a front matter line looks like. */
const YAML_EXPECTED =
  'expected `key: value` lines; quote values that contain `: `, ` #`, `[`, `{` or start with `*`, `&`, `!`, `@`, `%`';

/** The first line of a YAML library message, with a hint for common mistakes. */
function yamlMessage(error: YAMLError): string {
  // "Maximum call stack size exceeded" says nothing to a writer: the value is nested too deeply.
  const first =
    error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)
      ? 'is nested too deeply to read'
      : (error.message.split('\n')[0]?.trim() ?? '');
  return `${first} (${YAML_HINTS[error.code] ?? YAML_EXPECTED})`;
}

/** The known key closest to `key` (optimal string alignment distance at most 2, and under half its length). */
function suggestKey(key: string, knownKeys: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of knownKeys) {
    const distance = editDistance(key, known);
    if (distance < bestDistance && distance * 2 < known.length) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance where swapping two neighbouring characters costs 1 (`tgas` -> `tags`); 3 means "3 or more". */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const width = b.length + 1;
  const d: number[] = Array.from({ length: (a.length + 1) * width }, (_, k) =>
    k < width ? k : k % width === 0 ? k / width : 0,
  );
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}
