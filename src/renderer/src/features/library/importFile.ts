/**
 * Imports one file, all or nothing: check it is a PDF, hash it, open it (asking for a password
 * when needed), extract every page, flag pages without a text layer, propose metadata, and only
 * then write everything in one transaction. Cancelling or failing at any step writes nothing.
 */
import { carryOverClauses, type CarryOverReport } from '../../core/carryOver';
import { joinDocumentText, pageStartOffsets } from '../../core/documentText';
import { sha256Hex } from '../../core/hash';
import { newId, stamp } from '../../core/ids';
import { proposeMetadata } from '../../core/metadata';
import { sniffPdf } from '../../core/pdfSniff';
import type { Clause, DocumentMetadata, DocumentRecord, PageTextRecord } from '../../core/types';
import type { ClausebenchDb } from '../../db/database';
import { addDocumentToCase, addImportedDocument, findDocumentBySha } from '../../db/documentsRepo';
import { extractPages, readInfo, type ExtractPhase } from '../../pdf/extractText';
import { classifyOpenError, describeInvalidPdf } from '../../pdf/openErrors';
import { loadPdf, type PDFDocumentProxy } from '../../pdf/pdfjs';
import type { PickedFile } from '../../platform/host';

export type FileOutcome =
  | { kind: 'added'; fileName: string; documentId: string; title: string; pageCount: number; flaggedPages: number[]; carryOver?: CarryOverReport }
  | { kind: 'duplicate'; fileName: string; documentId: string; title: string; addedToCase: boolean }
  | { kind: 'refused'; fileName: string; reason: string }
  | { kind: 'cancelled'; fileName: string };

export interface ImportContext {
  database: ClausebenchDb;
  /** Case the document joins; undefined when viewing all cases. */
  caseId: string | undefined;
  profile: string;
  signal: AbortSignal;
  /** Asks the user for a password; null means "skip this file". */
  askPassword(fileName: string, retry: boolean): Promise<string | null>;
  onPages(done: number, total: number, phase: ExtractPhase): void;
  /**
   * Import as a new version of this document: the new one records versionOf, joins the same
   * cases, keeps its descriptive details, and gets its clauses carried over (core/carryOver.ts),
   * all in the same transaction as the import.
   */
  versionOf?: { document: DocumentRecord; clauses: Clause[] };
  /** Told as each step ends; the bench times the steps with it, so it measures this very code. */
  onStage?(stage: ImportStage): void;
}

export type ImportStage = 'hash' | 'duplicateLookup' | 'open' | 'extractText' | 'metadata' | 'write' | 'close';

const PASSWORD_SKIPPED = Symbol('skipped');

async function openWithPassword(file: PickedFile, ctx: ImportContext): Promise<PDFDocumentProxy | typeof PASSWORD_SKIPPED> {
  let password: string | undefined;
  for (;;) {
    try {
      return await loadPdf(file.bytes, password);
    } catch (error) {
      const failure = classifyOpenError(error);
      if (failure.kind === 'invalid') throw new Error(describeInvalidPdf(failure.detail), { cause: error });
      if (ctx.signal.aborted) throw new DOMException('Import cancelled', 'AbortError');
      const answer = await ctx.askPassword(file.name, failure.kind === 'password-incorrect');
      if (answer === null) return PASSWORD_SKIPPED;
      password = answer;
    }
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function importFile(file: PickedFile, ctx: ImportContext): Promise<FileOutcome> {
  const fileName = file.name;
  const sniff = sniffPdf(file.bytes);
  if (!sniff.ok) return { kind: 'refused', fileName, reason: sniff.reason };

  const sha256 = await sha256Hex(file.bytes);
  ctx.onStage?.('hash');
  const existing = await findDocumentBySha(ctx.database, sha256);
  ctx.onStage?.('duplicateLookup');
  if (existing && ctx.versionOf) {
    return {
      kind: 'refused',
      fileName,
      reason: `This file is already in the library as “${existing.title}”; a new version must be a different file.`,
    };
  }
  if (existing) {
    const addedToCase = ctx.caseId ? await addDocumentToCase(ctx.database, existing.id, ctx.caseId) : false;
    return { kind: 'duplicate', fileName, documentId: existing.id, title: existing.title, addedToCase };
  }

  let pdf: PDFDocumentProxy | undefined;
  try {
    const opened = await openWithPassword(file, ctx);
    if (opened === PASSWORD_SKIPPED) return { kind: 'refused', fileName, reason: 'No password was given, so the encrypted PDF was not imported.' };
    pdf = opened;
    ctx.onStage?.('open');
    const pages = await extractPages(pdf, { signal: ctx.signal, onPage: ctx.onPages });
    ctx.onStage?.('extractText');
    const info = await readInfo(pdf);
    if (ctx.signal.aborted) return { kind: 'cancelled', fileName };

    const documentId = newId();
    const texts = pages.map((p) => p.text);
    const starts = pageStartOffsets(texts);
    const proposed = proposeMetadata({ fileName, info, pageTexts: texts.slice(0, 2) });
    const earlier = ctx.versionOf?.document;
    const metadata = earlier ? versionMetadata(earlier, proposed) : proposed;
    const now = stamp(ctx.profile);
    const document: DocumentRecord = {
      id: documentId,
      sha256,
      caseIds: earlier ? [...earlier.caseIds] : ctx.caseId ? [ctx.caseId] : [],
      ...(earlier ? { versionOf: earlier.id } : {}),
      ...metadata,
      pageCount: pdf.numPages,
      pageStatus: pages.map((p) => p.status),
      fileName,
      size: file.bytes.byteLength,
      addedAt: now.createdAt,
      ...now,
    };
    const pageTexts: PageTextRecord[] = pages.map((p, pageIndex) => ({
      documentId,
      pageIndex,
      text: p.text,
      start: starts[pageIndex] ?? 0,
      status: p.status,
      ...(p.reason ? { reason: p.reason } : {}),
    }));
    const bytes = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const carried = ctx.versionOf
      ? carryOverClauses(ctx.versionOf.clauses, joinDocumentText(texts), starts, documentId, newId, now.createdAt)
      : undefined;
    ctx.onStage?.('metadata');
    await addImportedDocument(ctx.database, {
      document,
      file: { sha256, bytes },
      pageTexts,
      ...(carried ? { clauses: carried.clauses, carriedFrom: ctx.versionOf!.clauses.map((c) => c.id) } : {}),
    });
    ctx.onStage?.('write');
    const flaggedPages = pages.flatMap((p, i) => (p.status === 'no-text-layer' ? [i + 1] : []));
    return {
      kind: 'added',
      fileName,
      documentId,
      title: document.title,
      pageCount: pdf.numPages,
      flaggedPages,
      ...(carried ? { carryOver: carried.report } : {}),
    };
  } catch (error) {
    if (isAbort(error)) return { kind: 'cancelled', fileName };
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'refused', fileName, reason };
  } finally {
    await pdf?.loadingTask.destroy();
    ctx.onStage?.('close');
  }
}

/** A new version keeps the earlier one's details (the user set them), with the new date if found. */
function versionMetadata(earlier: DocumentRecord, proposed: DocumentMetadata): DocumentMetadata {
  return {
    title: `${earlier.title} (new version)`,
    kind: earlier.kind,
    issuer: earlier.issuer,
    date: proposed.date || earlier.date,
    citation: earlier.citation,
    jurisdiction: earlier.jurisdiction,
  };
}
