import type { Case } from '../core/types';
import { caseContentTables, removeCaseContents } from './caseContents';
import type { ClausebenchDb } from './database';
import { deleteDocument, documentRemovalTables } from './documentsRepo';

/**
 * Empties the sample case without touching any other case: documents only in the sample leave the
 * library; documents the user also filed elsewhere only leave the sample case; what was made in the
 * sample case (clauses, entities, links, comparisons) is deleted. The case record stays. One
 * transaction, through the same removals as deleting a document and deleting a case.
 */
export async function clearSampleCase(database: ClausebenchDb, sample: Case): Promise<void> {
  const tables = [...new Set([...documentRemovalTables(database), ...caseContentTables(database)])];
  await database.transaction('rw', tables, async () => {
    const docIds = await database.documents.where('caseIds').equals(sample.id).primaryKeys();
    for (const id of docIds) await deleteDocument(database, id, sample.id);
    await removeCaseContents(database, sample.id);
  });
}
