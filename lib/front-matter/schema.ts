/**
 * The front matter keys xiaoji reads, declared: one table row per key with its shape, its coercion
 * (valibot), the value used when it is absent or wrong, and its messages. YAML values arrive as
 * plain data (lib/front-matter/yaml-entries.ts): `null` for an empty value, strings, `Scalar` for
 * numbers, true/false and YAML 1.1's yes/no/on/off, arrays and objects.
 */
import { decodeHTML } from 'entities';
import * as v from 'valibot';
import { dayInZone, parseNoteDate } from '../dates';
import { PERMALINK_PLACEHOLDERS, prettySlug } from '../slug';

/**
 * A plain YAML value that is not a string in YAML 1.2 (a number, `true`, `false`), or one of YAML 1.1's
 * boolean words (`yes`, `no`, `on`, `off`), which Jekyll reads as booleans and YAML 1.2 as text.
 * `text` is the value as written, so a title of `1.10` stays `1.10`.
 */
export class Scalar {
  constructor(
    readonly text: string,
    readonly value: number | bigint | boolean,
    readonly yaml11 = false,
  ) {}
}

/** One key: how its value is read, the value when it is absent or wrong, and a warning for a value read other than as written. */
export interface Field<T> {
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  warn?: (input: unknown) => string[];
}

const field = <T>(schema: v.GenericSchema<unknown, T>, fallback: T, warn?: Field<T>['warn']): Field<T> => ({
  schema,
  fallback,
  warn,
});

/** How a value looks in a message: quoted text, `a list`, `a map` or `nothing`. */
export function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null || input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(clip(input));
  if (input instanceof Scalar) return JSON.stringify(clip(input.text));
  return 'a map';
}

export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const isText = (input: unknown): input is string | Scalar =>
  typeof input === 'string' || input instanceof Scalar;
const textOf = (input: string | Scalar): string => (typeof input === 'string' ? input : input.text);
const isMap = (input: unknown): input is Record<string, unknown> =>
  input !== null && typeof input === 'object' && !(input instanceof Scalar) && !Array.isArray(input);

/** Any single value, as trimmed text; empty is null. */
const text = v.pipe(
  v.union(
    [v.null(), v.string(), v.instance(Scalar)],
    (issue) => `${describe(issue.input)} is not text (expected a single string)`,
  ),
  v.transform((input) => (input === null ? null : textOf(input).trim() || null)),
);

/**
 * Text Jekyll prints into HTML unescaped (title, description): its entities (`&sect;`, `&amp;`,
 * `&#39;`) are decoded here, once, as a browser reads them on a Chirpy page, so every place that
 * shows it (h1, <title>, lists, feed, search, JSON-LD) escapes the plain text once.
 */
const htmlText = v.pipe(
  text,
  v.transform((value) => (value?.includes('&') ? decodeHTML(value).trim() || null : value)),
);

/** `true`/`false`; YAML 1.1's `yes`/`no`/`on`/`off` are read with a warning; empty means the default. */
function flag(fallback: boolean): Field<boolean> {
  const isBoolean = (input: unknown): input is Scalar =>
    input instanceof Scalar && typeof input.value === 'boolean';
  return field(
    v.pipe(
      v.union(
        [v.null(), v.custom<Scalar>(isBoolean)],
        (issue) => `${describe(issue.input)} is not a boolean (expected true or false)`,
      ),
      v.transform((input) => (input === null ? fallback : input.value === true)),
    ),
    fallback,
    (input) => {
      if (input === null) return [`is empty, so the default ${fallback} is used (expected true or false)`];
      if (!(input instanceof Scalar) || !input.yaml11) return [];
      return [
        `${describe(input)} is read as ${input.value}; write ${input.value} (YAML 1.2 has no yes/no/on/off)`,
      ];
    },
  );
}

const LIST_EXPECTED = 'expected a list of strings or a single string';
const listItem = v.union([v.null(), v.string(), v.instance(Scalar)]);

/**
 * A YAML list of strings, or one string (split on whitespace when `split`, as Jekyll does for
 * `tags` and `categories`); items are trimmed, empty ones dropped. Numbers and true/false are text
 * inside a list but not on their own (Jekyll would not split them).
 */
