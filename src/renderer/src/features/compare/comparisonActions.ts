/**
 * The Compare view's writes to comparisons themselves: make, rename and delete one, and choose its
 * baseline. Each is one transaction in db/comparisonsRepo and one undo entry that can be redone.
 */
import { newId, stamp } from '../../core/ids';
import type { Comparison } from '../../core/types';
import {
  addComparisonParts,
  deleteComparison,
  putBack,
  restoreParts,
  updateComparison,
  type ComparisonChanges,
  type RemovedParts,
} from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';

export const NO_PARTS: Omit<RemovedParts, 'comparisons'> = { regimes: [], dimensions: [], cells: [] };

/** A new, empty comparison in the case; undo deletes it (with anything added since), redo puts all back. */
export async function createComparison(caseId: string, title: string, profile: string, undo: UndoApi): Promise<Comparison> {
  const comparison: Comparison = { id: newId(), caseId, title, ...stamp(profile) };
  await addComparisonParts(db(), { comparisons: [comparison], ...NO_PARTS });
  let removed: RemovedParts | undefined;
  undo.push({
    label: `Added the comparison “${title}”.`,
    undo: async () => {
      removed = await deleteComparison(db(), comparison.id);
    },
    redo: () => restoreParts(db(), removed ?? { comparisons: [comparison], ...NO_PARTS }),
  });
  return comparison;
}

/** Changes the title or baseline; undo puts the comparison back as it was. */
export async function editComparison(id: string, changes: ComparisonChanges, label: string, undo: UndoApi): Promise<void> {
  const before = await updateComparison(db(), id, changes);
  if (!before) throw new Error('This comparison no longer exists.');
  undo.push({
    label,
    undo: () => putBack(db(), { comparisons: [before] }),
    redo: async () => {
      await updateComparison(db(), id, changes);
    },
  });
}

/** Deletes the comparison with its regimes, questions and cells; undo restores every row. */
export async function removeComparison(comparison: Comparison, undo: UndoApi): Promise<void> {
  let removed = await deleteComparison(db(), comparison.id);
  if (!removed) return;
  undo.push({
    label: `Deleted the comparison “${comparison.title}”.`,
    undo: async () => {
      if (removed) await restoreParts(db(), removed);
    },
    redo: async () => {
      removed = await deleteComparison(db(), comparison.id);
    },
  });
}
