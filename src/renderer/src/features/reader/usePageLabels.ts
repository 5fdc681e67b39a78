import { useEffect, useState } from 'react';
import { NO_LABELS, type PageLabels } from '../../core/pageQuery';
import { detectPrintedPages } from '../../core/printedPages';
import { db } from '../../db/database';
import { getPageTextStrings } from '../../db/documentsRepo';
import { readPageLabels } from '../../pdf/pageLabels';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';

/**
 * What each page is called: the PDF's own page labels when it has them, and the printed page
 * numbers found in the text stored at import (Federal Register pages, slip-opinion folios...).
 */
export function usePageLabels(documentId: string, pdf: PDFDocumentProxy): PageLabels {
  const [labels, setLabels] = useState<PageLabels>(NO_LABELS);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [own, texts] = await Promise.all([readPageLabels(pdf), getPageTextStrings(db(), documentId, pdf.numPages)]);
      if (!cancelled) setLabels({ pdf: own, printed: detectPrintedPages(texts) });
    })().catch(() => {
      // Labels are a convenience: without them the Page field still takes page numbers.
    });
    return () => {
      cancelled = true;
    };
  }, [documentId, pdf]);
  return labels;
}
