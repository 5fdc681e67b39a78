import { useEffect, useMemo, useState } from 'react';
import type { PageLabels } from '../../core/pageQuery';
import type { DocumentRecord } from '../../core/types';
import { findSampleCase } from '../../db/casesRepo';
import { db } from '../../db/database';
import { getPageTexts } from '../../db/documentsRepo';
import { makeClauseDocument, type ClauseDocument } from './clauseDocument';

/** Loads what clause work needs about a document (its stored text, whether it is a sample). */
export function useClauseDocument(doc: DocumentRecord, labels: PageLabels): ClauseDocument | undefined {
  const [loaded, setLoaded] = useState<{ id: string; pageTexts: string[]; illustrative: boolean } | undefined>();
  useEffect(() => {
    let cancelled = false;
    void Promise.all([getPageTexts(db(), doc.id), findSampleCase(db())]).then(([records, sample]) => {
      if (cancelled) return;
      const pageTexts = Array.from({ length: doc.pageCount }, () => '');
      for (const r of records) if (r.pageIndex < pageTexts.length) pageTexts[r.pageIndex] = r.text;
      setLoaded({ id: doc.id, pageTexts, illustrative: sample !== undefined && doc.caseIds.includes(sample.id) });
    });
    return () => {
      cancelled = true;
    };
  }, [doc.id, doc.pageCount, doc.caseIds]);
  return useMemo(() => {
    if (!loaded || loaded.id !== doc.id) return undefined;
    const made = makeClauseDocument(doc, loaded.pageTexts, loaded.illustrative, labels.pdf);
    return { ...made, labels };
  }, [loaded, doc, labels]);
}
