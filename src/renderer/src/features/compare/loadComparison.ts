/**
 * Reads a comparison and the facts of its evidence clauses (document, clean quote, citation,
 * primary or secondary source, anchor status), for the view and the outputs alike.
 */
import { buildComparisonModel, type ComparisonModel, type EvidenceItem } from '../../core/compare/comparisonModel';
import { carriesIllustrativeMark, sourceKindOf } from '../../core/compare/sourceKind';
import { exportedQuote } from '../../core/clauseExport';
import { getComparisonParts } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import { getDocuments, getPageText } from '../../db/documentsRepo';
import { clauseExportItems } from '../clauses';

/** Evidence facts of every clause of `caseId` cited by `clauseIds` (others are left out). */
export async function loadEvidence(caseId: string, clauseIds: readonly string[]): Promise<Map<string, EvidenceItem>> {
  const wanted = new Set(clauseIds);
  if (wanted.size === 0) return new Map();
  const items = (await clauseExportItems(caseId, undefined, [...wanted])).filter((item) => wanted.has(item.clause.id));
  const illustrative = new Map<string, boolean>();
  for (const documentId of new Set(items.map((i) => i.clause.documentId))) {
    // The first page alone (by key): sample documents carry the mark on every page.
    const first = await getPageText(db(), documentId, 0);
    illustrative.set(documentId, carriesIllustrativeMark(first?.text ?? ''));
  }
  const docs = new Map((await getDocuments(db(), [...illustrative.keys()])).map((d) => [d.id, d] as const));
  return new Map(
    items.map((item) => {
      const doc = docs.get(item.clause.documentId);
      const evidence: EvidenceItem = {
        clause: item.clause,
        documentId: item.clause.documentId,
        documentTitle: item.document.title,
        quote: exportedQuote(item),
        citation: item.citation,
        sourceKind: doc ? sourceKindOf(doc, illustrative.get(doc.id) ?? false) : 'secondary',
        anchorStatus: item.clause.anchorStatus,
      };
      return [item.clause.id, evidence];
    }),
  );
}

/** The comparison's model, or undefined when it no longer exists. */
export async function loadComparison(comparisonId: string): Promise<ComparisonModel | undefined> {
  const parts = await getComparisonParts(db(), comparisonId);
  if (!parts) return undefined;
  const evidence = await loadEvidence(
    parts.comparison.caseId,
    parts.cells.flatMap((c) => c.evidenceClauseIds),
  );
  return buildComparisonModel(parts, evidence);
}
