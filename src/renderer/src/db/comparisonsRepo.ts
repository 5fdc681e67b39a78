/**
 * The comparison aggregate: a comparison of one case with its regimes (columns), dimensions (rows)
 * and cells (one per regime and dimension). Every write of the Compare view goes through here, in
 * one transaction each, returning what Undo needs to put things back.
 */
import type { Cell, Comparison, Dimension, Regime } from '../core/types';
import type { Table } from 'dexie';
import type { ClausebenchDb } from './database';

/** A comparison with its parts, as the view and the exports read it. */
export interface ComparisonParts {
  comparison: Comparison;
  /** By `order`. */
  regimes: Regime[];
  /** By `order`. */
  dimensions: Dimension[];
  cells: Cell[];
}

/** Everything a delete removed, as it was; restoreComparisonParts puts it back. */
export interface RemovedParts {
  comparisons: Comparison[];
  regimes: Regime[];
  dimensions: Dimension[];
  cells: Cell[];
}

export type RegimeChanges = Partial<Pick<Regime, 'name' | 'jurisdiction' | 'status' | 'instruments' | 'order'>>;
export type DimensionChanges = Partial<Pick<Dimension, 'question' | 'group' | 'order' | 'agreement'>>;
export type CellChanges = Partial<Pick<Cell, 'answer' | 'detail' | 'evidenceClauseIds' | 'status'>>;
export type ComparisonChanges = Partial<Pick<Comparison, 'title' | 'baselineRegimeId'>>;

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);
const now = () => new Date().toISOString();

function tables(database: ClausebenchDb) {
  return [database.comparisons, database.regimes, database.dimensions, database.cells];
}

