/**
 * The Suggestions tab's data: the case's documents scanned one by one off the render (a pause
 * between documents keeps the window responsive and lets the progressbar move), each scan kept
 * while its document's text is unchanged (documentScans), then combined with the case's entities, clauses, links
 * and dismissed names every time one of those changes (cheap next to the scans).
 */
import { useEffect, useMemo, useState } from 'react';
import { combineScans, scanDocument, type DocumentScan, type EntitySuggestions } from '../../core/entities/suggestEntities';
import type { DocumentRecord } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { getPageTextStrings, listDocuments } from '../../db/documentsRepo';
import { listEntities, listLinks } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { documentScans, scanVersion } from './documentScans';
import { useDismissedList } from './suggestionDismissals';

export interface SuggestionsState {
  /** Undefined until every document is scanned. */
  suggestions: EntitySuggestions | undefined;
  progress: { done: number; total: number };
  documents: ReadonlyMap<string, DocumentRecord>;
  error: string | undefined;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useSuggestions(caseId: string): SuggestionsState {
  // By title, so occurrences come in an order the analyst can follow (and the same each time).
  const docs = useLiveQuery(async () => (await listDocuments(db(), caseId)).sort((a, b) => a.title.localeCompare(b.title)), [caseId]);
  const entities = useLiveQuery(() => listEntities(db(), caseId), [caseId]);
  const clauses = useLiveQuery(() => listClauses(db(), caseId), [caseId]);
  const links = useLiveQuery(() => listLinks(db(), caseId), [caseId]);
  const dismissedList = useDismissedList(caseId);
  const [scanned, setScanned] = useState<{ docs: DocumentRecord[]; scans: DocumentScan[] } | undefined>();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!docs) return;
    let cancelled = false;
    setProgress({ done: 0, total: docs.length });
    void (async () => {
      const scans: DocumentScan[] = [];
      // Scans of documents that left the case (or were deleted) are not kept.
      documentScans.retain(
        caseId,
        docs.map((d) => d.id),
      );
      try {
        for (const [n, doc] of docs.entries()) {
          const version = scanVersion(doc);
          let scan = documentScans.get(caseId, doc.id, version);
          if (!scan) {
            const texts = await getPageTextStrings(db(), doc.id, doc.pageCount);
            await pause();
            if (cancelled) return;
            scan = scanDocument(doc.id, texts);
            documentScans.set(caseId, doc.id, version, scan);
          }
          scans.push(scan);
          if (cancelled) return;
          setProgress({ done: n + 1, total: docs.length });
        }
        setError(undefined);
        setScanned({ docs, scans });
      } catch (e) {
        if (!cancelled) setError(`Could not read the documents' text: ${e instanceof Error ? e.message : String(e)}. Reopen the tab to try again.`);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, docs]);

  const current = scanned && scanned.docs === docs ? scanned : undefined;
  const suggestions = useMemo(
    () =>
      current && entities && clauses && links && dismissedList
        ? combineScans(current.scans, { entities, clauses, links, dismissed: new Set(dismissedList.map((d) => d.key)) })
        : undefined,
    [current, entities, clauses, links, dismissedList],
  );
  const documents = useMemo(() => new Map((docs ?? []).map((d) => [d.id, d])), [docs]);
  return { suggestions, progress, documents, error };
}
