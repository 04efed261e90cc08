import type { ShareLink } from '../lib/share/share';
import { SocialIcon } from './social-icon';

/** A 16 px decorative icon per share target: the footer's social marks where they exist. */
export function ShareIcon({ kind }: { kind: ShareLink['kind'] }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    focusable: false,
    className: 'shrink-0',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.4,
  } as const;
  switch (kind) {
    case 'copy':
      // Two links of a chain.
      return (
        <svg aria-hidden="true" {...common} strokeLinecap="round">
          <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.9.9" />
          <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
        </svg>
      );
    case 'telegram':
      // A paper plane.
      return (
        <svg aria-hidden="true" {...common} strokeLinejoin="round">
          <path d="M14.5 2 1.8 7.1l4.3 1.6L13 3.6 7.4 9.6v3.9l2.3-2.6 3 2.2z" />
        </svg>
      );
    case 'x':
      return <SocialIcon kind="twitter" />;
    case 'custom':
      return <SocialIcon kind="link" />;
    default:
      return <SocialIcon kind={kind} />;
  }
}
