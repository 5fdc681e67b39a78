/**
 * Carrying clauses over to a new version of a document (an amended order, a corrected
 * complaint): each clause of the old version is placed in the new version's text by the
 * anchoring code and copied as a new clause of the new document, in the same case. The old
 * version and its clauses stay as they were. The report says how many landed exactly, which by
 * fuzzy match (to review) and which are orphaned (with their old quote).
 *
 * Invariants: pure; one new clause per old clause, in the same order, with a new id from
 * `newId`; orphaned clauses are carried too (marked orphaned, old selectors kept, no rectangles)
 * so that no analysis is lost; area clauses keep their rectangles, which describe the old layout,
 * so the report lists them for review. The writer (db/documentsRepo.ts addImportedDocument) gives
 * each copy its original's entity links and adds it to the cells citing the original.
 */
import { buildAnchorIndex } from './anchoring';
import { cleanQuote } from './cleanQuote';
import { reanchorTargets } from './reanchorClause';
import type { Clause } from './types';

export interface CarriedClause {
  clauseId: string;
  label: string;
  quote: string;
}

export interface CarryOverReport {
  exact: number;
  /** Area clauses: carried with the old rectangles, to check on the new pages. */
  areas: CarriedClause[];
  fuzzy: CarriedClause[];
  orphaned: CarriedClause[];
}

export function carryOverClauses(
  clauses: readonly Clause[],
  newText: string,
  newPageStarts: readonly number[],
  newDocumentId: string,
  newId: () => string,
  now: string,
): { clauses: Clause[]; report: CarryOverReport } {
  const index = buildAnchorIndex(newText, newPageStarts);
  const report: CarryOverReport = { exact: 0, areas: [], fuzzy: [], orphaned: [] };
  // A new version is a new layout: no rectangle of the old one is kept for text clauses.
  const placements = reanchorTargets(
    index,
    newText,
    newPageStarts,
    clauses.map((c) => c.target),
    false,
  );
  const carried = clauses.map((old, i) => {
    const placed = placements[i]!;
    const clause: Clause = { ...old, id: newId(), documentId: newDocumentId, target: placed.target, anchorStatus: placed.status, updatedAt: now };
    const entry = { clauseId: clause.id, label: old.label, quote: cleanQuote(old.target.quote.exact) };
    if (old.target.area) report.areas.push(entry);
    else if (placed.status === 'anchored') report.exact++;
    else if (placed.status === 'fuzzy') report.fuzzy.push(entry);
    else report.orphaned.push(entry);
    return clause;
  });
  return { clauses: carried, report };
}
