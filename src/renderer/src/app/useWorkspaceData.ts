import { useLiveQuery } from '../db/live';
import type { Case, DocumentRecord } from '../core/types';
import { db } from '../db/database';
import { listCases } from '../db/casesRepo';
import { listDocuments } from '../db/documentsRepo';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting } from '../db/settingsRepo';

export interface WorkspaceData {
  cases: Case[];
  currentCaseId: string;
  documents: DocumentRecord[];
  loaded: boolean;
}

/** Live cases, the current case (or "all") and its documents, straight from IndexedDB. */
export function useWorkspaceData(): WorkspaceData {
  const cases = useLiveQuery(() => listCases(db()), []);
  const currentCaseId = useLiveQuery(() => getSetting(db(), CURRENT_CASE_KEY, ALL_CASES), []);
  const documents = useLiveQuery(
    () => (currentCaseId === undefined ? undefined : listDocuments(db(), currentCaseId === ALL_CASES ? undefined : currentCaseId)),
    [currentCaseId],
  );
  const known = currentCaseId === ALL_CASES || (cases ?? []).some((c) => c.id === currentCaseId);
  return {
    cases: cases ?? [],
    currentCaseId: known ? (currentCaseId ?? ALL_CASES) : ALL_CASES,
    documents: documents ?? [],
    loaded: cases !== undefined && currentCaseId !== undefined && documents !== undefined,
  };
}
