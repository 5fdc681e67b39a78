/**
 * The matrix's writes to its columns and rows: add, edit, reorder and delete regimes and
 * questions (dimensions), and the analyst's agreement call on a row. One transaction each in
 * db/comparisonsRepo, one undo entry each that can be redone.
 */
import type { Dimension, Regime } from '../../core/types';
import {
  addComparisonParts,
  deleteParts,
  putBack,
  reorder,
  restoreParts,
  updateDimension,
  updateRegime,
  type DimensionChanges,
  type RegimeChanges,
  type RemovedParts,
} from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';

type Part = { kind: 'regime'; row: Regime } | { kind: 'dimension'; row: Dimension };

function partsOf(part: Part): RemovedParts {
  return { comparisons: [], regimes: part.kind === 'regime' ? [part.row] : [], dimensions: part.kind === 'dimension' ? [part.row] : [], cells: [] };
}

function idsOf(part: Part) {
  return part.kind === 'regime' ? { regimeIds: [part.row.id] } : { dimensionIds: [part.row.id] };
}

const nameOf = (part: Part) => (part.kind === 'regime' ? part.row.name : part.row.question);

/** Adds a regime (a column) or a question (a row); undo deletes it with any cell filled since. */
export async function addPart(part: Part, undo: UndoApi): Promise<void> {
  await addComparisonParts(db(), partsOf(part));
  let removed: RemovedParts | undefined;
  undo.push({
    label: `Added ${part.kind === 'regime' ? 'the regime' : 'the question'} “${nameOf(part)}”.`,
    undo: async () => {
      removed = await deleteParts(db(), idsOf(part));
    },
    redo: () => (removed ? restoreParts(db(), removed) : addComparisonParts(db(), partsOf(part))),
  });
}

export async function editRegime(id: string, changes: RegimeChanges, label: string, undo: UndoApi): Promise<void> {
  const before = await updateRegime(db(), id, changes);
  if (!before) throw new Error('This regime no longer exists.');
  undo.push({
    label,
    undo: () => putBack(db(), { regimes: [before] }),
    redo: async () => {
      await updateRegime(db(), id, changes);
    },
  });
}

export async function editDimension(id: string, changes: DimensionChanges, label: string, undo: UndoApi): Promise<void> {
  const before = await updateDimension(db(), id, changes);
  if (!before) throw new Error('This question no longer exists.');
  undo.push({
    label,
    undo: () => putBack(db(), { dimensions: [before] }),
    redo: async () => {
      await updateDimension(db(), id, changes);
    },
  });
}

/** Writes a new order of regimes or questions (every id of the comparison); undo restores the old one. */
export async function reorderParts(kind: 'regime' | 'dimension', ids: readonly string[], label: string, undo: UndoApi): Promise<void> {
  const write = () => reorder(db(), kind === 'regime' ? 'regimes' : 'dimensions', ids);
  const before = await write();
  undo.push({
    label,
    undo: () => putBack(db(), kind === 'regime' ? { regimes: before as Regime[] } : { dimensions: before as Dimension[] }),
    redo: async () => {
      await write();
    },
  });
}

/** Deletes a regime or question with its cells; undo restores them (and a baseline it was). */
export async function removePart(part: Part, undo: UndoApi): Promise<number> {
  let removed = await deleteParts(db(), idsOf(part));
  const count = removed.cells.length;
  undo.push({
    label: `Deleted ${part.kind === 'regime' ? 'the regime' : 'the question'} “${nameOf(part)}” and ${count} cell${count === 1 ? '' : 's'}.`,
    undo: () => restoreParts(db(), removed),
    redo: async () => {
      removed = await deleteParts(db(), idsOf(part));
    },
  });
  return count;
}
