/**
 * Gathers what the clause exports need (core/clauseExport.ts) from the database: the clauses of
 * a case, of all cases, or of one document, in reading order, each with its clean quote,
 * pinpoint citation, printed page, links to entities and whether it comes from an illustrative
 * sample document.
 */
import { clauseEntityLinks, type ClauseExportItem } from '../../core/clauseExport';
import { fileNameSlug } from '../../core/fileNameSlug';
import { clausesToCsv } from '../../core/clauseCsv';
import { sortInReadingOrder } from '../../core/clauseOrder';
import { describePageLabel } from '../../core/pageQuery';
import { detectPrintedPages } from '../../core/printedPages';
import { exportWebAnnotations } from '../../core/webAnnotationExport';
import type { Clause, Entity, Link } from '../../core/types';
import { isIllustrativeText } from '../../core/illustrative';
import { getClauses, listClauses } from '../../db/clausesRepo';
import { getEntities, linksOfClauses } from '../../db/entitiesRepo';
import { db } from '../../db/database';
import { getDocuments, getPageTextStrings } from '../../db/documentsRepo';
import { citationFor, clauseQuote, makeClauseDocument } from './clauseDocument';

/**
 * The export items of a case's clauses (or all cases', or one document's). With `clauseIds`, only
 * those clauses (of that case and document): an entity page reads its linked clauses' documents,
 * not every page of the case.
 */
export async function clauseExportItems(caseId: string | undefined, documentId?: string, clauseIds?: readonly string[]): Promise<ClauseExportItem[]> {
  const clauses = clauseIds
    ? (await getClauses(db(), clauseIds)).filter(
        (c) => (caseId === undefined || c.caseId === caseId) && (documentId === undefined || c.documentId === documentId),
      )
    : await listClauses(db(), caseId, documentId);
  const byDocument = new Map<string, Clause[]>();
  for (const c of clauses) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  const docs = await getDocuments(db(), [...byDocument.keys()]);
  const { linksByClause, entities } = await linksOf(clauses);
  const items: ClauseExportItem[] = [];
  for (const doc of docs.sort((a, b) => a.title.localeCompare(b.title))) {
    const pageTexts = await getPageTextStrings(db(), doc.id, doc.pageCount);
    const illustrative = isIllustrativeText(pageTexts);
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
        links: clauseEntityLinks(linksByClause.get(clause.id) ?? [], entities),
      });
    }
  }
  return items;
}

/** The links of these clauses, by clause, and the entities they point at. */
async function linksOf(clauses: readonly Clause[]): Promise<{ linksByClause: Map<string, Link[]>; entities: Map<string, Entity> }> {
  const links = await linksOfClauses(
    db(),
    clauses.map((c) => c.id),
  );
  const linksByClause = new Map<string, Link[]>();
  for (const l of links) linksByClause.set(l.clauseId, [...(linksByClause.get(l.clauseId) ?? []), l]);
  const entities = new Map(
    (
      await getEntities(
        db(),
        links.map((l) => l.entityId),
      )
    ).map((e) => [e.id, e]),
  );
  return { linksByClause, entities };
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
