/**
 * Every clause of a case as the evidence pickers show it: clean quote, citation, document and
 * whether that document is a primary text (read through loadEvidence, so the picker, the matrix
 * and the outputs never disagree about a source's kind).
 */
import { useMemo } from 'react';
import type { EvidenceItem } from '../../core/compare/comparisonModel';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { searchable, type SearchableEvidence } from './evidenceSearch';
import { loadEvidence } from './loadComparison';

/** The case's clauses in document (by title), then reading, order. */
export async function caseEvidenceItems(caseId: string): Promise<EvidenceItem[]> {
  const ids = (await listClauses(db(), caseId)).map((c) => c.id);
  return [...(await loadEvidence(caseId, ids)).values()];
}

/** Live while `enabled` (a dialog open); undefined while loading or when not enabled. */
export function useCaseEvidence(caseId: string, enabled: boolean): SearchableEvidence[] | undefined {
  const items = useLiveQuery(() => (enabled ? caseEvidenceItems(caseId) : undefined), [caseId, enabled]);
  return useMemo(() => (items ? searchable(items) : undefined), [items]);
}
