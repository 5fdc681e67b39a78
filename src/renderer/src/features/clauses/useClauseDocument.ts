import { useEffect, useMemo, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import { findSampleCase } from '../../db/casesRepo';
import { db } from '../../db/database';
import { getPageTextStrings } from '../../db/documentsRepo';
import { makeClauseDocument, type ClauseDocument } from './clauseDocument';

/**
 * Loads what clause work needs about a document (its stored text, whether it is a sample) once
 * the browser is idle, so the first page paints before any of it.
 */
export function useClauseDocument(doc: DocumentRecord): ClauseDocument | undefined {
  const [loaded, setLoaded] = useState<{ id: string; pageTexts: string[]; illustrative: boolean } | undefined>();
  const caseKey = doc.caseIds.join(',');
  useEffect(() => {
    let cancelled = false;
    // Read and prepared when the browser is idle: the reader's first page (which reads the same
    // texts for its page labels) goes first.
    const idle = requestIdleCallback(
      () =>
        void Promise.all([getPageTextStrings(db(), doc.id, doc.pageCount), findSampleCase(db())]).then(([pageTexts, sample]) => {
          if (cancelled) return;
          setLoaded({ id: doc.id, pageTexts, illustrative: sample !== undefined && caseKey.split(',').includes(sample.id) });
        }),
      { timeout: 1500 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [doc.id, doc.pageCount, caseKey]);
  return useMemo(() => (loaded && loaded.id === doc.id ? makeClauseDocument(doc, loaded.pageTexts, loaded.illustrative) : undefined), [loaded, doc]);
}
