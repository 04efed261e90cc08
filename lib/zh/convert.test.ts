import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import { createConverter, type ZhTables } from './convert';
import { ZH_DICTIONARIES } from './tables';

// The same modules lib/zh/build.ts bundles, by the names in tables.ts.
const modules: Record<string, string> = {
  STPhrases,
  STPhrases_GeneratedFromRegionalPhrases: STPhrasesGenerated,
  STCharacters,
  TWPhrases,
  TWVariantsPhrases,
  TWVariants,
  HKVariantsPhrases,
  HKVariants,
};
function tablesOf(variant: 'tw' | 'hk'): ZhTables {
  const d = ZH_DICTIONARIES[variant];
  const get = (name: string) => modules[name] ?? assert.fail(`no module ${name}`);
  return { phrases: d.phrases.map(get), characters: get(d.characters), regional: d.regional.map(get) };
}
const tw = createConverter(tablesOf('tw'));
const hk = createConverter(tablesOf('hk'));

test('Taiwan: phrases as readers there write them', () => {
  const rows: [string, string][] = [
    ['简体中文', '簡體中文'],
    ['头发和发展', '頭髮和發展'],
    ['为了解决这个问题', '為了解決這個問題'],
    ['鼠标和软件', '滑鼠和軟體'],
    ['打印机的内存', '印表機的記憶體'],
    ['里面的后来', '裡面的後來'],
    ['干净的面条', '乾淨的麵條'],
    ['知识库', '知識庫'],
    ['LoRA 微调 7B 模型', 'LoRA 微調 7B 模型'],
    ['', ''],
  ];
  for (const [input, expected] of rows) assert.equal(tw(input), expected, input);
});

test('Hong Kong: its character variants, no Taiwan phrases', () => {
  const rows: [string, string][] = [
    ['简体中文', '簡體中文'],
    ['鼠标和软件', '鼠標和軟件'],
    ['里面', '裏面'],
    ['为了解决这个问题', '為了解決這個問題'],
  ];
  for (const [input, expected] of rows) assert.equal(hk(input), expected, input);
});

test("the same result as opencc-js's own s2twp and s2hk converters", () => {
  const sample =
    '冬天的早晨很安静。窗户上结了一层雾，用手指在上面画一道，能看见外面灰白的天。证明了只要数据质量足够高，' +
    '哪怕只有 1.3B 参数的模型，也能在代码生成任务上表现出色。回答复杂问题时不要急着输出，先在内部构建搜索树。' +
    '这台服务器的内存不够，打印机也连不上网络，只好用 U 盘拷贝文件。';
  const phrases = STPhrases.split('|', 3000)
    .map((line) => line.split(' ')[0])
    .join('，');
  for (const text of [sample, phrases]) {
    assert.equal(tw(text), OpenCC.Converter({ from: 'cn', to: 'twp' })(text));
    assert.equal(hk(text), OpenCC.Converter({ from: 'cn', to: 'hk' })(text));
  }
});
