/** Script conversion at build time: the known traps, and the corrections we add to OpenCC. */
import { describe, expect, it } from 'vitest';
import { convertText, PLACE_NAMES } from '../../src/build/convert.ts';
import { formatChineseNumeral as chineseNumeral } from '../../src/lib/numerals.ts';
import { eachMaps } from '../helpers/maps.ts';

const toHant = (s: string) => convertText(s, 'hans', 'hant');
const toHans = (s: string) => convertText(s, 'hant', 'hans');

describe('simplified → traditional (s2tw, no phrase substitution)', () => {
  eachMaps(
    '%s → %s',
    [
      ['台州台风', '台州颱風'], // 台 the place name stays, 台风 is 颱風
      ['干部干燥干涉', '幹部乾燥干涉'],
      ['头发发展', '頭髮發展'],
      ['今后皇后', '今後皇后'],
      ['范围模范', '範圍模範'],
      ['其余余下', '其餘餘下'],
      ['着力穿着', '著力穿著'],
      ['只有一只', '只有一隻'],
      ['系统关系联系', '系統關係聯繫'],
      ['里面公里', '裡面公里'],
      ['开启新征程', '開啟新征程'],
      ['征收征求意见', '徵收徵求意見'],
      ['软件', '軟件'], // vocabulary is kept: no 軟體
    ],
    toHant,
  );
});

describe('place names keep one form (the one each converts to alone)', () => {
  eachMaps(
    '%s → %s',
    [
      ['习近平总书记对台州提出', '習近平總書記對台州提出'],
      ['加快建设台州市区至', '加快建設台州市區至'],
      ['走在台州前列', '走在台州前列'],
      ['按照台州“打造', '按照台州“打造'],
      ['天台县与台湾', '天台縣與臺灣'], // only the listed names are protected: 台湾 is 臺灣
      ['平台舞台', '平臺舞臺'],
    ],
    toHant,
  );
  it.each(PLACE_NAMES)('%s converted alone is itself', (name) => {
    expect(toHant(name)).toBe(name);
  });
});

describe('traditional → simplified', () => {
  eachMaps(
    '%s → %s',
    [
      ['臺州今後幹部', '台州今后干部'],
      ['處於發展頭髮', '处于发展头发'],
      ['範圍其餘裡面裏面', '范围其余里面里面'],
      ['關係聯繫', '关系联系'],
    ],
    toHans,
  );

  it('leaves markup and ids alone', () => {
    expect(toHant('<p id="c3-s2-p4" class="p-lead">发展</p>')).toBe('<p id="c3-s2-p4" class="p-lead">發展</p>');
  });
});

// Citation places and texts: tests/unit/citation.test.ts.
describe('labels', () => {
  it('numbers in Chinese', () => {
    expect([1, 10, 14, 20, 23].map(chineseNumeral)).toEqual(['一', '十', '十四', '二十', '二十三']);
  });
});
