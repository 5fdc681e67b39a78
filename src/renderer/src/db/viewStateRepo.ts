import type { ViewStateRecord } from '../core/viewState';
import type { ClausebenchDb } from './database';

/** Where the reader left a document (page, zoom, rotation), or undefined when never opened. */
export async function getViewState(database: ClausebenchDb, documentId: string): Promise<ViewStateRecord | undefined> {
  return database.viewStates.get(documentId);
}

/** Remembers where the reader is; one row per document, replaced on every save. */
export async function saveViewState(database: ClausebenchDb, state: Omit<ViewStateRecord, 'updatedAt'>): Promise<void> {
  await database.viewStates.put({ ...state, updatedAt: new Date().toISOString() });
}

export async function deleteViewState(database: ClausebenchDb, documentId: string): Promise<void> {
  await database.viewStates.delete(documentId);
}