/** The comparisons of a case (all cases when undefined), by title. */
export async function listComparisons(database: ClausebenchDb, caseId: string | undefined): Promise<Comparison[]> {
  const rows = caseId ? await database.comparisons.where('caseId').equals(caseId).toArray() : await database.comparisons.toArray();
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

/** A comparison with its regimes, dimensions and cells; undefined when there is no such comparison. */
export async function getComparisonParts(database: ClausebenchDb, comparisonId: string): Promise<ComparisonParts | undefined> {
  return database.transaction('r', tables(database), async () => {
    const comparison = await database.comparisons.get(comparisonId);
    if (!comparison) return undefined;
    const [regimes, dimensions, cells] = await Promise.all([
      database.regimes.where('comparisonId').equals(comparisonId).toArray(),
      database.dimensions.where('comparisonId').equals(comparisonId).toArray(),
      database.cells.where('comparisonId').equals(comparisonId).toArray(),
    ]);
    return { comparison, regimes: regimes.sort(byOrder), dimensions: dimensions.sort(byOrder), cells };
  });
}

/**
 * Adds a comparison and any parts in one transaction. Invariants: the case exists; every part
 * belongs to that case and comparison; a cell's regime and dimension are among the parts or
 * stored; at most one cell per (regime, dimension); evidence clauses belong to the case.
 */
export async function addComparisonParts(database: ClausebenchDb, parts: RemovedParts): Promise<void> {
  await database.transaction('rw', [...tables(database), database.cases, database.clauses], async () => {
    await checkParts(database, parts);
    await database.comparisons.bulkAdd(parts.comparisons);
    await database.regimes.bulkAdd(parts.regimes);
    await database.dimensions.bulkAdd(parts.dimensions);
    await database.cells.bulkAdd(parts.cells);
  });
}

async function checkParts(database: ClausebenchDb, parts: RemovedParts): Promise<void> {
  // Bulk reads, not one await per part: a long chain of awaits inside the transaction lets
  // IndexedDB commit it early (PrematureCommitError with the sample's 120 cells), and is slow.
  const caseIds = [...new Set(parts.comparisons.map((c) => c.caseId))];
  const cases = new Set((await database.cases.bulkGet(caseIds)).flatMap((c) => (c ? [c.id] : [])));
  for (const c of parts.comparisons) if (!cases.has(c.caseId)) throw new Error(`The case of “${c.title}” no longer exists.`);
  const comparisons = new Map(parts.comparisons.map((c) => [c.id, c]));
  const otherIds = [...new Set([...parts.regimes, ...parts.dimensions, ...parts.cells].map((p) => p.comparisonId))].filter(
    (id) => !comparisons.has(id),
  );
  for (const c of await database.comparisons.bulkGet(otherIds)) if (c) comparisons.set(c.id, c);
  for (const part of [...parts.regimes, ...parts.dimensions, ...parts.cells]) {
    const comparison = comparisons.get(part.comparisonId);
    if (!comparison) throw new Error('The comparison of this part no longer exists; nothing was added.');
    if (comparison.caseId !== part.caseId) throw new Error('A comparison’s parts must belong to its case; nothing was added.');
  }
  const regimeIds = new Set(parts.regimes.map((r) => r.id));
  const dimensionIds = new Set(parts.dimensions.map((d) => d.id));
  const storedIds = async (table: Table<{ id: string }, string>, ids: string[]) =>
    new Set((await table.bulkGet([...new Set(ids)])).flatMap((row) => (row ? [row.id] : [])));
  const storedRegimes = await storedIds(
    database.regimes,
    parts.cells.map((c) => c.regimeId).filter((id) => !regimeIds.has(id)),
  );
  const storedDimensions = await storedIds(
    database.dimensions,
    parts.cells.map((c) => c.dimensionId).filter((id) => !dimensionIds.has(id)),
  );
  const pairs = parts.cells.map((c) => [c.regimeId, c.dimensionId]);
  const taken = new Set(
    pairs.length === 0
      ? []
      : (await database.cells.where('[regimeId+dimensionId]').anyOf(pairs).toArray()).map((c) => `${c.regimeId} ${c.dimensionId}`),
  );
  const seen = new Set<string>();
  for (const cell of parts.cells) {
    if (!regimeIds.has(cell.regimeId) && !storedRegimes.has(cell.regimeId)) throw new Error('A cell’s regime is missing; nothing was added.');
    if (!dimensionIds.has(cell.dimensionId) && !storedDimensions.has(cell.dimensionId))
      throw new Error('A cell’s dimension is missing; nothing was added.');
    const key = `${cell.regimeId} ${cell.dimensionId}`;
    if (seen.has(key) || taken.has(key)) throw new Error('There is already a cell for this regime and question; nothing was added.');
    seen.add(key);
  }
  await checkEvidence(database, parts.cells);
}

/** Refuses evidence clauses that are missing or belong to another case than their cell. */
async function checkEvidence(database: ClausebenchDb, cells: readonly Pick<Cell, 'caseId' | 'evidenceClauseIds'>[]): Promise<void> {
  const ids = [...new Set(cells.flatMap((c) => c.evidenceClauseIds))];
  const clauses = new Map((await database.clauses.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  for (const cell of cells)
    for (const id of cell.evidenceClauseIds) {
      const clause = clauses.get(id);
      if (!clause) throw new Error('An evidence clause no longer exists; nothing was changed.');
      if (clause.caseId !== cell.caseId) throw new Error('Evidence must be a clause of the comparison’s own case; nothing was changed.');
    }
}

async function updateRow<T extends { id: string; updatedAt: string }>(
  table: Table<T, string>,
  id: string,
  changes: Partial<T>,
): Promise<T | undefined> {
  const before = await table.get(id);
  if (!before) return undefined;
  await table.put({ ...before, ...changes, id: before.id, updatedAt: now() });
  return before;
}

/** One cell, or undefined when it is gone. */
export async function getCell(database: ClausebenchDb, id: string): Promise<Cell | undefined> {
  return database.cells.get(id);
}

/** Each update returns the row as it was (for Undo via putBack), or undefined when it is gone. */
export async function updateComparison(database: ClausebenchDb, id: string, changes: ComparisonChanges): Promise<Comparison | undefined> {
  return database.transaction('rw', database.comparisons, () => updateRow<Comparison>(database.comparisons, id, changes));
}
export async function updateRegime(database: ClausebenchDb, id: string, changes: RegimeChanges): Promise<Regime | undefined> {
  return database.transaction('rw', database.regimes, () => updateRow<Regime>(database.regimes, id, changes));
}
export async function updateDimension(database: ClausebenchDb, id: string, changes: DimensionChanges): Promise<Dimension | undefined> {
  return database.transaction('rw', database.dimensions, () => updateRow<Dimension>(database.dimensions, id, changes));
}
export async function updateCell(database: ClausebenchDb, id: string, changes: CellChanges): Promise<Cell | undefined> {
  return database.transaction('rw', [database.cells, database.clauses], async () => {
    const before = await database.cells.get(id);
    if (!before) return undefined;
    if (changes.evidenceClauseIds) await checkEvidence(database, [{ caseId: before.caseId, evidenceClauseIds: changes.evidenceClauseIds }]);
    await database.cells.put({ ...before, ...changes, id: before.id, updatedAt: now() });
    return before;
  });
}

/** Puts rows back exactly as they were (Undo of updates, or of an add's reverse). */
export async function putBack(database: ClausebenchDb, rows: Partial<RemovedParts>): Promise<void> {
  await database.transaction('rw', tables(database), async () => {
    await database.comparisons.bulkPut(rows.comparisons ?? []);
    await database.regimes.bulkPut(rows.regimes ?? []);
    await database.dimensions.bulkPut(rows.dimensions ?? []);
    await database.cells.bulkPut(rows.cells ?? []);
  });
}

/** Reorders regimes or dimensions: `ids` in their new order get order 0, 1, 2...; returns the rows as they were. */
export async function reorder(database: ClausebenchDb, kind: 'regimes' | 'dimensions', ids: readonly string[]): Promise<(Regime | Dimension)[]> {
  return kind === 'regimes' ? reorderIn(database, database.regimes, ids) : reorderIn(database, database.dimensions, ids);
}

async function reorderIn<T extends Regime | Dimension>(database: ClausebenchDb, table: Table<T, string>, ids: readonly string[]): Promise<T[]> {
  return database.transaction('rw', table, async () => {
    const rows = (await table.bulkGet([...ids])).filter((r): r is T => r !== undefined);
    const at = now();
    await table.bulkPut(rows.map((r) => ({ ...r, order: ids.indexOf(r.id), updatedAt: at })));
    return rows;
  });
}

/** Deletes regimes and/or dimensions with their cells (and a comparison's baseline pointing at a gone regime). */
export async function deleteParts(
  database: ClausebenchDb,
  ids: { regimeIds?: readonly string[]; dimensionIds?: readonly string[] },
): Promise<RemovedParts> {
  return database.transaction('rw', tables(database), async () => {
    const regimes = (await database.regimes.bulkGet([...(ids.regimeIds ?? [])])).filter((r): r is Regime => r !== undefined);
    const dimensions = (await database.dimensions.bulkGet([...(ids.dimensionIds ?? [])])).filter((d): d is Dimension => d !== undefined);
    // Cells are indexed by comparison (and regime+dimension pairs), not by dimension alone.
    const goneParts = new Set([...regimes, ...dimensions].map((p) => p.id));
    const comparisonIds = [...new Set([...regimes, ...dimensions].map((p) => p.comparisonId))];
    const uniqueCells = (await database.cells.where('comparisonId').anyOf(comparisonIds).toArray()).filter(
      (c) => goneParts.has(c.regimeId) || goneParts.has(c.dimensionId),
    );
    const gone = new Set(regimes.map((r) => r.id));
    const comparisons = (await database.comparisons.bulkGet([...new Set(regimes.map((r) => r.comparisonId))])).filter(
      (c): c is Comparison => c !== undefined && c.baselineRegimeId !== undefined && gone.has(c.baselineRegimeId),
    );
    await database.comparisons.bulkPut(comparisons.map((c) => ({ ...c, baselineRegimeId: undefined, updatedAt: now() })));
    await database.cells.bulkDelete(uniqueCells.map((c) => c.id));
    await database.regimes.bulkDelete(regimes.map((r) => r.id));
    await database.dimensions.bulkDelete(dimensions.map((d) => d.id));
    return { comparisons, regimes, dimensions, cells: uniqueCells };
  });
}

/** Deletes cells by id (Undo of a cell made in the matrix); returns them as they were. */
export async function deleteCells(database: ClausebenchDb, ids: readonly string[]): Promise<Cell[]> {
  return database.transaction('rw', database.cells, async () => {
    const cells = (await database.cells.bulkGet([...ids])).filter((c): c is Cell => c !== undefined);
    await database.cells.bulkDelete(cells.map((c) => c.id));
    return cells;
  });
}

/** Deletes a comparison and all its parts. */
export async function deleteComparison(database: ClausebenchDb, comparisonId: string): Promise<RemovedParts | undefined> {
  return database.transaction('rw', tables(database), async () => {
    const parts = await getComparisonParts(database, comparisonId);
    if (!parts) return undefined;
    await database.cells.bulkDelete(parts.cells.map((c) => c.id));
    await database.regimes.bulkDelete(parts.regimes.map((r) => r.id));
    await database.dimensions.bulkDelete(parts.dimensions.map((d) => d.id));
    await database.comparisons.delete(comparisonId);
    return { comparisons: [parts.comparison], regimes: parts.regimes, dimensions: parts.dimensions, cells: parts.cells };
  });
}

/** Undo of a delete: puts every removed row back (comparisons first, as they were). */
export async function restoreParts(database: ClausebenchDb, removed: RemovedParts): Promise<void> {
  await putBack(database, removed);
}
