import type { SocialKind } from '../lib/settings/social';

// A one- or two-character mark per site, drawn in a rounded square: small, ours, and the visible
// label beside it carries the meaning (the icon is hidden from screen readers).
const MARKS: Record<Exclude<SocialKind, 'email' | 'link'>, string> = {
  github: 'GH',
  twitter: 'X',
  weibo: '微',
  zhihu: '知',
  bilibili: 'B',
  douban: '豆',
  linkedin: 'in',
  mastodon: 'M',
  stackoverflow: 'SO',
  youtube: 'YT',
  facebook: 'f',
};

/** A 16 px icon for a social link; decorative. */
export function SocialIcon({ kind }: { kind: SocialKind }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    focusable: false,
    className: 'shrink-0',
  } as const;
  if (kind === 'email') {
    return (
      <svg aria-hidden="true" {...common} fill="none" stroke="currentColor" strokeWidth="1.4">
        <rect x="1.5" y="3" width="13" height="10" rx="1.5" />
        <path d="M2 4l6 5 6-5" />
      </svg>
    );
  }
  if (kind === 'link') {
    return (
      <svg aria-hidden="true" {...common} fill="none" stroke="currentColor" strokeWidth="1.4">
        <circle cx="8" cy="8" r="6.3" />
        <path d="M1.7 8h12.6M8 1.7c-2.2 2.6-2.2 10 0 12.6M8 1.7c2.2 2.6 2.2 10 0 12.6" />
      </svg>
    );
  }
  const mark = MARKS[kind];
  return (
    <svg aria-hidden="true" {...common}>
      <rect x="0.5" y="0.5" width="15" height="15" rx="3.5" fill="currentColor" opacity="0.16" />
      <text
        x="8"
        y="8"
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={mark.length > 1 ? 7 : 9.5}
        fontWeight="700"
        fill="currentColor"
      >
        {mark}
      </text>
    </svg>
  );
}
