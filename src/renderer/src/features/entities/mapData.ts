/**
 * What the relationship map reads from IndexedDB, live: the case's entities, links, clauses and
 * documents (every case's when `caseId` is undefined).
 */
import type { GraphInput } from '../../core/entities/entityGraph';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { listDocuments } from '../../db/documentsRepo';
import { listEntities, listLinks } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';

/** The map's input, or undefined while loading. */
export function useMapData(caseId: string | undefined): GraphInput | undefined {
  return useLiveQuery(async () => {
    const [entities, links, clauses, documents] = await Promise.all([
      listEntities(db(), caseId),
      listLinks(db(), caseId),
      listClauses(db(), caseId),
      listDocuments(db(), caseId),
    ]);
    return { entities, links, documents, clauseDocuments: new Map(clauses.map((c) => [c.id, c.documentId])) };
  }, [caseId]);
}
