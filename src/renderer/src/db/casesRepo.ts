import { newId, stamp } from '../core/ids';
import type { Case, DocumentRecord } from '../core/types';
import type { ClausebenchDb } from './database';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting, setSetting } from './settingsRepo';

export const FIRST_CASE_NAME = 'My first case';

/** Refuses blank and duplicate names with a message the user can act on. */
export function validateCaseName(name: string, existing: readonly Case[], exceptId?: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'A case needs a name.';
  if (trimmed.length > 200) return 'Keep the case name under 200 characters.';
  if (existing.some((c) => c.id !== exceptId && c.name.toLowerCase() === trimmed.toLowerCase()))
    return `A case named "${trimmed}" already exists. Choose another name.`;
  return undefined;
}

export async function createCase(database: ClausebenchDb, name: string, profile: string): Promise<Case> {
  const existing = await database.cases.toArray();
  const problem = validateCaseName(name, existing);
  if (problem) throw new Error(problem);
  const record: Case = { id: newId(), name: name.trim(), notes: '', ...stamp(profile) };
  await database.cases.add(record);
  return record;
}

export async function renameCase(database: ClausebenchDb, id: string, name: string): Promise<void> {
  const existing = await database.cases.toArray();
  const problem = validateCaseName(name, existing, id);
  if (problem) throw new Error(problem);
  await database.cases.update(id, { name: name.trim(), updatedAt: new Date().toISOString() });
}

/** Everything needed to put a deleted case back exactly as it was. */
export interface DeletedCase {
  caseRecord: Case;
  documentIds: string[];
}

/**
 * Deletes a case and what was made in it; its documents stay in the library (they may belong to
 * other cases, and the user's files are never lost by deleting a case).
 */
export async function deleteCase(database: ClausebenchDb, id: string): Promise<DeletedCase | undefined> {
  return database.transaction('rw', [database.cases, database.documents, database.settings], async () => {
    const caseRecord = await database.cases.get(id);
    if (!caseRecord) return undefined;
    const docs = await database.documents.where('caseIds').equals(id).toArray();
    for (const doc of docs) {
      await database.documents.update(doc.id, { caseIds: doc.caseIds.filter((c) => c !== id) });
    }
    await database.cases.delete(id);
    if ((await getSetting(database, CURRENT_CASE_KEY, ALL_CASES)) === id) await setSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    return { caseRecord, documentIds: docs.map((d) => d.id) };
  });
}

export async function restoreCase(database: ClausebenchDb, deleted: DeletedCase): Promise<void> {
  await database.transaction('rw', [database.cases, database.documents], async () => {
    await database.cases.put(deleted.caseRecord);
    const docs = (await database.documents.bulkGet(deleted.documentIds)).filter((d): d is DocumentRecord => !!d);
    for (const doc of docs) {
      if (!doc.caseIds.includes(deleted.caseRecord.id))
        await database.documents.update(doc.id, { caseIds: [...doc.caseIds, deleted.caseRecord.id] });
    }
  });
}

const FIRST_RUN_KEY = 'firstRunDone';

/** On first run, an empty "My first case" becomes the current case (only once: deleting it sticks). */
export async function ensureFirstCase(database: ClausebenchDb, profile: string): Promise<void> {
  await database.transaction('rw', [database.cases, database.settings], async () => {
    if (await getSetting(database, FIRST_RUN_KEY, false)) return;
    await setSetting(database, FIRST_RUN_KEY, true);
    if ((await database.cases.count()) > 0) return;
    const first: Case = { id: newId(), name: FIRST_CASE_NAME, notes: '', ...stamp(profile) };
    await database.cases.add(first);
    await setSetting(database, CURRENT_CASE_KEY, first.id);
  });
}

/** The bundled sample case, if installed. */
export async function findSampleCase(database: ClausebenchDb): Promise<Case | undefined> {
  return (await database.cases.toArray()).find((c) => c.isSample === true);
}
