/**
 * Saving a cell of the matrix: its short answer, Markdown detail, evidence and the analyst's
 * "disputed" mark. A cell is made on its first save. The stored status is "disputed" when marked,
 * else the status its evidence gives (core/compare/cellStatus.ts), so outputs read it as shown.
 */
import { deriveCellStatus } from '../../core/compare/cellStatus';
import { newId, stamp } from '../../core/ids';
import type { Cell, CellStatus } from '../../core/types';
import { addComparisonParts, deleteCells, putBack, updateCell, type CellChanges } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';
import { NO_PARTS } from './comparisonActions';
import { loadEvidence } from './loadComparison';

export interface CellDraft {
  answer: string;
  detail: string;
  evidenceClauseIds: string[];
  disputed: boolean;
}

/** Where a cell sits: its case, comparison, regime (column) and dimension (row). */
export interface CellPlace {
  caseId: string;
  comparisonId: string;
  regimeId: string;
  dimensionId: string;
}

/** The status to store for a draft: the analyst's "disputed", or what the evidence gives. */
export async function storedStatus(caseId: string, draft: CellDraft): Promise<CellStatus> {
  if (draft.disputed) return 'disputed';
  const facts = await loadEvidence(caseId, draft.evidenceClauseIds);
  return deriveCellStatus(
    { status: 'sourced' },
    draft.evidenceClauseIds.map((id) => facts.get(id)),
  );
}

/**
 * Writes the draft to the cell at `place` (making it when `existing` is undefined). Undo puts the
 * cell back as it was, or deletes the one just made; redo writes the draft again.
 */
export async function saveCell(
  place: CellPlace,
  existing: Cell | undefined,
  draft: CellDraft,
  label: string,
  profile: string,
  undo: UndoApi,
): Promise<void> {
  const changes: CellChanges = {
    answer: draft.answer.trim(),
    detail: draft.detail.trim(),
    evidenceClauseIds: [...new Set(draft.evidenceClauseIds)],
    status: await storedStatus(place.caseId, draft),
  };
  if (existing) {
    const before = await updateCell(db(), existing.id, changes);
    if (!before) throw new Error('This cell no longer exists (its regime or question was deleted).');
    undo.push({
      label,
      undo: () => putBack(db(), { cells: [before] }),
      redo: async () => {
        await updateCell(db(), existing.id, changes);
      },
    });
    return;
  }
  const cell: Cell = { id: newId(), ...place, answer: '', detail: '', evidenceClauseIds: [], status: 'unsourced', ...changes, ...stamp(profile) };
  await addComparisonParts(db(), { comparisons: [], ...NO_PARTS, cells: [cell] });
  undo.push({
    label,
    undo: async () => {
      await deleteCells(db(), [cell.id]);
    },
    redo: () => addComparisonParts(db(), { comparisons: [], ...NO_PARTS, cells: [cell] }),
  });
}
