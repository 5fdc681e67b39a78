/**
 * Adding one clause to a comparison cell's evidence ("Use as evidence for…" in the reader): one
 * write through db/comparisonsRepo (a new cell when the regime has none for that question) and one
 * undo entry that can be redone. The stored status follows the evidence (core/compare/cellStatus),
 * except an analyst's "disputed", which stays.
 */
import { deriveCellStatus } from '../../core/compare/cellStatus';
import { newId, stamp } from '../../core/ids';
import type { Cell, CellStatus } from '../../core/types';
import { addComparisonParts, deleteCells, getCell, getComparisonParts, putBack, updateCell } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';
import { loadEvidence } from './loadComparison';

export interface CellTarget {
  caseId: string;
  comparisonId: string;
  regimeId: string;
  dimensionId: string;
}

export type AddEvidenceResult = 'added' | 'already-there';

/** The status to store for a cell with these evidence clauses. */
async function statusFor(caseId: string, current: CellStatus, clauseIds: readonly string[]): Promise<CellStatus> {
  if (current === 'disputed') return current;
  const facts = await loadEvidence(caseId, clauseIds);
  return deriveCellStatus(
    { status: current },
    clauseIds.map((id) => facts.get(id)),
  );
}

/**
 * Appends `clauseId` to the target cell's evidence (after what is there, so the cell's first
 * evidence stays first), making the cell when there is none. Says 'already-there' and writes
 * nothing when the clause is already evidence for that cell.
 */
export async function addEvidenceUndoably(
  target: CellTarget,
  clauseId: string,
  profile: string,
  label: string,
  undo: UndoApi,
): Promise<AddEvidenceResult> {
  const parts = await getComparisonParts(db(), target.comparisonId);
  if (!parts) throw new Error('The comparison no longer exists; nothing was added.');
  if (!parts.regimes.some((r) => r.id === target.regimeId) || !parts.dimensions.some((d) => d.id === target.dimensionId))
    throw new Error('That regime or question was deleted meanwhile; nothing was added.');
  const existing = parts.cells.find((c) => c.regimeId === target.regimeId && c.dimensionId === target.dimensionId);

  if (existing) {
    if (existing.evidenceClauseIds.includes(clauseId)) return 'already-there';
    const evidenceClauseIds = [...existing.evidenceClauseIds, clauseId];
    const status = await statusFor(target.caseId, existing.status, evidenceClauseIds);
    const before = await updateCell(db(), existing.id, { evidenceClauseIds, status });
    if (!before) throw new Error('The cell was deleted meanwhile; nothing was added.');
    const after = await getCell(db(), existing.id);
    undo.push({
      label,
      undo: () => putBack(db(), { cells: [before] }),
      // Redo goes through the checks again (the clause may be gone, or of another case, by then).
      redo: async () => {
        if (after) await updateCell(db(), existing.id, { evidenceClauseIds: after.evidenceClauseIds, status: after.status });
      },
    });
    return 'added';
  }

  const cell: Cell = {
    id: newId(),
    caseId: target.caseId,
    comparisonId: target.comparisonId,
    regimeId: target.regimeId,
    dimensionId: target.dimensionId,
    answer: '',
    detail: '',
    evidenceClauseIds: [clauseId],
    status: await statusFor(target.caseId, 'unsourced', [clauseId]),
    ...stamp(profile),
  };
  await addComparisonParts(db(), { comparisons: [], regimes: [], dimensions: [], cells: [cell] });
  undo.push({
    label,
    undo: async () => {
      await deleteCells(db(), [cell.id]);
    },
    // Through the same checks as the first time: never a second cell for the pair, never dangling evidence.
    redo: () => addComparisonParts(db(), { comparisons: [], regimes: [], dimensions: [], cells: [cell] }),
  });
  return 'added';
}
