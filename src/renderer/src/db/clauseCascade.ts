/**
 * What goes with a clause when it goes: its links, and its id in the evidence of comparison cells.
 * Written once here; deleting a clause, a document or a case all remove clauses through it, so
 * no path can leave a link to a missing clause or a cell citing one.
 */
import type { Cell, Clause, Link } from '../core/types';
import type { ClausebenchDb } from './database';

/** Everything a clause removal deleted or changed, kept so Undo can put it back exactly. */
export interface ClauseRemoval {
  clauses: Clause[];
  links: Link[];
  /** The cells that cited a removed clause, as they were before the ids were taken out. */
  cells: Cell[];
}

/**
 * The tables a clause removal or its undo uses; a caller's outer transaction must include them.
 * Entities and comparisons are only read (by the undo, to check what it puts back still fits).
 */
export function clauseCascadeTables(database: ClausebenchDb) {
  return [database.clauses, database.links, database.cells, database.entities, database.comparisons];
}

/**
 * Deletes `clauses` (as read by the caller), every link to them in any case, and their ids from
 * every cell's evidence. Runs in one transaction (a child of the caller's, when there is one).
 * Invariant: afterwards no link and no cell refers to any of these clause ids.
 */
export async function removeClauses(database: ClausebenchDb, clauses: readonly Clause[]): Promise<ClauseRemoval> {
  if (clauses.length === 0) return { clauses: [], links: [], cells: [] };
  // Only the tables written: callers' transactions (deleteClause's, say) may hold no more.
  return database.transaction('rw', [database.clauses, database.links, database.cells], async () => {
    const ids = clauses.map((c) => c.id);
    const gone = new Set(ids);
    const links = await database.links.where('clauseId').anyOf(ids).toArray();
    const cells = await database.cells.where('evidenceClauseIds').anyOf(ids).distinct().toArray();
    const now = new Date().toISOString();
    await database.cells.bulkPut(
      cells.map((cell) => ({ ...cell, evidenceClauseIds: cell.evidenceClauseIds.filter((id) => !gone.has(id)), updatedAt: now })),
    );
    await database.links.bulkDelete(links.map((l) => l.id));
    await database.clauses.bulkDelete(ids);
    return { clauses: [...clauses], links, cells };
  });
}

/**
 * The links Undo may put back: those whose clause and entity are stored now and belong to the
 * link's own case. The world may have moved on since the removal (the sample case reset, say, which
 * brings shipped clauses back under their fixed ids while the user's entities are gone), and a
 * before-image must never recreate a dangling or cross-case link.
 */
export async function linksThatFit(database: ClausebenchDb, links: readonly Link[]): Promise<Link[]> {
  const [clauses, entities] = await Promise.all([
    database.clauses.bulkGet(links.map((l) => l.clauseId)),
    database.entities.bulkGet(links.map((l) => l.entityId)),
  ]);
  return links.filter((l, i) => clauses[i]?.caseId === l.caseId && entities[i]?.caseId === l.caseId);
}

/**
 * The cells Undo may put back, as they may be put back: only into a stored comparison of the
 * cell's case, and citing only stored clauses of that case (an evidence id the world has lost
 * since is dropped, as removeClauses would have dropped it).
 */
export async function cellsThatFit(database: ClausebenchDb, cells: readonly Cell[]): Promise<Cell[]> {
  const comparisons = await database.comparisons.bulkGet(cells.map((c) => c.comparisonId));
  const kept = cells.filter((c, i) => comparisons[i]?.caseId === c.caseId);
  const evidenceIds = [...new Set(kept.flatMap((c) => c.evidenceClauseIds))];
  const stored = await database.clauses.bulkGet(evidenceIds);
  const caseOf = new Map(evidenceIds.map((id, i) => [id, stored[i]?.caseId]));
  return kept.map((cell) => {
    const evidenceClauseIds = cell.evidenceClauseIds.filter((id) => caseOf.get(id) === cell.caseId);
    // The before-image as it was whenever nothing was lost, so an ordinary undo is exact.
    return evidenceClauseIds.length === cell.evidenceClauseIds.length ? cell : { ...cell, evidenceClauseIds };
  });
}

/**
 * Puts back what removeClauses took, in one transaction. Cells are restored as they were before
 * the removal (undo runs newest first, so nothing later has changed them); a cell deleted since
 * (with its comparison, say) stays deleted rather than coming back on its own. Links and cells are
 * put back only where they still fit (linksThatFit, cellsThatFit).
 */
export async function restoreClauses(database: ClausebenchDb, removal: ClauseRemoval): Promise<void> {
  if (removal.clauses.length === 0 && removal.links.length === 0 && removal.cells.length === 0) return;
  await database.transaction('rw', clauseCascadeTables(database), async () => {
    await database.clauses.bulkPut(removal.clauses);
    await database.links.bulkPut(await linksThatFit(database, removal.links));
    const present = await database.cells.bulkGet(removal.cells.map((c) => c.id));
    await database.cells.bulkPut(
      await cellsThatFit(
        database,
        removal.cells.filter((_, i) => present[i] !== undefined),
      ),
    );
  });
}
