/**
 * Baseline and differences: which cells differ from the baseline regime's, and which rows (a
 * dimension across the shown regimes) agree, so "Show only differences" can hide the rest.
 */
import type { Cell, Dimension } from '../types';

/** Short answers compared without case, spacing or final punctuation: "Yes." = "yes". */
export function answerKey(answer: string): string {
  return answer
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:!]+$/, '');
}

/**
 * True when `cell` differs from the baseline's cell of the same dimension. An empty answer on
 * either side is not a difference (unknown is not disagreement); neither is the baseline itself.
 */
export function differsFromBaseline(cell: Pick<Cell, 'answer'> | undefined, baseline: Pick<Cell, 'answer'> | undefined): boolean {
  const a = answerKey(cell?.answer ?? '');
  const b = answerKey(baseline?.answer ?? '');
  return a !== '' && b !== '' && a !== b;
}

/**
 * Whether the regimes agree on a dimension: the analyst's call when made; otherwise true when
 * every one of `cells` (the shown regimes' cells of this row) has the same non-empty short answer.
 * A row with any empty answer does not agree (there is something to look at).
 */
export function rowAgrees(dimension: Pick<Dimension, 'agreement'>, cells: readonly (Pick<Cell, 'answer'> | undefined)[]): boolean {
  if (dimension.agreement) return dimension.agreement === 'agree';
  const keys = cells.map((c) => answerKey(c?.answer ?? ''));
  return keys.length > 0 && keys.every((k) => k !== '' && k === keys[0]);
}