function list(split: boolean): Field<string[]> {
  const isWord = (input: unknown): input is Scalar => input instanceof Scalar && input.yaml11;
  return field(
    v.pipe(
      v.union([v.null(), v.string(), v.custom<Scalar>(isWord), v.array(listItem)], (issue) => {
        const bad = Array.isArray(issue.input)
          ? issue.input.find((item) => item !== null && !isText(item))
          : undefined;
        return bad === undefined
          ? `${describe(issue.input)} is not a list (${LIST_EXPECTED})`
          : `has ${describe(bad)} as an item (${LIST_EXPECTED})`;
      }),
      v.transform((input) => {
        if (input === null) return [];
        const items = Array.isArray(input)
          ? input.filter((item) => item !== null).map(textOf)
          : split
            ? textOf(input).split(/\s+/)
            : [textOf(input)];
        return items.map((item) => item.trim()).filter((item) => item !== '');
      }),
    ),
    [],
  );
}

/**
 * A date as an ISO instant (lib/dates.ts: without an offset, in `timeZone`); empty is null. Archives,
 * URLs and the feed need a four-digit year, in UTC and in the site's zone alike.
 */
function date(timeZone: string): Field<string | null> {
  return field(
    v.pipe(
      v.union(
        [v.null(), v.string()],
        (issue) => `${describe(issue.input)} is not a date (expected ${DATE_EXPECTED})`,
      ),
      v.rawTransform(({ dataset: { value }, addIssue, NEVER }) => {
        if (value === null) return null;
        const parsed = parseNoteDate(value, timeZone);
        let message: string | null = null;
        if (!parsed.ok) message = `${describe(value)} is not a date (expected ${parsed.expected})`;
        else if (!/^(?!0000)\d{4}-/.test(parsed.iso))
          message = `${describe(value)} is in the year ${new Date(parsed.iso).getUTCFullYear()} in UTC (expected a year from 0001 to 9999)`;
        else if (!/^(?!0000)\d{4}-/.test(dayInZone(parsed.iso, timeZone)))
          message = `${describe(value)} falls outside the years 0001 to 9999 in ${timeZone} (expected a year from 0001 to 9999)`;
        if (message === null && parsed.ok) return parsed.iso;
        addIssue({ message: message ?? '' });
        return NEVER;
      }),
    ),
    null,
  );
}

const nonDate = parseNoteDate(null, 'UTC');
const DATE_EXPECTED = nonDate.ok ? '' : nonDate.expected;

/** `slug:` as Jekyll reads it for `:title`: its pretty slug, case kept (lib/slug.ts). */
const slug = v.pipe(
  text,
  v.rawTransform(({ dataset: { value }, addIssue, NEVER }) => {
    if (value === null) return null;
    const made = prettySlug(value);
    if (made !== '') return made;
    addIssue({
      message: `${JSON.stringify(clip(value))} has no letters or digits to make a URL from (expected a slug such as my-note)`,
    });
    return NEVER;
  }),
);

