import { t } from '../lib/site';
import './zh-switch.css';

/**
 * Each choice named in its own script, as language pickers do. `translate="no"` on the menu keeps
 * the converter (and a browser's translator) off its labels.
 */
const CHOICES = [
  { variant: 'cn', lang: 'zh-Hans', label: '简体' },
  { variant: 'tw', lang: 'zh-Hant-TW', label: '繁體（台灣）' },
  { variant: 'hk', lang: 'zh-Hant-HK', label: '繁體（香港）' },
] as const;

/**
 * The 简/繁 switch in the header: plain HTML, a disclosure (`<details>`) with one toggle button per
 * variant. The inline head script (lib/zh/head-script.ts) handles the buttons, closes the menu (a
 * choice, Escape) and loads the converter when needed, so this adds no JavaScript to the page. The
 * summary shows 简 or 繁 from `<html data-zh>`, set before first paint. Styled by zh-switch.css,
 * not utilities: every class here is sent twice (the HTML and React's payload) on every page.
 */
export function ZhSwitch() {
  return (
    <details translate="no" className="zh-switch">
      {/* The label holds both characters, so it contains the visible one (WCAG's label in name). */}
      <summary aria-label={t('zhSwitch')}>
        <span>简</span>
        <span>繁</span>
      </summary>
      <div>
        {CHOICES.map((choice) => (
          <button
            key={choice.variant}
            type="button"
            lang={choice.lang}
            data-zh-choice={choice.variant}
            // The converter marks the reader's choice once React has hydrated.
            aria-pressed={choice.variant === 'cn'}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </details>
  );
}
