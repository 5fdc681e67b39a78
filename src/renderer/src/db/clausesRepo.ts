/**
 * The clause aggregate: a clause, plus what refers to it (links, cell evidence) when it goes.
 * Every clause read and write of the app goes through here.
 */
import { sortInReadingOrder } from '../core/clauseOrder';
import type { Clause } from '../core/types';
import { removeClauses, restoreClauses, type ClauseRemoval } from './clauseCascade';
import type { ClausebenchDb } from './database';

/** What a clause delete removed or changed: the clause, its links and the cells citing it, as they were. */
export type DeletedClause = ClauseRemoval;

/** What an edit may change; a clause never moves to another case or document, and keeps its maker. */
export type ClauseChanges = Partial<Omit<Clause, 'id' | 'caseId' | 'documentId' | 'createdBy' | 'createdAt' | 'updatedAt'>>;

/** Refuses clauses whose case is missing or whose document is not filed in that case. */
async function checkPlacement(database: ClausebenchDb, clauses: readonly Clause[]): Promise<void> {
  const caseIds = [...new Set(clauses.map((c) => c.caseId))];
  const documentIds = [...new Set(clauses.map((c) => c.documentId))];
  const cases = await database.cases.bulkGet(caseIds);
  const docs = new Map((await database.documents.bulkGet(documentIds)).flatMap((d) => (d ? [[d.id, d] as const] : [])));
  caseIds.forEach((id, i) => {
    if (!cases[i]) throw new Error(`The case of this clause no longer exists (${id}). Choose a case and annotate again.`);
  });
  for (const clause of clauses) {
    const doc = docs.get(clause.documentId);
    const name = clause.label || clause.target.quote.exact.slice(0, 40);
    if (!doc) throw new Error(`The document of clause “${name}” is not in the library. Import it again first.`);
    if (!doc.caseIds.includes(clause.caseId))
      throw new Error(`“${doc.title}” is not filed in this clause's case. Add the document to the case first.`);
  }
}

/** The clauses with these ids that exist, in the order asked (duplicates once). */
export async function getClauses(database: ClausebenchDb, ids: readonly string[]): Promise<Clause[]> {
  return (await database.clauses.bulkGet([...new Set(ids)])).filter((c): c is Clause => c !== undefined);
}

/** Adds one clause. Invariant: its case exists and its document is filed in that case. */
export async function addClause(database: ClausebenchDb, clause: Clause): Promise<Clause> {
  await addClauses(database, [clause]);
  return clause;
}

/**
 * Adds many clauses in one transaction: all of them, or (when any is misplaced or its id is
 * taken) none. Same invariant as addClause.
 */
export async function addClauses(database: ClausebenchDb, clauses: readonly Clause[]): Promise<void> {
  if (clauses.length === 0) return;
  await database.transaction('rw', [database.clauses, database.documents, database.cases], async () => {
    await checkPlacement(database, clauses);
    await database.clauses.bulkAdd([...clauses]);
  });
}

/**
 * Applies `changes` and stamps updatedAt; returns the clause as it was (for Undo, through
 * revertClause), or undefined when there is no such clause.
 */
export async function updateClause(database: ClausebenchDb, id: string, changes: ClauseChanges): Promise<Clause | undefined> {
  return database.transaction('rw', database.clauses, async () => {
    const before = await database.clauses.get(id);
    if (!before) return undefined;
    // The type keeps identity and provenance out of `changes`; this keeps them out at run time too.
    const { caseId, documentId, createdBy, createdAt } = before;
    await database.clauses.put({
      ...before,
      ...changes,
      id: before.id,
      caseId,
      documentId,
      createdBy,
      createdAt,
      updatedAt: new Date().toISOString(),
    });
    return before;
  });
}

/** Puts a clause back exactly as updateClause returned it (Undo of an edit). */
export async function revertClause(database: ClausebenchDb, before: Clause): Promise<void> {
  await database.clauses.put(before);
}

/** Deletes a clause, its links and its citations in cells, in one transaction. */
export async function deleteClause(database: ClausebenchDb, id: string): Promise<DeletedClause | undefined> {
  return database.transaction('rw', [database.clauses, database.links, database.cells], async () => {
    const clause = await database.clauses.get(id);
    return clause ? removeClauses(database, [clause]) : undefined;
  });
}

/** Deletes several clauses (an accepted batch, an import) with their links and citations, in one transaction. */
export async function deleteClauses(database: ClausebenchDb, ids: readonly string[]): Promise<DeletedClause> {
  return database.transaction('rw', [database.clauses, database.links, database.cells], async () => {
    const clauses = (await database.clauses.bulkGet([...ids])).filter((c): c is Clause => !!c);
    return removeClauses(database, clauses);
  });
}

/**
 * Stores rectangles found by the reader for clauses placed without them, in one transaction. Only
 * target.rects changes and updatedAt stays: drawing a clause is not editing it. Unchanged or
 * vanished clauses are skipped.
 */
export async function setClauseRects(
  database: ClausebenchDb,
  entries: readonly { clauseId: string; rects: Clause['target']['rects'] }[],
): Promise<void> {
  if (entries.length === 0) return;
  await database.transaction('rw', database.clauses, async () => {
    for (const { clauseId, rects } of entries) {
      const clause = await database.clauses.get(clauseId);
      if (!clause || JSON.stringify(clause.target.rects) === JSON.stringify(rects)) continue;
      await database.clauses.put({ ...clause, target: { ...clause.target, rects } });
    }
  });
}

/** Puts back exactly what deleteClause removed or changed, in one transaction. */
export async function restoreClause(database: ClausebenchDb, deleted: DeletedClause): Promise<void> {
  await restoreClauses(database, deleted);
}

export async function getClause(database: ClausebenchDb, id: string): Promise<Clause | undefined> {
  return database.clauses.get(id);
}

/**
 * Clauses of one case (all cases when caseId is undefined), optionally of one document only.
 * Order is the index's, not reading order: see clausesForDocument.
 */
export async function listClauses(database: ClausebenchDb, caseId: string | undefined, documentId?: string): Promise<Clause[]> {
  if (caseId !== undefined && documentId !== undefined) return database.clauses.where('[caseId+documentId]').equals([caseId, documentId]).toArray();
  if (caseId !== undefined) return database.clauses.where('caseId').equals(caseId).toArray();
  if (documentId !== undefined) return database.clauses.where('documentId').equals(documentId).toArray();
  return database.clauses.toArray();
}

/** One document's clauses of one case (or of all cases) in reading order (core/clauseOrder.ts). */
export async function clausesForDocument(database: ClausebenchDb, caseId: string | undefined, documentId: string): Promise<Clause[]> {
  return sortInReadingOrder(await listClauses(database, caseId, documentId));
}
