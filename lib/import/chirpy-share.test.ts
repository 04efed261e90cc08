import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ShareSetting } from '../share/share';
import { mapChirpyShare } from './chirpy-share';

test("mapChirpyShare: Chirpy's platforms to the share setting, copy first", () => {
  const rows: [string, string, ShareSetting[] | null, number][] = [
    [
      "Chirpy's own list",
      `platforms:
  - type: Twitter
    icon: "fab fa-twitter"
    link: "https://twitter.com/intent/tweet?text=TITLE&url=URL"
  - type: Facebook
    icon: "fab fa-facebook-square"
    link: "https://www.facebook.com/sharer/sharer.php?title=TITLE&u=URL"
  - type: Telegram
    icon: "fab fa-telegram"
    link: "https://t.me/share/url?url=URL&text=TITLE"
`,
      ['copy', 'x', 'facebook', 'telegram'],
      0,
    ],
    [
      'Weibo uncommented, a platform of its own, one without a link',
      `platforms:
  - type: Weibo
    link: "http://service.weibo.com/share/share.php?title=TITLE&url=URL"
  - type: Reddit
    link: "https://www.reddit.com/submit?url=URL&title=TITLE"
  - type: Mastodon
    instances:
      - label: mastodon.social
        link: "https://mastodon.social/"
`,
      ['copy', 'weibo', { name: 'Reddit', url: 'https://www.reddit.com/submit?url={url}&title={title}' }],
      1,
    ],
    ['no platforms', 'platforms:\n', null, 1],
    ['not YAML', 'platforms: [', null, 1],
    ['an empty list: copy only', 'platforms: []\n', ['copy'], 0],
  ];
  for (const [name, text, share, notes] of rows) {
    const result = mapChirpyShare(text);
    assert.deepEqual(result.share, share, name);
    assert.equal(result.notes.length, notes, `${name}: ${result.notes.join('; ')}`);
  }
});
