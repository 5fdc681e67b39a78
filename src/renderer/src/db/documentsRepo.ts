import type { DocumentMetadata, DocumentRecord, FileRecord, PageTextRecord } from '../core/types';
import type { ClausebenchDb } from './database';

/** Everything one import writes: all of it lands in one transaction, or none of it does. */
export interface ImportedDocument {
  document: DocumentRecord;
  file: FileRecord;
  pageTexts: PageTextRecord[];
}

export async function findDocumentBySha(database: ClausebenchDb, sha256: string): Promise<DocumentRecord | undefined> {
  return database.documents.where('sha256').equals(sha256).first();
}

/** Writes a fully extracted document. Nothing awaited here but IndexedDB (DESIGN.md, Dexie rules). */
export async function addImportedDocument(database: ClausebenchDb, imported: ImportedDocument): Promise<void> {
  await database.transaction('rw', [database.documents, database.files, database.pageTexts], async () => {
    await database.files.put(imported.file);
    await database.documents.add(imported.document);
    await database.pageTexts.bulkAdd(imported.pageTexts);
  });
}

/** Adds an existing document to a case; returns false when it was already there. */
export async function addDocumentToCase(database: ClausebenchDb, documentId: string, caseId: string): Promise<boolean> {
  return database.transaction('rw', database.documents, async () => {
    const doc = await database.documents.get(documentId);
    if (!doc || doc.caseIds.includes(caseId)) return false;
    await database.documents.update(documentId, { caseIds: [...doc.caseIds, caseId] });
    return true;
  });
}

export async function updateDocumentMetadata(
  database: ClausebenchDb,
  documentId: string,
  metadata: Partial<DocumentMetadata>,
): Promise<void> {
  await database.documents.update(documentId, { ...metadata, updatedAt: new Date().toISOString() });
}

/** What a delete removed, kept in memory so Undo can put it back unchanged. */
export interface DeletedDocument {
  before: DocumentRecord;
  /** Present when the document left the library entirely. */
  removed?: { file?: FileRecord; pageTexts: PageTextRecord[] };
}

/**
 * Deletes a document from a case, or from the library when `caseId` is undefined ("all cases")
 * or the document belongs to no other case.
 */
export async function deleteDocument(
  database: ClausebenchDb,
  documentId: string,
  caseId: string | undefined,
): Promise<DeletedDocument | undefined> {
  return database.transaction('rw', [database.documents, database.files, database.pageTexts, database.viewStates], async () => {
    const before = await database.documents.get(documentId);
    if (!before) return undefined;
    const remaining = caseId === undefined ? [] : before.caseIds.filter((c) => c !== caseId);
    if (remaining.length > 0) {
      await database.documents.update(documentId, { caseIds: remaining });
      return { before };
    }
    const pageTexts = await database.pageTexts.where('documentId').equals(documentId).toArray();
    await database.pageTexts.where('documentId').equals(documentId).delete();
    await database.viewStates.delete(documentId);
    await database.documents.delete(documentId);
    const file = await database.files.get(before.sha256);
    await database.files.delete(before.sha256);
    return { before, removed: { file, pageTexts } };
  });
}

export async function restoreDocument(database: ClausebenchDb, deleted: DeletedDocument): Promise<void> {
  await database.transaction('rw', [database.documents, database.files, database.pageTexts], async () => {
    if (deleted.removed?.file) await database.files.put(deleted.removed.file);
    if (deleted.removed) await database.pageTexts.bulkPut(deleted.removed.pageTexts);
    await database.documents.put(deleted.before);
  });
}

/** Documents of one case, or of all cases when caseId is undefined. */
export async function listDocuments(database: ClausebenchDb, caseId: string | undefined): Promise<DocumentRecord[]> {
  return caseId === undefined ? database.documents.toArray() : database.documents.where('caseIds').equals(caseId).toArray();
}

export async function getPageTexts(database: ClausebenchDb, documentId: string): Promise<PageTextRecord[]> {
  return database.pageTexts.where('documentId').equals(documentId).sortBy('pageIndex');
}
