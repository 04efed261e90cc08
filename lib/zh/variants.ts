/**
 * The 简/繁 switch's variants (issue 21): simplified as written, or the page converted in the browser
 * to traditional characters as read in Taiwan or Hong Kong (docs/simplified-traditional.md).
 */

/** `cn`: the text as written (simplified); `tw`: OpenCC s2twp (Taiwan, with phrases); `hk`: s2hk. */
export type ZhVariant = 'cn' | 'tw' | 'hk';

/** The traditional variants, the only ones with a converter to load. */
export type ZhTraditional = Exclude<ZhVariant, 'cn'>;

/** `localStorage` key of the reader's choice; absent until they choose. */
export const ZH_STORAGE_KEY = 'zh-variant';

/** `<html lang>` while the page shows a traditional variant (BCP 47, script and region). */
export const ZH_LANG: Record<ZhTraditional, string> = { tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' };

/**
 * The variant a reader who has not chosen gets, from `navigator.languages`: the first Chinese
 * entry decides (`zh-HK`, `zh-MO`, `zh-Hant-HK` → hk; `zh-TW`, `zh-Hant`, `zh-Hant-*` → tw; any other
 * `zh*` → cn); no Chinese entry → cn, the text as written. The head script inlines the same rule
 * (lib/zh/head-script.ts; head-script.test.ts runs both on one table).
 */
export function pickDefaultVariant(languages: readonly string[]): ZhVariant {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower !== 'zh' && !lower.startsWith('zh-')) continue;
    if (/-(hk|mo)(-|$)/.test(lower)) return 'hk';
    if (/-(tw|hant)(-|$)/.test(lower)) return 'tw';
    return 'cn';
  }
  return 'cn';
}

/** A stored choice, or null when it is missing or not one of ours (a hand-edited value). */
export function readStoredVariant(value: string | null): ZhVariant | null {
  return value === 'cn' || value === 'tw' || value === 'hk' ? value : null;
}