/** `permalink:` a whole site path such as `/2021/hello/` (Jekyll placeholders such as `:title` are filled in). */
const permalink = field(
  v.pipe(
    text,
    v.check(
      (value) =>
        value === null ||
        (value.startsWith('/') && !/[?#\s]/.test(value) && !value.split('/').includes('..')),
      (issue) =>
        `${JSON.stringify(clip(String(issue.input)))} is not a site path (expected one starting with / such as /2021/hello/, without spaces, ? or #)`,
    ),
  ),
  null,
  (input) =>
    [...(isText(input) ? textOf(input) : '').matchAll(/:([a-z_]+)/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => !PERMALINK_PLACEHOLDERS.includes(name))
      .map(
        (name) =>
          `the placeholder ":${name}" is kept as written (xiaoji fills in ${PERMALINK_PLACEHOLDERS.map((p) => `:${p}`).join(', ')})`,
      ),
);

/** jekyll-redirect-from's `redirect_from:`: one site path or a list of them. */
const redirectFrom = field(
  v.pipe(
    list(false).schema,
    v.rawTransform(({ dataset: { value }, addIssue }) =>
      value.filter((path) => {
        if (path.startsWith('/') && !/[?#\s]/.test(path)) return true;
        addIssue({
          message: `${JSON.stringify(clip(path))} is not a site path (expected one starting with /, such as /old-name/)`,
        });
        return false;
      }),
    ),
  ),
  [],
);

/** `image: path` or `image: { path (or src), alt, lqip }`; paths are resolved against `media_subpath` later. */
const imageMap = v.pipe(
  v.custom<Record<string, unknown>>(isMap),
  v.transform((map) => ({
    path: 'path' in map ? map.path : (map.src ?? null),
    alt: map.alt ?? null,
    lqip: map.lqip ?? null,
  })),
  v.object({ path: text, alt: text, lqip: text }),
  v.rawTransform(({ dataset: { value }, addIssue, NEVER }) => {
    if (value.path !== null) return { path: value.path, alt: value.alt ?? '', lqip: value.lqip };
    addIssue({
      message: 'is missing (expected image: { path: ..., alt: ... } or image: <path>)',
      path: [{ type: 'object', origin: 'value', input: value, key: 'path', value: null }],
    });
    return NEVER;
  }),
);
export type CoverImage = { path: string; alt: string; lqip: string | null };
const imagePath = v.pipe(
  text,
  v.transform((path): CoverImage | null => (path === null ? null : { path, alt: '', lqip: null })),
);
const image = v.lazy(
  (input): v.GenericSchema<unknown, CoverImage | null> => (isMap(input) ? imageMap : imagePath),
);

/**
 * `series_order:` a post's place in its series (lib/series/order.ts): a number, or text that is one
 * (`"2"`); 1.5 goes between the first and second.
 */
const seriesOrder = v.pipe(
  v.union(
    [v.null(), v.string(), v.instance(Scalar)],
    (issue) => `${describe(issue.input)} is not a number (expected a number such as 1, 2 or 2.5)`,
  ),
  v.rawTransform(({ dataset: { value }, addIssue, NEVER }) => {
    if (value === null) return null;
    const written = textOf(value).trim();
    const number =
      value instanceof Scalar && typeof value.value === 'number'
        ? value.value
        : /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(written)
          ? Number(written)
          : Number.NaN;
    if (Number.isFinite(number)) return number;
    addIssue({
      message: `${describe(value)} is not a number (expected a number such as 1, 2 or 2.5)`,
    });
    return NEVER;
  }),
);

/**
 * `license:` a licence id such as `CC-BY-SA-4.0` or the writer's own text (lib/license/); `false`
 * hides the post's licence line; empty or `true` keeps the site's.
 */
const license = field(
  v.pipe(
    v.union(
      [
        v.null(),
        v.string(),
        v.custom<Scalar>((input) => input instanceof Scalar && typeof input.value === 'boolean'),
      ],
      (issue) =>
        `${describe(issue.input)} is not a licence (expected an id such as CC-BY-4.0, your own text, or false to show none)`,
    ),
    v.transform((input): string | false | null =>
      input instanceof Scalar ? (input.value === false ? false : null) : input?.trim() || null,
    ),
  ),
  null,
);

/**
 * Every key xiaoji reads (in the order "did you mean" prefers them); each is read once. Keys in
 * NOTE_ONLY_KEYS are read for Obsidian notes only; elsewhere they are unknown keys.
 */
export function frontMatterFields(timeZone: string) {
  const dateField = date(timeZone);
  return {
    title: field(htmlText, null),
    date: dateField,
    last_modified_at: dateField,
    categories: list(true),
    category: list(false),
    tags: list(true),
    tag: list(false),
    toc: flag(true),
    comments: flag(true),
    pin: flag(false),
    published: flag(true),
    draft: flag(false),
    hidden: flag(false),
    math: flag(false),
    mermaid: flag(false),
    render_with_liquid: flag(true),
    description: field(htmlText, null),
    slug: field(slug, null),
    permalink,
    redirect_from: redirectFrom,
    image: field(image, null),
    media_subpath: field(text, null),
    img_path: field(text, null),
    author: list(false),
    authors: list(false),
    created: dateField,
    updated: dateField,
    publish: flag(true),
    aliases: list(false),
    series: field(htmlText, null),
    series_order: field(seriesOrder, null),
    license,
  };
}
export type FrontMatterFields = ReturnType<typeof frontMatterFields>;
/** What each key reads as: its schema's output, or its fallback. */
export type FrontMatterValues = { [K in keyof FrontMatterFields]: FrontMatterFields[K]['fallback'] };
export const READ_KEYS = Object.keys(frontMatterFields('UTC')) as (keyof FrontMatterFields)[];
/** Obsidian's keys: read for `kind: 'note'` only, since Jekyll and Chirpy do not read them. */
export const NOTE_ONLY_KEYS: ReadonlySet<string> = new Set(['created', 'updated', 'publish']);
