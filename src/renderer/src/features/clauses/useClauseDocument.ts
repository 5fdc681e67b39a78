import { useEffect, useMemo, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import { findSampleCase } from '../../db/casesRepo';
import { db } from '../../db/database';
import { getPageTexts } from '../../db/documentsRepo';
import { makeClauseDocument, type ClauseDocument } from './clauseDocument';

/**
 * Loads what clause work needs about a document (its stored text, whether it is a sample), and
 * prepares it when the browser is idle, so the first page paints before any of it.
 */
export function useClauseDocument(doc: DocumentRecord): ClauseDocument | undefined {
  const [loaded, setLoaded] = useState<{ id: string; pageTexts: string[]; illustrative: boolean } | undefined>();
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    void Promise.all([getPageTexts(db(), doc.id), findSampleCase(db())]).then(([records, sample]) => {
      if (cancelled) return;
      const pageTexts = Array.from({ length: doc.pageCount }, () => '');
      for (const r of records) if (r.pageIndex < pageTexts.length) pageTexts[r.pageIndex] = r.text;
      const illustrative = sample !== undefined && doc.caseIds.includes(sample.id);
      idle = requestIdleCallback(() => !cancelled && setLoaded({ id: doc.id, pageTexts, illustrative }), { timeout: 1500 });
    });
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [doc.id, doc.pageCount, doc.caseIds]);
  return useMemo(() => (loaded && loaded.id === doc.id ? makeClauseDocument(doc, loaded.pageTexts, loaded.illustrative) : undefined), [loaded, doc]);
}
