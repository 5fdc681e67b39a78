/**
 * What the index must do to catch up with the database: which documents' pages and which
 * clauses to add, replace or drop. The saved index carries the state it was built from, so
 * after a restart only the difference is applied, never a full rebuild.
 */

/** A document as the index sees it: its text never changes while its id and bytes stay. */
export interface IndexedDocument {
  sha256: string;
  pageCount: number;
}

/** What the index holds: documents by id, and each clause's updatedAt when it was indexed. */
export interface IndexedState {
  documents: Record<string, IndexedDocument>;
  clauses: Record<string, string>;
}

export const EMPTY_INDEXED_STATE: IndexedState = { documents: {}, clauses: {} };

/** The database now (light fields only). */
export interface SourceState {
  documents: readonly ({ id: string } & IndexedDocument)[];
  clauses: readonly { id: string; updatedAt: string }[];
}

export interface IndexPlan {
  /** Documents whose pages leave the index (deleted, or their text changed), with their page count. */
  removeDocuments: { id: string; pageCount: number }[];
  /** Documents whose pages are (re)indexed. */
  addDocuments: { id: string; pageCount: number }[];
  removeClauses: string[];
  /** Clauses new or changed since they were indexed (a changed one is replaced). */
  addClauses: string[];
}

/**
 * Compares the indexed state with the database. Invariants: pure; a clause is (re)indexed when
 * its updatedAt differs in either direction (undo of an edit puts an older one back); applying
 * the plan and then recording `nextIndexedState` makes the next plan empty.
 */
export function planIndexSync(indexed: IndexedState, source: SourceState): IndexPlan {
  const plan: IndexPlan = { removeDocuments: [], addDocuments: [], removeClauses: [], addClauses: [] };
  const docIds = new Set<string>();
  for (const d of source.documents) {
    docIds.add(d.id);
    const had = indexed.documents[d.id];
    if (had && had.sha256 === d.sha256 && had.pageCount === d.pageCount) continue;
    if (had) plan.removeDocuments.push({ id: d.id, pageCount: had.pageCount });
    plan.addDocuments.push({ id: d.id, pageCount: d.pageCount });
  }
  for (const [id, had] of Object.entries(indexed.documents)) if (!docIds.has(id)) plan.removeDocuments.push({ id, pageCount: had.pageCount });
  const clauseIds = new Set<string>();
  for (const c of source.clauses) {
    clauseIds.add(c.id);
    if (indexed.clauses[c.id] !== c.updatedAt) plan.addClauses.push(c.id);
  }
  for (const id of Object.keys(indexed.clauses)) if (!clauseIds.has(id)) plan.removeClauses.push(id);
  return plan;
}

export function isEmptyPlan(plan: IndexPlan): boolean {
  return !plan.removeDocuments.length && !plan.addDocuments.length && !plan.removeClauses.length && !plan.addClauses.length;
}

/** Pages the plan indexes: what a progress bar counts. */
export function plannedPages(plan: IndexPlan): number {
  return plan.addDocuments.reduce((n, d) => n + d.pageCount, 0);
}
