/**
 * What the index must do to catch up with the database: which documents' pages, which clauses
 * and which entities to add, replace or drop. The saved index carries the state it was built from, so
 * after a restart only the difference is applied, never a full rebuild.
 */

/** A document as the index sees it: its text never changes while its id and bytes stay. */
export interface IndexedDocument {
  sha256: string;
  pageCount: number;
}

/** What the index holds: documents by id, and each clause's and entity's updatedAt when it was indexed. */
export interface IndexedState {
  documents: Record<string, IndexedDocument>;
  clauses: Record<string, string>;
  entities: Record<string, string>;
}

export const EMPTY_INDEXED_STATE: IndexedState = { documents: {}, clauses: {}, entities: {} };

/** The database now (light fields only). */
export interface SourceState {
  documents: readonly ({ id: string } & IndexedDocument)[];
  clauses: readonly { id: string; updatedAt: string }[];
  entities: readonly { id: string; updatedAt: string }[];
}

export interface IndexPlan {
  /** Documents whose pages leave the index (deleted, or their text changed), with their page count. */
  removeDocuments: { id: string; pageCount: number }[];
  /** Documents whose pages are (re)indexed. */
  addDocuments: { id: string; pageCount: number }[];
  removeClauses: string[];
  /** Clauses new or changed since they were indexed (a changed one is replaced). */
  addClauses: string[];
  removeEntities: string[];
  /** Entities new or changed since they were indexed (an edit, a merge, a move of its words). */
  addEntities: string[];
}

/**
 * Compares the indexed state with the database. Invariants: pure; a clause or entity is
 * (re)indexed when its updatedAt differs in either direction (undo of an edit puts an older one
 * back); applying the plan and recording what it indexed makes the next plan empty. A state saved
 * before entities were indexed reads as holding none.
 */
export function planIndexSync(indexed: IndexedState, source: SourceState): IndexPlan {
  const plan: IndexPlan = { removeDocuments: [], addDocuments: [], removeClauses: [], addClauses: [], removeEntities: [], addEntities: [] };
  const docIds = new Set<string>();
  for (const d of source.documents) {
    docIds.add(d.id);
    const had = indexed.documents[d.id];
    if (had && had.sha256 === d.sha256 && had.pageCount === d.pageCount) continue;
    if (had) plan.removeDocuments.push({ id: d.id, pageCount: had.pageCount });
    plan.addDocuments.push({ id: d.id, pageCount: d.pageCount });
  }
  for (const [id, had] of Object.entries(indexed.documents)) if (!docIds.has(id)) plan.removeDocuments.push({ id, pageCount: had.pageCount });
  const clauses = planStamped(indexed.clauses, source.clauses);
  const entities = planStamped(indexed.entities ?? {}, source.entities);
  return { ...plan, removeClauses: clauses.remove, addClauses: clauses.add, removeEntities: entities.remove, addEntities: entities.add };
}

/** Records indexed by their updatedAt: the new or changed ones to add, the gone ones to remove. */
function planStamped(
  indexed: Readonly<Record<string, string>>,
  now: readonly { id: string; updatedAt: string }[],
): { remove: string[]; add: string[] } {
  const ids = new Set<string>();
  const add: string[] = [];
  for (const r of now) {
    ids.add(r.id);
    if (indexed[r.id] !== r.updatedAt) add.push(r.id);
  }
  return { remove: Object.keys(indexed).filter((id) => !ids.has(id)), add };
}

export function isEmptyPlan(plan: IndexPlan): boolean {
  return (
    !plan.removeDocuments.length &&
    !plan.addDocuments.length &&
    !plan.removeClauses.length &&
    !plan.addClauses.length &&
    !plan.removeEntities.length &&
    !plan.addEntities.length
  );
}

/** Pages the plan indexes: what a progress bar counts. */
export function plannedPages(plan: IndexPlan): number {
  return plan.addDocuments.reduce((n, d) => n + d.pageCount, 0);
}
