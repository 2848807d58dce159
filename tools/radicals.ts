/**
 * Writes ingest/read/radicals.json: `node tools/radicals.ts`. pdf.js gives Kangxi radicals
 * (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) for many glyphs of Chinese PDFs (⼾ for
 * 户, ⾧ for 长); the reader puts the ideograph of the plan's own script in their place.
 *
 * From Unicode's data: a Kangxi radical's compatibility decomposition (NFKC) is its unified
 * ideograph, in the traditional form where the two scripts differ (⼾ → 戶); the simplified
 * form is that ideograph through OpenCC (戶 → 户). The CJK Radicals Supplement has no
 * decomposition but for two; those with a full-character equivalent (the C-SIMPLIFIED forms
 * and a few others, Unicode's EquivalentUnifiedIdeograph.txt) are listed by hand below, their
 * traditional form through OpenCC. Radicals that are only components (⺅, ⺡) stay as printed.
 * tests/unit/radicals.test.ts holds the file equal to this function's output.
 */
import { writeFileSync } from 'node:fs';
import { convertText } from '../src/build/convert.ts';

/** CJK Radicals Supplement → its equivalent unified ideograph (hand-checked against the code charts' names). */
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母', // U+2E9F MOTHER (NFKC)
  '⺠': '民', // U+2EA0 CIVILIAN
  '⻄': '西', // U+2EC4 WEST TWO
  '⻅': '见', // U+2EC5 C-SIMPLIFIED SEE
  '⻆': '角', // U+2EC6 SIMPLIFIED HORN
  '⻈': '讠', // U+2EC8 C-SIMPLIFIED SPEECH
  '⻉': '贝', // U+2EC9 C-SIMPLIFIED SHELL
  '⻋': '车', // U+2ECB C-SIMPLIFIED CART
  '⻐': '钅', // U+2ED0 C-SIMPLIFIED GOLD
  '⻓': '长', // U+2ED3 C-SIMPLIFIED LONG
  '⻔': '门', // U+2ED4 C-SIMPLIFIED GATE
  '⻘': '青', // U+2ED8 BLUE
  '⻙': '韦', // U+2ED9 C-SIMPLIFIED TANNED LEATHER
  '⻚': '页', // U+2EDA C-SIMPLIFIED LEAF
  '⻛': '风', // U+2EDB C-SIMPLIFIED WIND
  '⻜': '飞', // U+2EDC C-SIMPLIFIED FLY
  '⻝': '食', // U+2EDD EAT ONE
  '⻠': '饣', // U+2EE0 C-SIMPLIFIED EAT
  '⻢': '马', // U+2EE2 C-SIMPLIFIED HORSE
  '⻣': '骨', // U+2EE3 BONE
  '⻤': '鬼', // U+2EE4 GHOST
  '⻥': '鱼', // U+2EE5 C-SIMPLIFIED FISH
  '⻦': '鸟', // U+2EE6 C-SIMPLIFIED BIRD
  '⻧': '卤', // U+2EE7 C-SIMPLIFIED SALT
  '⻨': '麦', // U+2EE8 SIMPLIFIED WHEAT
  '⻩': '黄', // U+2EE9 SIMPLIFIED YELLOW
  '⻪': '黾', // U+2EEA C-SIMPLIFIED FROG
  '⻬': '齐', // U+2EEC C-SIMPLIFIED EVEN
  '⻮': '齿', // U+2EEE C-SIMPLIFIED TOOTH
  '⻰': '龙', // U+2EF0 C-SIMPLIFIED DRAGON
  '⻳': '龟', // U+2EF3 C-SIMPLIFIED TURTLE (NFKC)
};

/** Where OpenCC's phrase-level choice is not the radical's traditional form: 卤 → 滷 (brine), the radical SALT is 鹵. */
const TRADITIONAL: Record<string, string> = { '⻧': '鹵' };

/** Radical → [simplified, traditional] ideograph. */
export function radicalTable(): Record<string, [string, string]> {
  const table: Record<string, [string, string]> = {};
  for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
    const radical = String.fromCodePoint(cp);
    const unified = radical.normalize('NFKC');
    if (unified === radical) continue;
    // One character in, one out: OpenCC's phrase rules never join a lone character.
    const hans = [...convertText(unified, 'hant', 'hans')];
    table[radical] = [hans.length === 1 ? hans[0] : unified, unified];
  }
  for (const [radical, hans] of Object.entries(SUPPLEMENT)) {
    const hant = TRADITIONAL[radical] ?? [...convertText(hans, 'hans', 'hant')];
    table[radical] = [hans, hant.length === 1 ? hant[0] : hans];
  }
  return table;
}

if (import.meta.main) {
  const table = radicalTable();
  const lines = Object.entries(table).map(([r, [s, t]]) => `  ${JSON.stringify(r)}: [${JSON.stringify(s)}, ${JSON.stringify(t)}]`);
  writeFileSync('ingest/read/radicals.json', `{\n${lines.join(',\n')}\n}\n`);
  const pairs = Object.values(table).filter(([s, t]) => s !== t).length;
  console.log(`ingest/read/radicals.json: ${lines.length} radicals, ${pairs} with a simplified/traditional pair`);
}
