/** What the chronology reads from IndexedDB, live: the case's documents and clauses (every case's when undefined). */
import type { Clause, DocumentRecord } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { listDocuments } from '../../db/documentsRepo';
import { useLiveQuery } from '../../db/live';

/** The case's documents and clauses, or undefined while loading. */
export function useChronologyData(caseId: string | undefined): { documents: DocumentRecord[]; clauses: Clause[] } | undefined {
  return useLiveQuery(async () => {
    const [documents, clauses] = await Promise.all([listDocuments(db(), caseId), listClauses(db(), caseId)]);
    return { documents, clauses };
  }, [caseId]);
}
