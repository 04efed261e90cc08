import { t } from '../lib/site';
import './zh-switch.css';

/** Each choice named in its own script, as language pickers do; `lang` also keeps it unconverted. */
const CHOICES = [
  { variant: 'cn', lang: 'zh-Hans', label: '简体' },
  { variant: 'tw', lang: 'zh-Hant-TW', label: '繁體（台灣）' },
  { variant: 'hk', lang: 'zh-Hant-HK', label: '繁體（香港）' },
] as const;

/**
 * The 简/繁 switch in the header: plain HTML, a disclosure (`<details>`) with one toggle button per
 * variant. The inline head script (lib/zh/head-script.ts) handles the buttons, marks the pressed
 * one, closes the menu (Escape, a click outside) and loads the converter when needed, so this adds
 * no JavaScript to the page. The summary shows 简 or 繁 from `<html data-zh>` (zh-switch.css), set
 * before first paint.
 */
export function ZhSwitch() {
  return (
    <details data-zh-menu="" data-zh-skip="" className="zh-switch relative">
      <summary
        title={t('zhSwitch')}
        className="inline-flex h-9 min-w-9 cursor-pointer list-none items-center justify-center rounded-md px-1.5 text-[0.9375rem] text-muted hover:bg-black/5 dark:hover:bg-white/10"
      >
        <span className="zh-now-cn" lang="zh-Hans" aria-hidden="true">
          简
        </span>
        <span className="zh-now-hant" lang="zh-Hant" aria-hidden="true">
          繁
        </span>
        <span className="sr-only">{t('zhSwitch')}</span>
      </summary>
      <fieldset className="absolute right-0 top-full z-40 mt-1 flex w-max flex-col rounded-md border border-line bg-[var(--card-bg)] p-1 shadow-lg">
        <legend className="sr-only">{t('zhSwitch')}</legend>
        {CHOICES.map((choice) => (
          <button
            key={choice.variant}
            type="button"
            lang={choice.lang}
            data-zh-choice={choice.variant}
            // The head script sets the reader's choice before React hydrates.
            aria-pressed={choice.variant === 'cn'}
            suppressHydrationWarning
            className="rounded px-3 py-1.5 text-left text-[0.9375rem] hover:bg-black/5 aria-pressed:font-semibold dark:hover:bg-white/10"
          >
            {choice.label}
          </button>
        ))}
      </fieldset>
    </details>
  );
}
