import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateFromFileName, dayInZone, formatDay, formatMonth, formatYearMonth, parseNoteDate } from './dates';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const LDN = 'Europe/London';
const FORMAT = 'YYYY-MM-DD HH:MM:SS +ZZZZ';

describe('parseNoteDate accepts what Jekyll accepts', () => {
  const rows: { input: unknown; zone: string; expected: string }[] = [
    { input: '2025-11-28 22:43:00 +0800', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28 22:43:00 +08:00', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28 22:43:00 +08', zone: 'UTC', expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28 22:43:00 +8', zone: 'UTC', expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28 22:43:00 -0500', zone: SH, expected: '2025-11-29T03:43:00.000Z' },
    { input: '2025-11-28 22:43:00+0530', zone: 'UTC', expected: '2025-11-28T17:13:00.000Z' },
    { input: '2025-11-28 22:43 +0800', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28T22:43:00+08:00', zone: NY, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28T14:43:00Z', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28t14:43:00z', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28T14:43:00.123Z', zone: SH, expected: '2025-11-28T14:43:00.123Z' },
    { input: '2025-11-28T14:43:00.123456789Z', zone: SH, expected: '2025-11-28T14:43:00.123Z' },
    { input: '2025-11-28T14:43:00.5Z', zone: SH, expected: '2025-11-28T14:43:00.500Z' },
    { input: '2025-11-28', zone: SH, expected: '2025-11-27T16:00:00.000Z' },
    { input: '2025-11-28', zone: 'UTC', expected: '2025-11-28T00:00:00.000Z' },
    { input: '2025-11-28', zone: NY, expected: '2025-11-28T05:00:00.000Z' },
    { input: '2025-07-01', zone: NY, expected: '2025-07-01T04:00:00.000Z' },
    { input: '2025-11-28 22:43:00', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-11-28 22:43:00', zone: NY, expected: '2025-11-29T03:43:00.000Z' },
    { input: '2025-07-01 12:00:00', zone: NY, expected: '2025-07-01T16:00:00.000Z' },
    { input: '2025-07-01 12:00:00', zone: LDN, expected: '2025-07-01T11:00:00.000Z' },
    { input: '2025-01-15 12:00:00', zone: LDN, expected: '2025-01-15T12:00:00.000Z' },
    { input: '2025-11-28 00:00:00', zone: 'Asia/Kolkata', expected: '2025-11-27T18:30:00.000Z' },
    // Spring forward: 02:30 does not exist in New York; read with the offset before the jump (03:30 EDT).
    { input: '2025-03-09 02:30:00', zone: NY, expected: '2025-03-09T07:30:00.000Z' },
    { input: '2025-03-09 01:59:00', zone: NY, expected: '2025-03-09T06:59:00.000Z' },
    { input: '2025-03-09 03:00:00', zone: NY, expected: '2025-03-09T07:00:00.000Z' },
    // Fall back: 01:30 happens twice; the first (EDT) is chosen.
    { input: '2025-11-02 01:30:00', zone: NY, expected: '2025-11-02T05:30:00.000Z' },
    { input: '2025-11-02 02:30:00', zone: NY, expected: '2025-11-02T07:30:00.000Z' },
    { input: '2025-03-30 01:30:00', zone: LDN, expected: '2025-03-30T01:30:00.000Z' },
    { input: '2025-10-26 01:30:00', zone: LDN, expected: '2025-10-26T00:30:00.000Z' },
    { input: '2024-02-29', zone: 'UTC', expected: '2024-02-29T00:00:00.000Z' },
    { input: '2000-02-29 12:00:00 +0000', zone: SH, expected: '2000-02-29T12:00:00.000Z' },
    { input: '  2025-11-28 22:43:00 +0800  ', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '2025-1-5 8:05:00 +0800', zone: SH, expected: '2025-01-05T00:05:00.000Z' },
    { input: '2025-11-28  22:43:00  +0800', zone: SH, expected: '2025-11-28T14:43:00.000Z' },
    { input: '0099-06-01 00:00:00 +0000', zone: SH, expected: '0099-06-01T00:00:00.000Z' },
    { input: new Date('2025-11-28T14:43:00Z'), zone: SH, expected: '2025-11-28T14:43:00.000Z' },
  ];
  for (const { input, zone, expected } of rows) {
    test(`${String(input)} in ${zone}`, () => {
      assert.deepEqual(parseNoteDate(input, zone), { ok: true, iso: expected });
    });
  }
});

describe('parseNoteDate rejects what is not a date', () => {
  const rows: { input: unknown; expected: string }[] = [
    { input: '2025-02-30', expected: `${FORMAT} with a day from 01 to 28 in 2025-02` },
    { input: '2023-02-29 10:00:00 +0800', expected: `${FORMAT} with a day from 01 to 28 in 2023-02` },
    { input: '2024-04-31', expected: `${FORMAT} with a day from 01 to 30 in 2024-04` },
    { input: '2025-11-00', expected: `${FORMAT} with a day from 01 to 30 in 2025-11` },
    { input: '2025-13-01', expected: `${FORMAT} with a month from 01 to 12` },
    { input: '2025-00-10', expected: `${FORMAT} with a month from 01 to 12` },
    { input: '2025-11-28 25:00:00 +0800', expected: `${FORMAT} with an hour from 00 to 23` },
    { input: '2025-11-28 24:00:00', expected: `${FORMAT} with an hour from 00 to 23` },
    { input: '2025-11-28 22:60:00', expected: `${FORMAT} with minutes from 00 to 59` },
    { input: '2025-11-28 22:43:60', expected: `${FORMAT} with seconds from 00 to 59` },
    { input: '2025-11-28 22:43:00 +2500', expected: `${FORMAT} with an offset between -23:59 and +23:59` },
    { input: '2025-11-28 22:43:00 +0875', expected: `${FORMAT} with an offset between -23:59 and +23:59` },
    { input: '', expected: FORMAT },
    { input: '   ', expected: FORMAT },
    { input: '2025/11/28', expected: FORMAT },
    { input: '28-11-2025', expected: FORMAT },
    { input: '2025年11月28日', expected: FORMAT },
    { input: '２０２５-11-28', expected: FORMAT },
    { input: '2025-11-28 22:43:00 CST', expected: FORMAT },
    { input: '2025-11-28 22', expected: FORMAT },
    { input: 'yesterday', expected: FORMAT },
    { input: '25-11-28', expected: FORMAT },
    { input: 20251128, expected: FORMAT },
    { input: 1732805000000, expected: FORMAT },
    { input: true, expected: FORMAT },
    { input: null, expected: FORMAT },
    { input: undefined, expected: FORMAT },
    { input: {}, expected: FORMAT },
    { input: ['2025-11-28'], expected: FORMAT },
    { input: new Date('not a date'), expected: FORMAT },
  ];
  for (const { input, expected } of rows) {
    test(JSON.stringify(input) ?? String(input), () => {
      assert.deepEqual(parseNoteDate(input, SH), { ok: false, expected });
    });
  }
});

describe('dateFromFileName', () => {
  const rows: { input: string; zone: string; expected: string | null }[] = [
    { input: '2025-11-28-zhihu-notes-1.md', zone: SH, expected: '2025-11-27T16:00:00.000Z' },
    { input: 'content/posts/2025-11-28-x.md', zone: 'UTC', expected: '2025-11-28T00:00:00.000Z' },
    { input: 'posts\\2025-11-28-x.md', zone: 'UTC', expected: '2025-11-28T00:00:00.000Z' },
    { input: '2025-07-01-summer.md', zone: NY, expected: '2025-07-01T04:00:00.000Z' },
    { input: '2025-07-01-summer.md', zone: LDN, expected: '2025-06-30T23:00:00.000Z' },
    { input: '2025-1-5-short.md', zone: 'UTC', expected: '2025-01-05T00:00:00.000Z' },
    { input: '2025-01-01-我的 笔记!.md', zone: SH, expected: '2024-12-31T16:00:00.000Z' },
    { input: '2025-02-30-impossible.md', zone: SH, expected: null },
    { input: '2025-13-01-x.md', zone: SH, expected: null },
    { input: '2025-11-28.md', zone: SH, expected: null },
    { input: 'zhihu-notes.md', zone: SH, expected: null },
    { input: '我的-2025-11-28-x.md', zone: SH, expected: null },
    { input: '2025-11-28-x/readme.md', zone: SH, expected: null },
    { input: '', zone: SH, expected: null },
  ];
  for (const { input, zone, expected } of rows) {
    test(`${input || '(empty)'} in ${zone}`, () => assert.equal(dateFromFileName(input, zone), expected));
  }
});

describe('dayInZone', () => {
  const rows: { iso: string; zone: string; expected: string }[] = [
    // 2025-11-28 00:30:00 +0800
    { iso: '2025-11-27T16:30:00.000Z', zone: SH, expected: '2025-11-28' },
    { iso: '2025-11-27T16:30:00.000Z', zone: 'UTC', expected: '2025-11-27' },
    { iso: '2025-11-28T14:43:00.000Z', zone: SH, expected: '2025-11-28' },
    { iso: '2025-11-28T15:59:59.999Z', zone: SH, expected: '2025-11-28' },
    { iso: '2025-11-28T16:00:00.000Z', zone: SH, expected: '2025-11-29' },
    { iso: '2025-11-28T04:00:00Z', zone: NY, expected: '2025-11-27' },
    { iso: '2025-07-01T03:59:00Z', zone: NY, expected: '2025-06-30' },
    { iso: '2025-06-30T23:30:00Z', zone: LDN, expected: '2025-07-01' },
    { iso: '2025-01-31T23:30:00Z', zone: LDN, expected: '2025-01-31' },
    { iso: '2025-12-31T10:00:00Z', zone: 'Pacific/Kiritimati', expected: '2026-01-01' },
    { iso: '2025-12-31T18:29:00Z', zone: 'Asia/Kolkata', expected: '2025-12-31' },
    { iso: '2025-12-31T18:30:00Z', zone: 'Asia/Kolkata', expected: '2026-01-01' },
    { iso: '2025-11-28T22:43:00+08:00', zone: 'UTC', expected: '2025-11-28' },
  ];
  for (const { iso, zone, expected } of rows) {
    test(`${iso} in ${zone}`, () => assert.equal(dayInZone(iso, zone), expected));
  }
});

describe('formatDay', () => {
  const rows: { iso: string; zone: string; locale: 'zh-CN' | 'en'; expected: string }[] = [
    { iso: '2025-11-28T14:43:00.000Z', zone: SH, locale: 'zh-CN', expected: '2025年11月28日' },
    { iso: '2025-11-28T14:43:00.000Z', zone: SH, locale: 'en', expected: 'Nov 28, 2025' },
    { iso: '2025-11-27T16:30:00.000Z', zone: SH, locale: 'zh-CN', expected: '2025年11月28日' },
    { iso: '2025-11-27T16:30:00.000Z', zone: 'UTC', locale: 'zh-CN', expected: '2025年11月27日' },
    { iso: '2025-01-05T00:00:00.000Z', zone: 'UTC', locale: 'zh-CN', expected: '2025年1月5日' },
    { iso: '2025-01-05T00:00:00.000Z', zone: 'UTC', locale: 'en', expected: 'Jan 5, 2025' },
    { iso: '2025-01-05T00:00:00.000Z', zone: NY, locale: 'en', expected: 'Jan 4, 2025' },
    { iso: '2025-09-01T12:00:00.000Z', zone: LDN, locale: 'en', expected: 'Sep 1, 2025' },
    { iso: '2025-06-15T12:00:00.000Z', zone: SH, locale: 'en', expected: 'Jun 15, 2025' },
  ];
  for (const { iso, zone, locale, expected } of rows) {
    test(`${iso} ${zone} ${locale}`, () => assert.equal(formatDay(iso, zone, locale), expected));
  }
});

describe('formatMonth and formatYearMonth', () => {
  const rows: { input: string; locale: 'zh-CN' | 'en'; month: string; yearMonth: string }[] = [
    { input: '2025-11', locale: 'zh-CN', month: '11月', yearMonth: '2025年11月' },
    { input: '2025-11', locale: 'en', month: 'November', yearMonth: 'November 2025' },
    { input: '2025-01', locale: 'zh-CN', month: '1月', yearMonth: '2025年1月' },
    { input: '2025-01', locale: 'en', month: 'January', yearMonth: 'January 2025' },
    { input: '1999-12', locale: 'en', month: 'December', yearMonth: 'December 1999' },
    { input: '2026-05', locale: 'zh-CN', month: '5月', yearMonth: '2026年5月' },
  ];
  for (const { input, locale, month, yearMonth } of rows) {
    test(`${input} ${locale}`, () => {
      assert.equal(formatMonth(input, locale), month);
      assert.equal(formatYearMonth(input, locale), yearMonth);
    });
  }
});

describe('date helpers throw on programming errors', () => {
  const rows: { name: string; call: () => unknown }[] = [
    { name: 'dayInZone with a non-ISO string', call: () => dayInZone('not a date', SH) },
    { name: 'dayInZone with an empty string', call: () => dayInZone('', SH) },
    { name: 'dayInZone with an unknown zone', call: () => dayInZone('2025-11-28T00:00:00Z', 'Mars/Olympus') },
    { name: 'parseNoteDate with an unknown zone', call: () => parseNoteDate('2025-11-28', 'Asia/Beijing') },
    { name: 'formatMonth with month 13', call: () => formatMonth('2025-13', 'en') },
    { name: 'formatMonth with a short month', call: () => formatMonth('2025-1', 'zh-CN') },
    { name: 'formatMonth with Chinese text', call: () => formatMonth('2025年11月', 'zh-CN') },
    { name: 'formatYearMonth with an empty key', call: () => formatYearMonth('', 'en') },
  ];
  for (const { name, call } of rows) test(name, () => assert.throws(call, RangeError));
});
