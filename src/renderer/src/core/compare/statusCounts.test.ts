import { describe, expect, it } from 'vitest';
import { fixtureModel } from './outputFixtures';
import { statusCountsByRegime, totalCounts } from './statusCounts';

describe('statusCountsByRegime', () => {
  const rows = statusCountsByRegime(fixtureModel());

  it('counts every position of each regime once, in the regimes’ order', () => {
    expect(rows.map((r) => r.regime.id)).toEqual(['r-eo', 'r-ear', 'r-bad']);
    expect(rows.map((r) => r.counts)).toEqual([
      { sourced: 1, paraphrased: 0, unsourced: 1, disputed: 0, 'needs-review': 1 },
      { sourced: 0, paraphrased: 1, unsourced: 1, disputed: 0, 'needs-review': 1 },
      { sourced: 0, paraphrased: 0, unsourced: 2, disputed: 1, 'needs-review': 0 },
    ]);
    for (const r of rows) expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.total);
  });

  it('sums the regimes', () => {
    expect(totalCounts(rows)).toEqual({ sourced: 1, paraphrased: 1, unsourced: 4, disputed: 1, 'needs-review': 2 });
  });
});
