import type { Clause, DocumentMetadata, DocumentRecord, FileRecord, PageTextRecord } from '../core/types';
import type { ViewStateRecord } from '../core/viewState';
import { clauseCascadeTables, removeClauses, restoreClauses, type ClauseRemoval } from './clauseCascade';
import { caseIdsWithRestored } from './caseMembership';
import { newId } from '../core/ids';
import type { ClausebenchDb } from './database';

/** Everything one import writes: all of it lands in one transaction, or none of it does. */
export interface ImportedDocument {
  document: DocumentRecord;
  file: FileRecord;
  pageTexts: PageTextRecord[];
  /** Clauses carried over from an earlier version (core/carryOver.ts), written with it. */
  clauses?: Clause[];
  /** The earlier version's clause ids, in the order of `clauses` (each carried copy's original). */
  carriedFrom?: string[];
}

export async function findDocumentBySha(database: ClausebenchDb, sha256: string): Promise<DocumentRecord | undefined> {
  return database.documents.where('sha256').equals(sha256).first();
}

/** Writes a fully extracted document. Nothing awaited here but IndexedDB (DESIGN.md, Dexie rules). */
export async function addImportedDocument(database: ClausebenchDb, imported: ImportedDocument): Promise<void> {
  const tables = [database.documents, database.files, database.pageTexts, database.clauses, database.links, database.cells];
  await database.transaction('rw', tables, async () => {
    await database.files.put(imported.file);
    await database.documents.add(imported.document);
    await database.pageTexts.bulkAdd(imported.pageTexts);
    if (imported.clauses?.length) {
      await database.clauses.bulkAdd(imported.clauses);
      if (imported.carriedFrom) await followCarriedClauses(database, imported.carriedFrom, imported.clauses);
    }
  });
}

/**
 * The carried copies join their originals' analysis: each link to an original gets a twin on the
 * copy, and each comparison cell citing an original also cites the copy (after it). A copy that
 * was orphaned by the new version so makes the cell "needs review"; the originals stay cited, so
 * deleting the new version (or undoing its import) leaves the analysis as it was.
 */
