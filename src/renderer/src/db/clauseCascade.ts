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

/** The tables a clause removal writes; a caller's outer transaction must include them. */
export function clauseCascadeTables(database: ClausebenchDb) {
  return [database.clauses, database.links, database.cells];
}

/**
 * Deletes `clauses` (as read by the caller), every link to them in any case, and their ids from
 * every cell's evidence. Runs in one transaction (a child of the caller's, when there is one).
 * Invariant: afterwards no link and no cell refers to any of these clause ids.
 */
export async function removeClauses(database: ClausebenchDb, clauses: readonly Clause[]): Promise<ClauseRemoval> {
  if (clauses.length === 0) return { clauses: [], links: [], cells: [] };
  return database.transaction('rw', clauseCascadeTables(database), async () => {
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
 * Puts back what removeClauses took, in one transaction. Cells are restored as they were before
 * the removal (undo runs newest first, so nothing later has changed them); a cell deleted since
 * (with its comparison, say) stays deleted rather than coming back on its own.
 */
export async function restoreClauses(database: ClausebenchDb, removal: ClauseRemoval): Promise<void> {
  if (removal.clauses.length === 0 && removal.links.length === 0 && removal.cells.length === 0) return;
  await database.transaction('rw', clauseCascadeTables(database), async () => {
    await database.clauses.bulkPut(removal.clauses);
    await database.links.bulkPut(removal.links);
    const present = await database.cells.bulkGet(removal.cells.map((c) => c.id));
    await database.cells.bulkPut(removal.cells.filter((_, i) => present[i] !== undefined));
  });
}
