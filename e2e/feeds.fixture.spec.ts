/** Tag feeds carry the knowledge notes with the tag (issue 21), dated or not. */
import { expect, test, xmlError } from './helpers';

test('/tags/测试/feed.xml holds the post and the undated vault note with that tag', async ({
  page,
  baseURL,
}) => {
  const res = await page.request.get(encodeURI('/tags/测试/feed.xml'));
  expect(res.status()).toBe(200);
  const xml = await res.text();
  await page.setContent('<!doctype html><title>xml</title>');
  expect(await xmlError(page, xml)).toBeNull();
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return Array.from(doc.getElementsByTagName('entry')).map((e) => ({
      title: e.getElementsByTagName('title')[0]?.textContent ?? '',
      link: e.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
      published: e.getElementsByTagName('published')[0]?.textContent ?? null,
      updated: e.getElementsByTagName('updated')[0]?.textContent ?? '',
      content: e.getElementsByTagName('content')[0]?.textContent ?? '',
    }));
  }, xml);
  const post = entries.find((e) => e.title === '一篇不开评论的小记');
  const note = entries.find((e) => e.title === '甲笔记');
  expect(post?.published).toBe('2024-06-01T01:30:00.000Z');
  expect(note, 'the vault note tagged 测试').toBeTruthy();
  expect(note?.link).toBe(`${baseURL}${encodeURI('/notes/链接/甲笔记/')}`);
  expect(note?.published, 'an undated note has no published').toBeNull();
  expect(note?.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(note?.content).toContain('甲笔记的开头一段。');
  expect(entries.indexOf(post as (typeof entries)[number])).toBeLessThan(
    entries.indexOf(note as (typeof entries)[number]),
  );
});
