import type { CatalogEntry } from '../../src/lib/catalog-schema.ts';

/** A minimal valid catalog entry for fixtures. */
export const fixtureEntry = (over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  slug: 'test-14-proposal',
  file: 'test-14-proposal.txt',
  city: { zh: '某市', en: 'Somecity' },
  level: '地级市',
  parent: { zh: '浙江省', en: 'Zhejiang' },
  province: { zh: '浙江省', en: 'Zhejiang' },
  kind: '建议',
  period: 14,
  years: [2021, 2025],
  title: '中共某市委关于制定规划的建议',
  dates: {},
  script: 'hans',
  publisher: { name: '某报' },
  ...over,
});
