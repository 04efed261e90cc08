import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNoteText } from './client';
import { SEARCH_INDEX_VERSION, SEARCH_TEXT_CHUNK, type SearchTextChunk } from './schema';

test('note texts come from their chunk, each chunk fetched once', async () => {
  const fetched: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const path = String(input);
    fetched.push(path);
    const chunk = Number(path.split('/').filter(Boolean).pop());
    const body: SearchTextChunk = {
      version: SEARCH_INDEX_VERSION,
      notes: Array.from(
        { length: chunk === 0 ? SEARCH_TEXT_CHUNK : 3 },
        (_, i): [string, string, string][] => [['', '', `note ${chunk * SEARCH_TEXT_CHUNK + i}`]],
      ),
    };
    return Response.json(body);
  };
  try {
    assert.equal((await loadNoteText(0)).sections[0]?.[2], 'note 0');
    assert.equal(
      (await loadNoteText(SEARCH_TEXT_CHUNK - 1)).sections[0]?.[2],
      `note ${SEARCH_TEXT_CHUNK - 1}`,
    );
    assert.equal(
      (await loadNoteText(SEARCH_TEXT_CHUNK + 2)).sections[0]?.[2],
      `note ${SEARCH_TEXT_CHUNK + 2}`,
    );
    await assert.rejects(loadNoteText(SEARCH_TEXT_CHUNK + 3));
    assert.deepEqual(fetched, ['/search-text/0/', '/search-text/1/']);
  } finally {
    globalThis.fetch = original;
  }
});
