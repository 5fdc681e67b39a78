import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClausebenchDb } from './database';
import { documentRecord } from './testRecords';
import {
  addDocumentToCase,
  addImportedDocument,
  deleteDocument,
  findDocumentBySha,
  listDocuments,
  restoreDocument,
  type ImportedDocument,
} from './documentsRepo';
import { createCase, deleteCase, ensureFirstCase, FIRST_CASE_NAME, renameCase, restoreCase } from './casesRepo';
import { CURRENT_CASE_KEY, getSetting } from './settingsRepo';

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

function imported(id: string, sha: string, caseIds: string[]): ImportedDocument {
  return {
    document: documentRecord(id, caseIds, { sha256: sha, size: 3 }),
    file: { sha256: sha, bytes: new Blob([new Uint8Array([1, 2, 3])]) },
    pageTexts: [
      { documentId: id, pageIndex: 0, text: 'a', start: 0, status: 'text' },
      { documentId: id, pageIndex: 1, text: 'b', start: 2, status: 'text' },
    ],
  };
}

describe('documents', () => {
  it('stores a document, its file and page texts together, keyed by sha256', async () => {
    await addImportedDocument(database, imported('d1', 'aa', ['c1']));
    expect((await findDocumentBySha(database, 'aa'))?.id).toBe('d1');
    expect(await database.pageTexts.where('documentId').equals('d1').count()).toBe(2);
    expect(await database.files.count()).toBe(1);
  });

  it('writes nothing when any part of an import fails', async () => {
    await addImportedDocument(database, imported('d1', 'aa', ['c1']));
    // Same page keys as d1's would violate the primary key: the whole import must roll back.
    const bad = imported('d2', 'bb', ['c1']);
    bad.pageTexts = [...bad.pageTexts, { ...bad.pageTexts[0]! }];
    await expect(addImportedDocument(database, bad)).rejects.toThrow();
    expect(await database.documents.count()).toBe(1);
    expect(await database.files.count()).toBe(1);
    expect(await database.pageTexts.count()).toBe(2);
  });

  it('refuses a second document with the same bytes', async () => {
    await addImportedDocument(database, imported('d1', 'aa', ['c1']));
    await expect(addImportedDocument(database, imported('d2', 'aa', ['c1']))).rejects.toThrow();
  });

  it('shares a document between cases and deletes it from one case only', async () => {
    await addImportedDocument(database, imported('d1', 'aa', ['c1']));
    expect(await addDocumentToCase(database, 'd1', 'c2')).toBe(true);
    expect(await addDocumentToCase(database, 'd1', 'c2')).toBe(false);
    expect((await listDocuments(database, 'c2')).map((d) => d.id)).toEqual(['d1']);
    const deleted = await deleteDocument(database, 'd1', 'c1');
    expect(deleted?.removed).toBeUndefined();
    expect(await listDocuments(database, 'c1')).toEqual([]);
    expect((await listDocuments(database, undefined)).length).toBe(1);
  });

  it('deletes from the library and undoes exactly', async () => {
    await addImportedDocument(database, imported('d1', 'aa', ['c1']));
    const deleted = await deleteDocument(database, 'd1', undefined);
    expect(await database.documents.count()).toBe(0);
    expect(await database.files.count()).toBe(0);
    expect(await database.pageTexts.count()).toBe(0);
    await restoreDocument(database, deleted!);
    expect((await database.documents.get('d1'))?.caseIds).toEqual(['c1']);
    expect(await database.files.count()).toBe(1);
    expect(await database.pageTexts.count()).toBe(2);
  });
});

describe('cases', () => {
  it('starts with "My first case" once, as the current case', async () => {
    await ensureFirstCase(database, 'me');
    const cases = await database.cases.toArray();
    expect(cases.map((c) => c.name)).toEqual([FIRST_CASE_NAME]);
    expect(await getSetting(database, CURRENT_CASE_KEY, '')).toBe(cases[0]!.id);
    await deleteCase(database, cases[0]!.id);
    await ensureFirstCase(database, 'me');
    expect(await database.cases.count()).toBe(0);
  });

  it('creates, renames and refuses blank or duplicate names', async () => {
    const a = await createCase(database, ' Alpha ', 'me');
    expect(a.name).toBe('Alpha');
    await expect(createCase(database, 'alpha', 'me')).rejects.toThrow(/already exists/);
    await expect(createCase(database, '  ', 'me')).rejects.toThrow(/needs a name/);
    await renameCase(database, a.id, 'Beta');
    expect((await database.cases.get(a.id))?.name).toBe('Beta');
  });

  it('deletes a case keeping its documents, and undo restores membership', async () => {
    const a = await createCase(database, 'Alpha', 'me');
    await addImportedDocument(database, imported('d1', 'aa', [a.id]));
    const deleted = await deleteCase(database, a.id);
    expect(await database.cases.count()).toBe(0);
    expect((await database.documents.get('d1'))?.caseIds).toEqual([]);
    await restoreCase(database, deleted!);
    expect((await database.documents.get('d1'))?.caseIds).toEqual([a.id]);
  });
});
