/**
 * A stand-in for features/library importFile in Node tests of the sample case: same outcome
 * shapes and the same records, with the page texts extracted by nodePdf.ts (the app's own text
 * rules) instead of the browser's pdf.js worker. Only the committed sample PDFs can be imported.
 */
import { pageStartOffsets } from '../../src/renderer/src/core/documentText';
import { sha256Hex } from '../../src/renderer/src/core/hash';
import { newId, stamp } from '../../src/renderer/src/core/ids';
import type { DocumentRecord, PageTextRecord } from '../../src/renderer/src/core/types';
import { addDocumentToCase, addImportedDocument, findDocumentBySha } from '../../src/renderer/src/db/documentsRepo';
import type { FileOutcome, ImportContext } from '../../src/renderer/src/features/library/importFile';
import { extractPageTexts } from './nodePdf';

/** Extraction is the slow part and never changes: once per file per test run. */
const extracted = new Map<string, Promise<string[]>>();

export function samplePageTexts(fileName: string): Promise<string[]> {
  let texts = extracted.get(fileName);
  if (!texts) {
    texts = extractPageTexts(`resources/sample-case/pdf/${fileName}`).then((r) => r.pageTexts);
    extracted.set(fileName, texts);
  }
  return texts;
}

export async function importSamplePdf(file: { name: string; bytes: Uint8Array }, ctx: ImportContext): Promise<FileOutcome> {
  const fileName = file.name;
  const sha256 = await sha256Hex(file.bytes);
  const existing = await findDocumentBySha(ctx.database, sha256);
  if (existing) {
    const addedToCase = ctx.caseId ? await addDocumentToCase(ctx.database, existing.id, ctx.caseId) : false;
    return { kind: 'duplicate', fileName, documentId: existing.id, title: existing.title, addedToCase };
  }
  const texts = await samplePageTexts(fileName);
  const starts = pageStartOffsets(texts);
  const documentId = newId();
  const now = stamp(ctx.profile);
  const document: DocumentRecord = {
    id: documentId,
    sha256,
    caseIds: ctx.caseId ? [ctx.caseId] : [],
    title: fileName,
    kind: 'other',
    issuer: '',
    date: '',
    citation: '',
    jurisdiction: '',
    pageCount: texts.length,
    pageStatus: texts.map(() => 'text'),
    fileName,
    size: file.bytes.byteLength,
    addedAt: now.createdAt,
    ...now,
  };
  const pageTexts: PageTextRecord[] = texts.map((text, pageIndex) => ({
    documentId,
    pageIndex,
    text,
    start: starts[pageIndex] ?? 0,
    status: 'text',
  }));
  const bytes = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  await addImportedDocument(ctx.database, { document, file: { sha256, bytes }, pageTexts });
  return { kind: 'added', fileName, documentId, title: fileName, pageCount: texts.length, flaggedPages: [] };
}
