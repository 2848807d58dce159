/**
 * /targets/keys.json (docs/DATA.md): the canonical indicators' names and usual wordings in both
 * scripts, with how many plans give a figure for each — what the search and compare pages need
 * to offer "查看各规划的目标" and "也搜索" (src/lib/targets/match.ts). Small at any corpus size:
 * a row per indicator, no figures.
 */
import type { APIRoute } from 'astro';
import { convertText } from '../../build/convert.ts';
import { indicators, recordsByKey } from '../../build/targets.ts';
import type { KeysFile } from '../../lib/targets/match.ts';

export const GET: APIRoute = () => {
  const byKey = recordsByKey();
  const file: KeysFile = {
    version: 1,
    indicators: indicators().map((i) => {
      const records = byKey.get(i.key) ?? [];
      const hans = [...new Set([i.names.hans, ...i.aliases])];
      return {
        key: i.key,
        names: i.names,
        forms: { hans, hant: [...new Set([i.names.hant, ...hans.map((f) => convertText(f, 'hans', 'hant'))])] },
        unit: i.unit,
        plans: new Set(records.map((r) => r.plan)).size,
        records: records.length,
      };
    }),
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
