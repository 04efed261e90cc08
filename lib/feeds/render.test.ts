import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedDoc, type FeedEntry, feedUpdated, renderAtomFeed, renderJsonFeed } from './render';

const ORIGIN = 'https://blog.example';

function entry(extra: Partial<FeedEntry> = {}): FeedEntry {
  return {
    title: '俺的第一篇知乎小记',
    url: `${ORIGIN}/posts/zhihu-notes-1/`,
    published: '2025-11-28T14:43:00.000Z',
    updated: null,
    summary: '记录下刷知乎时学到的东西ovo',
    contentHtml: '<p>正文 <a href="https://blog.example/tags/%E7%9F%A5%E4%B9%8E/">知乎</a></p>',
    terms: ['知乎', '小记', 'LLM'],
    authors: [],
    ...extra,
  };
}

function feed(entries: FeedEntry[], extra: Partial<FeedDoc> = {}): FeedDoc {
  return {
    title: '标签：知乎 | 小记',
    description: '刷知乎、读论文、写代码时记下的小笔记。',
    lang: 'zh-CN',
    author: '小记的作者',
    atomUrl: `${ORIGIN}/tags/%E7%9F%A5%E4%B9%8E/feed.xml`,
    jsonUrl: null,
    pageUrl: `${ORIGIN}/tags/%E7%9F%A5%E4%B9%8E/`,
    entries,
    ...extra,
  };
}

const entriesOf = (xml: string) => [...xml.matchAll(/<entry>(.*?)<\/entry>/gs)].map((m) => m[1] ?? '');
const textOf = (xml: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1] ?? null;

test('feedUpdated: the latest updated or published instant, else a fixed one', () => {
  const rows: [FeedEntry[], string][] = [
    [[], '1970-01-01T00:00:00.000Z'],
    [[entry()], '2025-11-28T14:43:00.000Z'],
    [
      [entry(), entry({ published: '2024-01-01T00:00:00.000Z', updated: '2026-02-03T04:05:06.000Z' })],
      '2026-02-03T04:05:06.000Z',
    ],
    [[entry({ published: null })], '1970-01-01T00:00:00.000Z'],
    [
      [entry({ published: null }), entry({ published: '2023-05-06T00:00:00.000Z' })],
      '2023-05-06T00:00:00.000Z',
    ],
  ];
  for (const [entries, expected] of rows) assert.equal(feedUpdated(entries), expected);
});

test('Atom: every entry has a title, an absolute link, an id and updated', () => {
  const xml = renderAtomFeed(
    feed([
      entry(),
      entry({
        title: '线性代数 <1>',
        url: `${ORIGIN}/notes/%E5%AD%A6%E4%B9%A0/`,
        published: null,
        summary: '',
      }),
    ]),
  );
  assert.match(
    xml,
    /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="zh-CN">/,
  );
  assert.match(
    xml,
    /<link rel="self" type="application\/atom\+xml" href="https:\/\/blog\.example\/tags\/%E7%9F%A5%E4%B9%8E\/feed\.xml"\/>/,
  );
  assert.equal(textOf(xml, 'id'), `${ORIGIN}/tags/%E7%9F%A5%E4%B9%8E/`);
  assert.equal(textOf(xml, 'updated'), '2025-11-28T14:43:00.000Z');
  const [first, second] = entriesOf(xml);
  assert.ok(first && second);
  for (const e of [first, second]) {
    assert.ok(textOf(e, 'title'), 'title');
    assert.match(e, /<link rel="alternate" type="text\/html" href="https:\/\/[^"]+"\/>/);
    assert.match(textOf(e, 'id') ?? '', /^https:\/\//);
    assert.match(textOf(e, 'updated') ?? '', /^\d{4}-\d\d-\d\dT/);
  }
  assert.equal(textOf(first, 'published'), '2025-11-28T14:43:00.000Z');
  // The undated note: no published, the feed's updated, no empty summary.
  assert.equal(textOf(second, 'published'), null);
  assert.equal(textOf(second, 'updated'), '2025-11-28T14:43:00.000Z');
  assert.equal(textOf(second, 'title'), '线性代数 &lt;1&gt;');
  assert.doesNotMatch(second, /<summary>/);
});

test('Atom: text and HTML are escaped once; characters XML cannot carry are dropped', () => {
  const rows: [Partial<FeedEntry>, RegExp][] = [
    [{ title: 'a & b "c"' }, /<title>a &amp; b &quot;c&quot;<\/title>/],
    [{ contentHtml: '<p>x</p>' }, /<content type="html">&lt;p&gt;x&lt;\/p&gt;<\/content>/],
    [{ title: '响铃\u0007标题' }, /<title>响铃标题<\/title>/],
    [{ terms: ['C++ & Rust'] }, /<category term="C\+\+ &amp; Rust"\/>/],
    [{ authors: ['张三'] }, /<author><name>张三<\/name><\/author>/],
    [{ updated: '2026-01-02T03:04:05.000Z' }, /<updated>2026-01-02T03:04:05\.000Z<\/updated><summary>/],
  ];
  for (const [extra, expected] of rows) {
    const xml = entriesOf(renderAtomFeed(feed([entry(extra)])))[0] ?? '';
    assert.match(xml, expected, JSON.stringify(extra));
    assert.doesNotMatch(
      xml,
      /<(?!\/?(title|link|id|published|updated|author|name|summary|content|category)\b)/,
    );
  }
});

test('Atom: a feed without entries is still a complete document', () => {
  const xml = renderAtomFeed(feed([], { description: '' }));
  assert.match(xml, /<updated>1970-01-01T00:00:00\.000Z<\/updated>/);
  assert.doesNotMatch(xml, /<subtitle>|<entry>/);
  assert.match(xml, /<\/feed>\n$/);
});

test('JSON Feed 1.1: the same entries, dates and tags', () => {
  const doc = JSON.parse(
    renderJsonFeed(
      feed([entry({ authors: ['张三'] }), entry({ published: null, terms: [], title: 'a\u0000b' })], {
        jsonUrl: `${ORIGIN}/feed.json`,
      }),
    ),
  );
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(doc.feed_url, `${ORIGIN}/feed.json`);
  assert.equal(doc.home_page_url, `${ORIGIN}/tags/%E7%9F%A5%E4%B9%8E/`);
  assert.equal(doc.language, 'zh-CN');
  assert.deepEqual(doc.authors, [{ name: '小记的作者' }]);
  assert.equal(doc.items.length, 2);
  assert.deepEqual(doc.items[0], {
    id: `${ORIGIN}/posts/zhihu-notes-1/`,
    url: `${ORIGIN}/posts/zhihu-notes-1/`,
    title: '俺的第一篇知乎小记',
    content_html: entry().contentHtml,
    summary: '记录下刷知乎时学到的东西ovo',
    date_published: '2025-11-28T14:43:00.000Z',
    date_modified: '2025-11-28T14:43:00.000Z',
    tags: ['知乎', '小记', 'LLM'],
    authors: [{ name: '张三' }],
  });
  assert.equal(doc.items[1].title, 'ab');
  assert.equal(doc.items[1].date_published, undefined);
  assert.equal(doc.items[1].date_modified, '2025-11-28T14:43:00.000Z');
  assert.equal(doc.items[1].tags, undefined);
});
