/**
 * Entry of bench.html, driven by scripts/bench/run.mjs (`npm run bench`). It exposes the app's
 * real modules to the bench so both sides of each comparison are timed inside the page, with
 * performance.now, on the same bytes and the same pdf.js worker (pdf/pdfjs.ts loadPdf): the
 * ratio then holds on a noisy machine (DESIGN.md, Tests and CI). Nothing in the app imports it.
 */
import { pageStartOffsets } from './core/documentText';
import { sha256Hex } from './core/hash';
import { proposeMetadata } from './core/metadata';
import { findRepeatedLines, pagesNeedingImageCheck } from './core/pageFlags';
import { sniffPdf } from './core/pdfSniff';
import { DOCUMENT_KINDS, type DocumentRecord, type PageTextRecord } from './core/types';
import { ClausebenchDb } from './db/database';
import { addImportedDocument, findDocumentBySha } from './db/documentsRepo';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting, setSetting } from './db/settingsRepo';
import { importFile, type ImportContext } from './features/library/importFile';
import { extractPages, readInfo } from './pdf/extractText';
import { loadPdf } from './pdf/pdfjs';

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
async function rawExtract(bytes: Uint8Array): Promise<Timed> {
  const t0 = performance.now();
  const pdf = await loadPdf(bytes);
  const pages = pdf.numPages;
  for (let i = 1; i <= pages; i++) await (await pdf.getPage(i)).getTextContent();
  // importFile closes its document too, so closing is on both sides of the ratio.
  await pdf.loadingTask.destroy();
  return { ms: performance.now() - t0, pages };
}

/** The whole import (sniff, hash, open, extract, flag, metadata, one transaction) via importFile. */
async function pipelineImport(bytes: Uint8Array, name: string): Promise<Timed & { flaggedPages: number }> {
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
async function pipelineStages(bytes: Uint8Array, name: string): Promise<Record<string, number>> {
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
    // flagPages is the repeated-line analysis (pure, timed again here on its own) plus image checks.
    const t0 = performance.now();
    out.pagesImageChecked = pagesNeedingImageCheck(texts, findRepeatedLines(texts)).length;
    out['flagPages.textAnalysis'] = performance.now() - t0;
    return out;
  } finally {
    await database.delete();
  }
}

/** Small deterministic generator, so every run seeds the same library. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ISSUERS = ['Department of Commerce', 'Executive Office of the President', 'U.S. District Court', 'Bureau of Industry and Security', 'Global Affairs Canada', 'European Commission'];
const SUBJECTS = ['export of advanced AI models', 'foreign-national access', 'deemed exports', 'model weights licensing', 'cloud compute controls', 'research exemptions'];

const BENCH_CASE_ID = 'bench-library-case';

/**
 * Files `count` realistic documents in a case of their own in the app's database and makes it
 * the current case, so on its next load the app's Library has to list exactly them (through the
 * same caseIds index an analyst's case uses). Other cases and their documents are left alone.
 */
async function seedLibrary(count: number): Promise<{ caseId: string; count: number }> {
  const database = new ClausebenchDb();
  try {
    const random = lcg(20260101);
    const base = Date.parse('2026-01-01T00:00:00Z');
    const created = new Date(base).toISOString();
    const docs: DocumentRecord[] = [];
    for (let i = 0; i < count; i++) {
      const kind = DOCUMENT_KINDS[i % DOCUMENT_KINDS.length]!;
      const pageCount = 1 + Math.floor(random() * 120);
      const at = new Date(base + i * 61_000).toISOString();
      docs.push({
        id: `bench-${String(i).padStart(5, '0')}`,
        sha256: i.toString(16).padStart(64, '0'),
        caseIds: [BENCH_CASE_ID],
        title: `${SUBJECTS[i % SUBJECTS.length]} — ${kind.replace('-', ' ')} no. ${i + 1}`,
        kind,
        issuer: ISSUERS[Math.floor(random() * ISSUERS.length)]!,
        date: new Date(base - Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10),
        citation: `${80 + (i % 10)} FR ${1000 + i}`,
        jurisdiction: i % 3 ? 'US' : 'CA',
        pageCount,
        pageStatus: Array.from({ length: pageCount }, () => 'text' as const),
        fileName: `document-${i + 1}.pdf`,
        size: pageCount * 4_000,
        addedAt: at,
        createdBy: 'bench',
        createdAt: at,
        updatedAt: at,
      });
    }
    await database.transaction('rw', [database.cases, database.documents, database.settings], async () => {
      await database.cases.put({ id: BENCH_CASE_ID, name: `Bench: ${count} documents`, notes: '', createdBy: 'bench', createdAt: created, updatedAt: created });
      await database.documents.bulkPut(docs);
      await setSetting(database, CURRENT_CASE_KEY, BENCH_CASE_ID);
    });
    return { caseId: BENCH_CASE_ID, count: await database.documents.where('caseIds').equals(BENCH_CASE_ID).count() };
  } finally {
    database.close();
  }
}

/** What the app's background first-run work changes, so the bench can wait until it has finished. */
async function libraryState(): Promise<string> {
  const database = new ClausebenchDb();
  try {
    const current = await getSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    return JSON.stringify([current, await database.cases.count(), await database.documents.count(), await database.settings.count()]);
  } finally {
    database.close();
  }
}

const bench = { rawExtract, pipelineImport, pipelineStages, seedLibrary, libraryState };
export type ClausebenchBench = typeof bench;

declare global {
  interface Window {
    __clausebenchBench?: ClausebenchBench;
  }
}

window.__clausebenchBench = bench;