async function followCarriedClauses(database: ClausebenchDb, originals: readonly string[], copies: readonly Clause[]): Promise<void> {
  const copyOf = new Map(originals.map((id, i) => [id, copies[i]?.id] as const).filter((e): e is [string, string] => e[1] !== undefined));
  if (copyOf.size === 0) return;
  const now = new Date().toISOString();
  const links = await database.links
    .where('clauseId')
    .anyOf([...copyOf.keys()])
    .toArray();
  await database.links.bulkAdd(links.map((l) => ({ ...l, id: newId(), clauseId: copyOf.get(l.clauseId)!, createdAt: now, updatedAt: now })));
  const cells = await database.cells
    .where('evidenceClauseIds')
    .anyOf([...copyOf.keys()])
    .distinct()
    .toArray();
  await database.cells.bulkPut(
    cells.map((cell) => {
      const added = cell.evidenceClauseIds.flatMap((id) => (copyOf.has(id) ? [copyOf.get(id)!] : []));
      return { ...cell, evidenceClauseIds: [...new Set([...cell.evidenceClauseIds, ...added])], updatedAt: now };
    }),
  );
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

export async function updateDocumentMetadata(database: ClausebenchDb, documentId: string, metadata: Partial<DocumentMetadata>): Promise<void> {
  await database.documents.update(documentId, { ...metadata, updatedAt: new Date().toISOString() });
}

/** What a delete removed or changed, kept in memory so Undo can put it back unchanged. */
export interface DeletedDocument {
  /** The document as it was (its case list included). */
  before: DocumentRecord;
  /** The case it left, when it stayed in others (then `removed` is absent). */
  caseId?: string;
  /** Present when the document left the library entirely. */
  removed?: { file?: FileRecord; pageTexts: PageTextRecord[]; viewState?: ViewStateRecord };
  /** The clauses that went with it (all of the document's, or one case's), their links and evidence. */
  clauses: ClauseRemoval;
}

/** The tables a document removal writes; a caller's outer transaction must include them. */
export function documentRemovalTables(database: ClausebenchDb) {
  return [database.documents, database.files, database.pageTexts, database.viewStates, ...clauseCascadeTables(database)];
}

/**
 * Deletes a document from a case, or from the library when `caseId` is undefined ("all cases")
 * or the document belongs to no other case. Leaving one case takes that case's clauses of the
 * document with it; leaving the library takes every clause of it, its page texts, its view state
 * and its file (unless another document has the same bytes). One transaction (a child of the
 * caller's, when there is one): afterwards no clause, link or cell evidence refers to what left.
 */
export async function deleteDocument(database: ClausebenchDb, documentId: string, caseId: string | undefined): Promise<DeletedDocument | undefined> {
  return database.transaction('rw', documentRemovalTables(database), async () => {
    const before = await database.documents.get(documentId);
    if (!before) return undefined;
    const remaining = caseId === undefined ? [] : before.caseIds.filter((c) => c !== caseId);
    if (caseId !== undefined && remaining.length > 0) {
      const ofCase = await database.clauses.where('[caseId+documentId]').equals([caseId, documentId]).toArray();
      const clauses = await removeClauses(database, ofCase);
      await database.documents.update(documentId, { caseIds: remaining });
      return { before, caseId, clauses };
    }
    const clauses = await removeClauses(database, await database.clauses.where('documentId').equals(documentId).toArray());
    const pageTexts = await database.pageTexts.where('documentId').equals(documentId).toArray();
    const viewState = await database.viewStates.get(documentId);
    await database.pageTexts.where('documentId').equals(documentId).delete();
    await database.viewStates.delete(documentId);
    await database.documents.delete(documentId);
    // sha256 is a unique index today; the check keeps a file another document needs if that changes.
    const stillUsed = (await database.documents.where('sha256').equals(before.sha256).count()) > 0;
    const file = stillUsed ? undefined : await database.files.get(before.sha256);
    if (!stillUsed) await database.files.delete(before.sha256);
    return { before, removed: { file, pageTexts, viewState }, clauses };
  });
}

/** Puts back everything deleteDocument removed or changed, in one transaction. */
export async function restoreDocument(database: ClausebenchDb, deleted: DeletedDocument): Promise<void> {
  await database.transaction('rw', documentRemovalTables(database), async () => {
    const { before, caseId, removed } = deleted;
    if (removed) {
      if (removed.file) await database.files.put(removed.file);
      await database.pageTexts.bulkPut(removed.pageTexts);
      if (removed.viewState) await database.viewStates.put(removed.viewState);
      await database.documents.put(before);
    } else if (caseId !== undefined) {
      // Only the case list changed: put the case back without undoing later edits of the document.
      const current = await database.documents.get(before.id);
      if (current) await database.documents.update(before.id, { caseIds: caseIdsWithRestored(before.caseIds, current.caseIds, caseId) });
    }
    await restoreClauses(database, deleted.clauses);
  });
}

/** One document, or undefined when it is not in the library. */
export async function getDocument(database: ClausebenchDb, documentId: string): Promise<DocumentRecord | undefined> {
  return database.documents.get(documentId);
}

/** The documents with these ids, in the order given; ids no longer in the library are skipped. */
export async function getDocuments(database: ClausebenchDb, documentIds: readonly string[]): Promise<DocumentRecord[]> {
  return (await database.documents.bulkGet([...documentIds])).filter((d): d is DocumentRecord => d !== undefined);
}

/** The stored PDF bytes of a document (kept apart from its row, keyed by sha256). */
export async function getDocumentFile(database: ClausebenchDb, sha256: string): Promise<FileRecord | undefined> {
  return database.files.get(sha256);
}

/** Documents of one case, or of all cases when caseId is undefined. */
export async function listDocuments(database: ClausebenchDb, caseId: string | undefined): Promise<DocumentRecord[]> {
  return caseId === undefined ? database.documents.toArray() : database.documents.where('caseIds').equals(caseId).toArray();
}

/** One page's stored text record, or undefined. */
export async function getPageText(database: ClausebenchDb, documentId: string, pageIndex: number): Promise<PageTextRecord | undefined> {
  return database.pageTexts.get([documentId, pageIndex]);
}

export async function getPageTexts(database: ClausebenchDb, documentId: string): Promise<PageTextRecord[]> {
  return database.pageTexts.where('documentId').equals(documentId).sortBy('pageIndex');
}

/** A document's stored page texts as strings, one per page ('' for a page with none stored). */
export async function getPageTextStrings(database: ClausebenchDb, documentId: string, pageCount: number): Promise<string[]> {
  const texts = Array.from({ length: pageCount }, () => '');
  for (const r of await getPageTexts(database, documentId)) if (r.pageIndex < texts.length) texts[r.pageIndex] = r.text;
  return texts;
}
