import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pickRecentlyUpdated } from './side-panels';

const note = (title: string, date: string, updated: string | null = null) => ({
  title,
  meta: { date: `${date}T00:00:00.000Z`, updated: updated && `${updated}T00:00:00.000Z` },
});

describe('pickRecentlyUpdated: by last_modified_at, else date, newest first', () => {
  const rows: [string, ReturnType<typeof note>[], number, string[]][] = [
    [
      'by date',
      [note('旧', '2024-01-01'), note('新', '2024-03-01'), note('中', '2024-02-01')],
      5,
      ['新', '中', '旧'],
    ],
    [
      'an old post updated lately comes first',
      [note('新', '2024-03-01'), note('旧但改过', '2023-01-01', '2024-06-01')],
      5,
      ['旧但改过', '新'],
    ],
    [
      'at most the limit',
      [note('a', '2024-01-01'), note('b', '2024-01-02'), note('c', '2024-01-03')],
      2,
      ['c', 'b'],
    ],
    ['same moment: input order', [note('先', '2024-01-01'), note('后', '2024-01-01')], 5, ['先', '后']],
    ['a limit of 0', [note('a', '2024-01-01')], 0, []],
    ['no notes', [], 5, []],
  ];
  for (const [name, notes, limit, expected] of rows)
    test(name, () =>
      assert.deepEqual(
        pickRecentlyUpdated(notes, limit).map((n) => n.title),
        expected,
      ),
    );
});
