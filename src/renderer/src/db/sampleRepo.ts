import type { Case, Clause } from '../core/types';
import { caseContentTables, removeCaseContents } from './caseContents';
import { addClauses } from './clausesRepo';
import type { ClausebenchDb } from './database';
import { deleteDocument, documentRemovalTables } from './documentsRepo';
import { removeCaseSettings } from './settingsRepo';

/**
 * Empties the sample case without touching any other case: documents only in the sample leave the
 * library; documents the user also filed elsewhere only leave the sample case; what was made in the
 * sample case (clauses, entities, links, comparisons) and its own settings (dismissed suggestions)
 * are deleted. The case record stays. One transaction, through the same removals as deleting a
 * document and deleting a case.
 */
export async function clearSampleCase(database: ClausebenchDb, sample: Case): Promise<void> {
  const tables = [...new Set([...documentRemovalTables(database), ...caseContentTables(database), database.settings])];
  await database.transaction('rw', tables, async () => {
    const docIds = await database.documents.where('caseIds').equals(sample.id).primaryKeys();
    for (const id of docIds) await deleteDocument(database, id, sample.id);
    await removeCaseContents(database, sample.id);
    await removeCaseSettings(database, sample.id);
  });
}

/**
 * Adds the sample case's clauses in one transaction, through addClauses (so each must sit on a
 * document filed in the sample case). An id already in the sample case is left as it is: an
 * install that completes an earlier one keeps the user's edits. An id held by a clause of another
 * case (a bundle made from the sample) is never overwritten: those clauses are returned, unadded,
 * for the caller to report.
 */
export async function addSampleClauses(database: ClausebenchDb, sampleCaseId: string, clauses: readonly Clause[]): Promise<Clause[]> {
  return database.transaction('rw', [database.clauses, database.documents, database.cases], async () => {
    const existing = await database.clauses.bulkGet(clauses.map((c) => c.id));
    const taken = clauses.filter((_, i) => existing[i] && existing[i].caseId !== sampleCaseId);
    await addClauses(
      database,
      clauses.filter((_, i) => !existing[i]),
    );
    return taken;
  });
}
