import type { Case } from '../core/types';
import type { ClausebenchDb } from './database';

/**
 * Empties the sample case without touching any other case: documents only in the sample leave the
 * library; documents the user also filed elsewhere only leave the sample case; what was made in the
 * sample case (clauses, entities, links, comparisons) is deleted. The case record stays.
 */
export async function clearSampleCase(database: ClausebenchDb, sample: Case): Promise<void> {
  const perCase = [database.clauses, database.entities, database.links, database.comparisons, database.regimes, database.dimensions, database.cells];
  await database.transaction('rw', [database.documents, database.files, database.pageTexts, database.viewStates, ...perCase], async () => {
    const docs = await database.documents.where('caseIds').equals(sample.id).toArray();
    for (const doc of docs) {
      const others = doc.caseIds.filter((c) => c !== sample.id);
      if (others.length > 0) {
        await database.documents.update(doc.id, { caseIds: others });
        continue;
      }
      await database.pageTexts.where('documentId').equals(doc.id).delete();
      await database.viewStates.delete(doc.id);
      await database.documents.delete(doc.id);
      const stillUsed = await database.documents.where('sha256').equals(doc.sha256).count();
      if (!stillUsed) await database.files.delete(doc.sha256);
    }
    for (const table of perCase) await table.where('caseId').equals(sample.id).delete();
  });
}
