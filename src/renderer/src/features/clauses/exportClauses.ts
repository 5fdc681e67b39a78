/**
 * Gathers what the clause exports need (core/clauseExport.ts) from the database: the clauses of
 * a case, of all cases, or of one document, in reading order, each with its clean quote,
 * pinpoint citation, printed page and whether it comes from an illustrative sample document.
 */
import type { ClauseExportItem } from '../../core/clauseExport';
import { fileNameSlug } from '../../core/fileNameSlug';
import { clausesToCsv } from '../../core/clauseCsv';
import { sortInReadingOrder } from '../../core/clauseOrder';
import { describePageLabel } from '../../core/pageQuery';
import { detectPrintedPages } from '../../core/printedPages';
import { exportWebAnnotations } from '../../core/webAnnotationExport';
import type { Clause } from '../../core/types';
import { findSampleCase } from '../../db/casesRepo';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { getDocuments, getPageTextStrings } from '../../db/documentsRepo';
import { citationFor, clauseQuote, makeClauseDocument } from './clauseDocument';

export async function clauseExportItems(caseId: string | undefined, documentId?: string): Promise<ClauseExportItem[]> {
  const clauses = await listClauses(db(), caseId, documentId);
  const byDocument = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  const docs = await getDocuments(db(), [...byDocument.keys()]);
  const sample = await findSampleCase(db());
  const items: ClauseExportItem[] = [];
  for (const doc of docs.sort((a, b) => a.title.localeCompare(b.title))) {
    const pageTexts = await getPageTextStrings(db(), doc.id, doc.pageCount);
    const illustrative = sample !== undefined && doc.caseIds.includes(sample.id);
    const cdoc = makeClauseDocument(doc, pageTexts, illustrative);
    const labels = { pdf: null, printed: detectPrintedPages(pageTexts) };
    for (const clause of sortInReadingOrder(byDocument.get(doc.id) ?? [])) {
      const pageLabel = describePageLabel(labels, clause.target.pageIndex) ?? undefined;
      items.push({
        clause,
        document: { sha256: doc.sha256, fileName: doc.fileName, title: doc.title },
        cleanQuote: clauseQuote(cdoc, clause),
        citation: citationFor(doc, labels, clause.label, clause.target.pageIndex),
        illustrative,
        ...(pageLabel ? { pageLabel } : {}),
      });
    }
  }
  return items;
}

/** A file name from what it holds: "clausebench-my-case-clauses.csv". */
export function exportFileName(scope: string, extension: string): string {
  return `clausebench-${fileNameSlug(scope, 'clauses')}-clauses.${extension}`;
}

export function webAnnotationsJson(items: ClauseExportItem[], label: string): string {
  return `${JSON.stringify(exportWebAnnotations(items, { generatedAt: new Date().toISOString(), label }), null, 2)}\n`;
}

export function clausesCsv(items: ClauseExportItem[]): string {
  return clausesToCsv(items);
}
