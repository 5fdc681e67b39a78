/**
 * Where a batch of clauses should now be expected, learned from the batch itself.
 *
 * A new version of a document shifts everything after an inserted page or an edit. A clause
 * whose passage recurs word for word, in the same 32 characters of surroundings, can only be told
 * from its copies by position, and its stored position is stale by that shift: tie-breaking on it
 * picks the wrong copy. Its neighbours (the clauses stored just before and after it) were
 * mostly placed without doubt, and their displacement says where it went.
 *
 * Invariants: pure; a shift is predicted only when most neighbours agree on it (SHIFT_TOLERANCE),
 * otherwise none; a clause's own result never counts towards its own prediction.
 */
import type { AnchorResult } from './anchorTarget';

/** Neighbours consulted on each side, in stored order. */
const NEIGHBOURS = 6;
/** Displacements within this many characters of the median count as agreeing. */
export const SHIFT_TOLERANCE = 200;
/** Share of the neighbours that must agree. */
const AGREEMENT = 2 / 3;

export interface StoredSpan {
  start: number;
}

/**
 * For each target, the displacement its placed neighbours agree on, or undefined. `order` lists
 * target indexes sorted by stored start.
 */
export function predictedShifts(stored: readonly StoredSpan[], results: readonly AnchorResult[]): (number | undefined)[] {
  const order = stored.map((_, i) => i).sort((a, b) => (stored[a]?.start ?? 0) - (stored[b]?.start ?? 0));
  const shiftOf = (i: number): number | undefined => {
    const r = results[i];
    return r && r.status !== 'orphaned' && r.start !== undefined ? r.start - (stored[i]?.start ?? 0) : undefined;
  };
  const predictions: (number | undefined)[] = new Array(stored.length).fill(undefined);
  order.forEach((target, rank) => {
    const shifts: number[] = [];
    for (let k = rank - 1; k >= 0 && shifts.length < NEIGHBOURS; k--) {
      const s = shiftOf(order[k] as number);
      if (s !== undefined) shifts.push(s);
    }
    const before = shifts.length;
    for (let k = rank + 1; k < order.length && shifts.length < before + NEIGHBOURS; k++) {
      const s = shiftOf(order[k] as number);
      if (s !== undefined) shifts.push(s);
    }
    if (shifts.length < 3) return;
    const sorted = [...shifts].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] as number;
    const agreeing = shifts.filter((s) => Math.abs(s - median) <= SHIFT_TOLERANCE).length;
    if (agreeing >= AGREEMENT * shifts.length) predictions[target] = median;
  });
  return predictions;
}
