/**
 * Which OpenCC dictionaries (opencc-js's `dict/` modules) each variant loads, in OpenCC's own order
 * (its s2twp and s2hk configurations). lib/zh/build.ts bundles one tables script per variant from
 * these names, so each script holds its own dictionaries only.
 */
import type { ZhTraditional } from './variants';

/** Dictionary module names per part of lib/zh/convert.ts's ZhTables. */
export interface ZhDictionaries {
  phrases: string[];
  characters: string;
  regional: string[];
}

const standard = {
  phrases: ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'],
  characters: 'STCharacters',
};

export const ZH_DICTIONARIES: Record<ZhTraditional, ZhDictionaries> = {
  // Taiwan with its phrases (s2twp): 鼠标 → 滑鼠, 软件 → 軟體, as readers there write them.
  tw: { ...standard, regional: ['TWPhrases', 'TWVariantsPhrases', 'TWVariants'] },
  // Hong Kong's character variants (s2hk, OpenCC's standard one; opencc-js's newer `hkp` phrase
  // table is a few dozen entries and not part of OpenCC's s2hk).
  hk: { ...standard, regional: ['HKVariantsPhrases', 'HKVariants'] },
};
