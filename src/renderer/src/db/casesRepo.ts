import { newId, stamp } from '../core/ids';
import type { Case, DocumentRecord } from '../core/types';
import { caseContentTables, removeCaseContents, restoreCaseContents, type CaseContents } from './caseContents';
import { caseIdsWithRestored } from './caseMembership';
import type { ClausebenchDb, SettingRecord } from './database';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting, removeCaseSettings, setSetting } from './settingsRepo';

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
  /** The documents that were in the case. */
  documentIds: string[];
  /** Their case lists before the delete, so Undo restores the order too. */
  documentCaseIds: Record<string, string[]>;
  /** What was made in the case (clauses, entities, links, comparisons and their parts). */
  contents: CaseContents;
  /** The current-case setting before the delete, when the delete changed it. */
  currentCaseBefore?: string;
  /** The case's own settings (dismissed suggestions), removed with it. */
  settings: SettingRecord[];
}

/**
 * Deletes a case, everything made in it and its own settings, in one transaction; its documents
 * only leave the case and stay in the library (they may belong to other cases, and the user's
 * files are never lost by deleting a case). When it was the current case, "all cases" becomes current.
 */
export async function deleteCase(database: ClausebenchDb, id: string): Promise<DeletedCase | undefined> {
  return database.transaction('rw', [database.cases, database.documents, database.settings, ...caseContentTables(database)], async () => {
    const caseRecord = await database.cases.get(id);
    if (!caseRecord) return undefined;
    const docs = await database.documents.where('caseIds').equals(id).toArray();
    for (const doc of docs) {
      await database.documents.update(doc.id, { caseIds: doc.caseIds.filter((c) => c !== id) });
    }
    const contents = await removeCaseContents(database, id);
    const settings = await removeCaseSettings(database, id);
    await database.cases.delete(id);
    const current = await getSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    if (current === id) await setSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    return {
      caseRecord,
      documentIds: docs.map((d) => d.id),
      documentCaseIds: Object.fromEntries(docs.map((d) => [d.id, d.caseIds])),
      contents,
      currentCaseBefore: current === id ? id : undefined,
      settings,
    };
  });
}

/** Puts back everything deleteCase removed or changed, in one transaction. */
export async function restoreCase(database: ClausebenchDb, deleted: DeletedCase): Promise<void> {
  const caseId = deleted.caseRecord.id;
  await database.transaction('rw', [database.cases, database.documents, database.settings, ...caseContentTables(database)], async () => {
    await database.cases.put(deleted.caseRecord);
    const docs = (await database.documents.bulkGet(deleted.documentIds)).filter((d): d is DocumentRecord => !!d);
    for (const doc of docs) {
      const before = deleted.documentCaseIds[doc.id] ?? [...doc.caseIds, caseId];
      await database.documents.update(doc.id, { caseIds: caseIdsWithRestored(before, doc.caseIds, caseId) });
    }
    await restoreCaseContents(database, deleted.contents);
    await database.settings.bulkPut(deleted.settings);
    if (deleted.currentCaseBefore !== undefined) await setSetting(database, CURRENT_CASE_KEY, deleted.currentCaseBefore);
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

/** Every case, in id order (the switcher sorts them for display). */
export async function listCases(database: ClausebenchDb): Promise<Case[]> {
  return database.cases.toArray();
}

/** The bundled sample case, if installed. */
export async function findSampleCase(database: ClausebenchDb): Promise<Case | undefined> {
  return (await database.cases.toArray()).find((c) => c.isSample === true);
}

/**
 * The sample case with the shipped name and notice: created when missing, else renamed in
 * place (its id, and so everything filed in it, stays). There is at most one sample case.
 */
export async function ensureSampleCase(database: ClausebenchDb, text: { name: string; notes: string }, profile: string): Promise<Case> {
  return database.transaction('rw', database.cases, async () => {
    const existing = await findSampleCase(database);
    if (existing) {
      const updated: Case = { ...existing, name: text.name, notes: text.notes };
      await database.cases.put(updated);
      return updated;
    }
    const created: Case = { id: newId(), name: text.name, notes: text.notes, isSample: true, ...stamp(profile) };
    await database.cases.add(created);
    return created;
  });
}
