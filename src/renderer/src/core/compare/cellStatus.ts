/**
 * A comparison cell's status, derived from its evidence so that nobody mistakes a paraphrase or an
 * opinion for the law's text. Only "disputed" is the analyst's own mark.
 */
import type { AnchorStatus, Cell, CellStatus } from '../types';
import type { SourceKind } from './sourceKind';

/** What the status needs to know of one evidence clause; undefined when the clause is gone. */
export interface EvidenceFacts {
  anchorStatus: AnchorStatus;
  sourceKind: SourceKind;
}

export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  sourced: 'Sourced',
  paraphrased: 'Paraphrased',
  unsourced: 'Unsourced',
  disputed: 'Disputed',
  'needs-review': 'Needs review',
};

export const CELL_STATUS_HELP: Record<CellStatus, string> = {
  sourced: 'Backed by a clause of a primary text (law, order, letter, filing, court paper).',
  paraphrased: 'Backed only by study notes or other secondary documents: a paraphrase, not the law’s text.',
  unsourced: 'No evidence attached: the answer is the analyst’s, unchecked.',
  disputed: 'Marked disputed by the analyst.',
  'needs-review': 'An evidence clause is orphaned or gone (a new version moved or changed its text).',
};

/**
 * Invariants, in this order: any evidence clause gone or orphaned → 'needs-review' (broken
 * evidence outranks everything, so a demoted cell is never shown as sourced); the analyst's
 * 'disputed' stays; any primary evidence → 'sourced'; any evidence → 'paraphrased'; else
 * 'unsourced'. `evidence` is in the cell's evidence order, undefined for a missing clause.
 */
export function deriveCellStatus(cell: Pick<Cell, 'status'>, evidence: readonly (EvidenceFacts | undefined)[]): CellStatus {
  if (evidence.some((e) => e === undefined || e.anchorStatus === 'orphaned')) return 'needs-review';
  if (cell.status === 'disputed') return 'disputed';
  if (evidence.some((e) => e!.sourceKind === 'primary')) return 'sourced';
  if (evidence.length > 0) return 'paraphrased';
  return 'unsourced';
}
