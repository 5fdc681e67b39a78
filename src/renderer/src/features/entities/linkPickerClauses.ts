/**
 * The clauses an entity page's "Link a clause" form lists: every clause of the case with enough to
 * recognise it (label, quote, document, citation), read from the clause and document records
 * only. No page text is read, so a case of many long documents lists its clauses at once, and a
 * link written elsewhere does not make the page re-read every page of the case.
 */
import { cleanQuote } from '../../core/cleanQuote';
import { citeClause } from '../../core/citation';
import { sortInReadingOrder } from '../../core/clauseOrder';
import type { Clause } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { getDocuments } from '../../db/documentsRepo';

export interface PickerClause {
  clause: Clause;
  /** The document's title, or its file name when it has none. */
  documentTitle: string;
  /** The clause's quote, cleaned of line breaks and hyphens (without the page furniture list, which needs the pages). */
  quote: string;
  /** The citation from the document's metadata and the clause's label ("Compl. ¶ 4"), without a printed page. */
  citation: string;
}

/** The case's clauses by document title, each document's in reading order. */
export async function listPickerClauses(caseId: string): Promise<PickerClause[]> {
  const clauses = await listClauses(db(), caseId);
  const docs = await getDocuments(db(), [...new Set(clauses.map((c) => c.documentId))]);
  const out: PickerClause[] = [];
  for (const doc of docs.sort((a, b) => a.title.localeCompare(b.title))) {
    for (const clause of sortInReadingOrder(clauses.filter((c) => c.documentId === doc.id))) {
      out.push({
        clause,
        documentTitle: doc.title || doc.fileName,
        quote: cleanQuote(clause.target.quote.exact),
        citation: citeClause({
          document: { kind: doc.kind, citation: doc.citation, title: doc.title },
          label: clause.label,
          pageIndex: clause.target.pageIndex,
        }),
      });
    }
  }
  return out;
}
