/**
 * The saved search index and what it is built from. The index is derived data (rebuilt from page
 * texts, clauses and entities whenever it is missing or of another engine version); it is saved so that a
 * restart loads it and applies only what changed since (core/search/indexPlan.ts).
 */
import { liveQuery } from 'dexie';
import type { IndexedState, SourceState } from '../core/search/indexPlan';
import type { DocumentFacts } from '../core/search/runSearch';
import type { Clause, Entity } from '../core/types';
import type { ClausebenchDb } from './database';

const KEY = 'main';

/** One row: the serialised MiniSearch index and the state it holds. Derived: never exported. */
export interface SearchIndexRecord {
  key: string;
  engineVersion: number;
  /** MiniSearch's JSON (core/search/searchIndex.ts toJSON). */
  json: string;
  indexed: IndexedState;
  createdAt: string;
  updatedAt: string;
}

export async function loadSearchIndex(database: ClausebenchDb): Promise<SearchIndexRecord | undefined> {
  return database.searchIndex.get(KEY);
}

export async function saveSearchIndex(database: ClausebenchDb, saved: Pick<SearchIndexRecord, 'engineVersion' | 'json' | 'indexed'>): Promise<void> {
  await database.transaction('rw', database.searchIndex, async () => {
    const now = new Date().toISOString();
    const before = await database.searchIndex.get(KEY);
    await database.searchIndex.put({ key: KEY, ...saved, createdAt: before?.createdAt ?? now, updatedAt: now });
  });
}

export async function clearSearchIndex(database: ClausebenchDb): Promise<void> {
  await database.searchIndex.delete(KEY);
}

/** The database as search sees it: documents' light fields and each clause's and entity's id and updatedAt. */
export interface SearchSources extends SourceState {
  documents: (DocumentFacts & { sha256: string; pageCount: number })[];
}

export async function readSearchSources(database: ClausebenchDb): Promise<SearchSources> {
  return database.transaction('r', [database.documents, database.clauses, database.entities], async () => {
    const documents = (await database.documents.toArray()).map((d) => ({
      id: d.id,
      title: d.title || d.fileName,
      kind: d.kind,
      date: d.date,
      caseIds: d.caseIds,
      sha256: d.sha256,
      pageCount: d.pageCount,
    }));
    const clauses: { id: string; updatedAt: string }[] = [];
    await database.clauses.each((c) => void clauses.push({ id: c.id, updatedAt: c.updatedAt }));
    const entities: { id: string; updatedAt: string }[] = [];
    await database.entities.each((e) => void entities.push({ id: e.id, updatedAt: e.updatedAt }));
    return { documents, clauses, entities };
  });
}

/**
 * Calls `onChange` with the sources now and after every change to documents, clauses or entities, from
 * any tab or worker of the app (Dexie's live queries hear other contexts' writes). Returns the
 * unsubscribe function.
 */
export function watchSearchSources(
  database: ClausebenchDb,
  onChange: (sources: SearchSources) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readSearchSources(database)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** Clauses by id (missing ones skipped), for indexing what changed. */
export async function getClausesForIndex(database: ClausebenchDb, ids: readonly string[]): Promise<Clause[]> {
  return (await database.clauses.bulkGet([...ids])).filter((c): c is Clause => c !== undefined);
}

/** Entities by id (missing ones skipped), for indexing what changed. */
export async function getEntitiesForIndex(database: ClausebenchDb, ids: readonly string[]): Promise<Entity[]> {
  return (await database.entities.bulkGet([...ids])).filter((e): e is Entity => e !== undefined);
}
