import { useEffect, useMemo, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import { isIllustrativeText } from '../../core/illustrative';
import { db } from '../../db/database';
import { getPageTextStrings } from '../../db/documentsRepo';
import { makeClauseDocument, type ClauseDocument } from './clauseDocument';

/**
 * Loads what clause work needs about a document (its stored text, whether it is an illustrative study document) once
 * the browser is idle, so the first page paints before any of it.
 */
export function useClauseDocument(doc: DocumentRecord): ClauseDocument | undefined {
  const [loaded, setLoaded] = useState<{ id: string; pageTexts: string[]; illustrative: boolean } | undefined>();
  useEffect(() => {
    let cancelled = false;
    // Read and prepared when the browser is idle: the reader's first page (which reads the same
    // texts for its page labels) goes first.
    const idle = requestIdleCallback(
      () =>
        void getPageTextStrings(db(), doc.id, doc.pageCount).then((pageTexts) => {
          if (cancelled) return;
          setLoaded({ id: doc.id, pageTexts, illustrative: isIllustrativeText(pageTexts) });
        }),
      { timeout: 1500 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [doc.id, doc.pageCount]);
  return useMemo(() => (loaded && loaded.id === doc.id ? makeClauseDocument(doc, loaded.pageTexts, loaded.illustrative) : undefined), [loaded, doc]);
}
