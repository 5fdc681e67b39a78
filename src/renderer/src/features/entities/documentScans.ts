/**
 * The scans of documents' text (core/entities/suggestEntities' scanDocument) shared by the
 * Suggestions tab and the entity page's "mentioned in" list, kept per case while a document's
 * text is unchanged (core/entities/caseDocumentCache.ts: pruned to the case's documents, capped).
 */
import { CaseDocumentCache } from '../../core/entities/caseDocumentCache';
import { scanDocument, type DocumentScan } from '../../core/entities/suggestEntities';
import type { DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { getPageTextStrings } from '../../db/documentsRepo';

export const documentScans = new CaseDocumentCache<DocumentScan>((scan) => scan.text.length);

/** The text changes only with the file or a page's text status (OCR); editing the title does not. */
export const scanVersion = (doc: DocumentRecord) => `${doc.sha256}:${doc.pageCount}:${doc.pageStatus.join(',')}`;

/** The document's scan from the cache, else read and scanned now (and kept). */
export async function scanOf(caseId: string, doc: DocumentRecord): Promise<DocumentScan> {
  const version = scanVersion(doc);
  const cached = documentScans.get(caseId, doc.id, version);
  if (cached) return cached;
  const scan = scanDocument(doc.id, await getPageTextStrings(db(), doc.id, doc.pageCount));
  documentScans.set(caseId, doc.id, version, scan);
  return scan;
}
