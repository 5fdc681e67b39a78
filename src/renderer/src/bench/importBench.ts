/** The import figures: raw pdf.js getTextContent beside the app's import pipeline (see ../benchEntry.ts). */
import { pageStartOffsets } from '../core/documentText';
import { sha256Hex } from '../core/hash';
import { proposeMetadata } from '../core/metadata';
import { MIN_OWN_CHARS, ownTextLengths } from '../core/pageFlags';
import { sniffPdf } from '../core/pdfSniff';
import { type DocumentRecord, type PageTextRecord } from '../core/types';
import { ClausebenchDb } from '../db/database';
import { addImportedDocument, findDocumentBySha } from '../db/documentsRepo';
import { importFile, type ImportContext } from '../features/library/importFile';
import { extractPages, readInfo } from '../pdf/extractText';
import { loadPdf } from '../pdf/pdfjs';

export interface Timed {
  ms: number;
  pages: number;
}

let dbSerial = 0;

/** A fresh, already open database per run: an import into a warm app finds its database open. */
async function freshDb(): Promise<ClausebenchDb> {
  const database = new ClausebenchDb(`clausebench-bench-${Date.now()}-${++dbSerial}`);
  await database.open();
  return database;
}

function context(database: ClausebenchDb): ImportContext {
  return {
    database,
    caseId: undefined,
    profile: 'bench',
    signal: new AbortController().signal,
    askPassword: async () => null,
    onPages: () => {},
  };
}

/** Raw pdf.js: open, getTextContent of every page in order, close. The floor the pipeline is held to. */
export async function rawExtract(bytes: Uint8Array): Promise<Timed> {
  const t0 = performance.now();
  const pdf = await loadPdf(bytes);
  const pages = pdf.numPages;
  for (let i = 1; i <= pages; i++) await (await pdf.getPage(i)).getTextContent();
  // importFile closes its document too, so closing is on both sides of the ratio.
  await pdf.loadingTask.destroy();
  return { ms: performance.now() - t0, pages };
}

/** The whole import (sniff, hash, open, extract, flag, metadata, one transaction) via importFile. */
export async function pipelineImport(bytes: Uint8Array, name: string): Promise<Timed & { flaggedPages: number }> {
  const database = await freshDb();
  try {
    const t0 = performance.now();
    const outcome = await importFile({ name, bytes }, context(database));
    const ms = performance.now() - t0;
    if (outcome.kind !== 'added') throw new Error(`import of ${name} ended "${outcome.kind}": ${JSON.stringify(outcome)}`);
    return { ms, pages: outcome.pageCount, flaggedPages: outcome.flaggedPages.length };
  } finally {
    await database.delete();
  }
}

/**
 * Diagnostic only: where the pipeline's time goes, stage by stage. It repeats importFile's steps
 * with the same modules (keep it in step with features/library/importFile.ts); the reported
 * pipeline figure is always importFile itself. Text extraction ends at the last onPage call;
 * what extractPages does after it is flagging (repeated lines, image checks of short pages).
 */
export async function pipelineStages(bytes: Uint8Array, name: string): Promise<Record<string, number>> {
  const database = await freshDb();
  try {
    const marks: [string, number][] = [['start', performance.now()]];
    const mark = (stage: string) => marks.push([stage, performance.now()]);
    if (!sniffPdf(bytes).ok) throw new Error('not a PDF');
    const sha256 = await sha256Hex(bytes);
    mark('hash');
    await findDocumentBySha(database, sha256);
    mark('duplicateLookup');
    const pdf = await loadPdf(bytes);
    mark('open');
    let textDone = 0;
    const pages = await extractPages(pdf, { onPage: () => (textDone = performance.now()) });
    marks.push(['extractText', textDone]);
    mark('flagPages');
    const info = await readInfo(pdf);
    const texts = pages.map((p) => p.text);
    const starts = pageStartOffsets(texts);
    const metadata = proposeMetadata({ fileName: name, info, pageTexts: texts.slice(0, 2) });
    const at = new Date().toISOString();
    const documentId = crypto.randomUUID();
    const document: DocumentRecord = {
      id: documentId, sha256, caseIds: [], ...metadata, pageCount: pdf.numPages, pageStatus: pages.map((p) => p.status),
      fileName: name, size: bytes.byteLength, addedAt: at, createdBy: 'bench', createdAt: at, updatedAt: at,
    };
    const pageTexts: PageTextRecord[] = pages.map((p, pageIndex) => ({ documentId, pageIndex, text: p.text, start: starts[pageIndex] ?? 0, status: p.status }));
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    mark('metadata');
    await addImportedDocument(database, { document, file: { sha256, bytes: blob }, pageTexts });
    mark('write');
    await pdf.loadingTask.destroy();
    mark('close');
    const out: Record<string, number> = {};
    for (let i = 1; i < marks.length; i++) out[marks[i]![0]] = marks[i]![1] - marks[i - 1]![1];
    out.total = marks[marks.length - 1]![1] - marks[0]![1];
    // flagPages is the line analysis (done during extraction in the app; timed again here on its
    // own, as one pass over the whole text) plus image checks of the pages short of own text.
    const t0 = performance.now();
    out.pagesImageChecked = ownTextLengths(texts).filter((n) => n < MIN_OWN_CHARS).length;
    out['flagPages.textAnalysis'] = performance.now() - t0;
    return out;
  } finally {
    await database.delete();
  }
}
