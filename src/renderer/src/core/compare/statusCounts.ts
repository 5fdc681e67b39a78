/**
 * How many cells of each status every regime has: what the chart draws and the brief sums up.
 * Every (regime, dimension) position counts once, a position never written counting as unsourced
 * (the model's statusOf), so each regime's counts add up to the number of questions.
 */
import type { CellStatus, Regime } from '../types';
import type { ComparisonModel } from './comparisonModel';

export interface RegimeStatusCounts {
  regime: Regime;
  counts: Record<CellStatus, number>;
  total: number;
}

export function emptyCounts(): Record<CellStatus, number> {
  return { sourced: 0, paraphrased: 0, unsourced: 0, disputed: 0, 'needs-review': 0 };
}

/** One entry per regime, in the regimes' order. Invariant: sum of counts = total = dimensions. */
export function statusCountsByRegime(model: Pick<ComparisonModel, 'regimes' | 'dimensions' | 'cellAt' | 'statusOf'>): RegimeStatusCounts[] {
  return model.regimes.map((regime) => {
    const counts = emptyCounts();
    for (const d of model.dimensions) counts[model.statusOf(model.cellAt(regime.id, d.id))] += 1;
    return { regime, counts, total: model.dimensions.length };
  });
}

/** The counts of every regime together. */
export function totalCounts(rows: readonly RegimeStatusCounts[]): Record<CellStatus, number> {
  const sum = emptyCounts();
  for (const row of rows) for (const [s, n] of Object.entries(row.counts) as [CellStatus, number][]) sum[s] += n;
  return sum;
}
