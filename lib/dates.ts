/**
 * Dates the Jekyll way, time zones the Intl way: front matter dates become UTC instants,
 * and days/months are always computed in the site time zone (never the server's).
 */

export type DateLocale = 'zh-CN' | 'en';

export type ParsedDate = { ok: true; iso: string } | { ok: false; expected: string };

const FORMAT = 'YYYY-MM-DD HH:MM:SS +ZZZZ';
const DAY_MS = 86_400_000;

// YAML 1.1 timestamps plus what Ruby's Time.parse accepts in Jekyll front matter:
// `T` or spaces between date and time, optional seconds/fraction, `Z`, `+08`, `+0800`, `+08:00`.
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:[ \t]*([Zz]|[+-]\d{1,2}(?::?\d{2})?))?$/;
const FILE_DATE_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;
const YEAR_MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Accepts a front matter date (string or Date) and returns its UTC instant; wall times without an offset are read in `timeZone`. */
export function parseNoteDate(value: unknown, timeZone: string): ParsedDate {
  // A Date arrives when another YAML reader already resolved a timestamp: keep the instant it holds.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, expected: FORMAT }
      : { ok: true, iso: value.toISOString() };
  }
  if (typeof value !== 'string') return { ok: false, expected: FORMAT };
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return { ok: false, expected: FORMAT };
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const rangeProblem = checkRanges(year, month, day, Number(h), Number(mi), Number(s));
  if (rangeProblem) return { ok: false, expected: rangeProblem };
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wall = utcFromParts(year, month, day, Number(h), Number(mi), Number(s), millis);
  if (offset === undefined) return { ok: true, iso: new Date(zonedWallToUtc(wall, timeZone)).toISOString() };
  const offsetMs = parseOffset(offset);
  if (offsetMs === null) return { ok: false, expected: `${FORMAT} with an offset between -23:59 and +23:59` };
  return { ok: true, iso: new Date(wall - offsetMs).toISOString() };
}

/** Midnight in `timeZone` of the `YYYY-MM-DD-` prefix of a Jekyll post file name, as ISO; null when absent or impossible. */
export function dateFromFileName(fileName: string, timeZone: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = FILE_DATE_PATTERN.exec(base);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (checkRanges(year, month, day, 0, 0, 0)) return null;
  return new Date(zonedWallToUtc(utcFromParts(year, month, day, 0, 0, 0, 0), timeZone)).toISOString();
}

/** The calendar day (`YYYY-MM-DD`) of an ISO instant in `timeZone`; throws RangeError on an invalid instant or zone. */
export function dayInZone(iso: string, timeZone: string): string {
  const wall = new Date(wallInZone(iso, timeZone));
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1, 2)}-${pad(wall.getUTCDate(), 2)}`;
}

/** The day of an ISO instant in `timeZone`, for readers: `2025年11月28日` (zh-CN) or `Nov 28, 2025` (en). */
export function formatDay(iso: string, timeZone: string, locale: DateLocale): string {
  const [year, month, day] = dayInZone(iso, timeZone).split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${year}年${month}月${day}日`;
  return `${(MONTHS_LONG[month - 1] ?? '').slice(0, 3)} ${day}, ${year}`;
}

/** The month name of a `YYYY-MM` key: `11月` (zh-CN) or `November` (en); throws RangeError on a malformed key. */
export function formatMonth(yearMonth: string, locale: DateLocale): string {
  const { month } = splitYearMonth(yearMonth);
  return locale === 'zh-CN' ? `${month}月` : (MONTHS_LONG[month - 1] ?? '');
}

/** Year and month of a `YYYY-MM` key: `2025年11月` (zh-CN) or `November 2025` (en); throws RangeError on a malformed key. */
export function formatYearMonth(yearMonth: string, locale: DateLocale): string {
  const { year, month } = splitYearMonth(yearMonth);
  return locale === 'zh-CN' ? `${year}年${month}月` : `${MONTHS_LONG[month - 1] ?? ''} ${year}`;
}

function splitYearMonth(yearMonth: string): { year: number; month: number } {
  const match = YEAR_MONTH_PATTERN.exec(yearMonth);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12)
    throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(yearMonth)}`);
  return { year: Number(match[1]), month };
}

/** Says what a valid value looks like when a part is out of range, else null. */
function checkRanges(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | null {
  if (month < 1 || month > 12) return `${FORMAT} with a month from 01 to 12`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return `${FORMAT} with a day from 01 to ${last} in ${pad(year, 4)}-${pad(month, 2)}`;
  if (hour > 23) return `${FORMAT} with an hour from 00 to 23`;
  if (minute > 59) return `${FORMAT} with minutes from 00 to 59`;
  if (second > 59) return `${FORMAT} with seconds from 00 to 59`;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcFromParts(year, month + 1, 0, 0, 0, 0, 0)).getUTCDate();
}

// setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
function utcFromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** `Z`, `+8`, `+08`, `+0800`, `+08:00` → milliseconds east of UTC; null when out of range. */
function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new RangeError(
        `unknown time zone ${JSON.stringify(timeZone)} (expected an IANA name such as Asia/Shanghai)`,
      );
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (`GMT+05:53:28` style, seconds included). */
function offsetAt(ms: number, timeZone: string): number {
  const name =
    offsetFormat(timeZone)
      .formatToParts(ms)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new RangeError(`cannot read the UTC offset of ${timeZone} from ${JSON.stringify(name)}`);
  if (!match[1]) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? '0');
  return (match[1] === '-' ? -1 : 1) * seconds * 1000;
}

/** Wall-clock time of `iso` in `timeZone`, encoded as if it were UTC milliseconds. */
function wallInZone(iso: string, timeZone: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${JSON.stringify(iso)}`);
  return ms + offsetAt(ms, timeZone);
}

/**
 * The instant a wall-clock time (encoded as UTC ms) names in `timeZone`. Like Temporal's
 * "compatible": a time repeated when clocks go back is the earlier one; a time skipped when
 * clocks go forward is read with the offset before the jump (02:30 becomes 03:30).
 */
function zonedWallToUtc(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((ms) => ms + offsetAt(ms, timeZone) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
