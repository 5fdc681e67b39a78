/** The import figures: raw pdf.js getTextContent beside the app's import pipeline (see ../benchEntry.ts). */
import { MIN_OWN_CHARS, ownTextLengths } from '../core/pageFlags';
import { ClausebenchDb } from '../db/database';
import { getPageTexts } from '../db/documentsRepo';
import { importFile, type ImportContext } from '../features/library/importFile';
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
 * Diagnostic only: where the pipeline's time goes, stage by stage, timed inside importFile itself
 * (its onStage hook), so the breakdown can never drift from what import does. "extractText" ends
 * when extractPages returns, so it includes flagging (repeated lines, image checks of short pages);
 * the line analysis alone is timed again after, as one pass over the whole text.
 */
export async function pipelineStages(bytes: Uint8Array, name: string): Promise<Record<string, number>> {
  const database = await freshDb();
  try {
    const marks: [string, number][] = [['start', performance.now()]];
    const outcome = await importFile({ name, bytes }, { ...context(database), onStage: (stage) => marks.push([stage, performance.now()]) });
    if (outcome.kind !== 'added') throw new Error(`import of ${name} ended "${outcome.kind}"`);
    const out: Record<string, number> = {};
    for (let i = 1; i < marks.length; i++) out[marks[i]![0]] = marks[i]![1] - marks[i - 1]![1];
    out.total = marks[marks.length - 1]![1] - marks[0]![1];
    const texts = (await getPageTexts(database, outcome.documentId)).map((p) => p.text);
    const t0 = performance.now();
    out.pagesImageChecked = ownTextLengths(texts).filter((n) => n < MIN_OWN_CHARS).length;
    out['flagPages.textAnalysis'] = performance.now() - t0;
    return out;
  } finally {
    await database.delete();
  }
}
