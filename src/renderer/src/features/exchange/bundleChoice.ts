/**
 * What the "Workspace bundle" dialog offers and what a choice puts in the bundle: a case's
 * documents with their clause counts and PDF sizes, and the summary line of a choice. The counts
 * are those collectCase (db/exchangeRepo.ts) exports: the case's own clauses on the chosen documents.
 */
import { formatBytes } from '../../core/storageFigures';
import { DOCUMENT_KIND_LABELS } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import type { ClausebenchDb } from '../../db/database';
import { listDocuments } from '../../db/documentsRepo';
import { countText } from './exchangeFiles';

export interface BundleDocumentChoice {
  id: string;
  title: string;
  /** The kind as people read it ("Executive order"). */
  kind: string;
  /** The case's clauses on this document (clauses of other cases never travel). */
  clauseCount: number;
  /** Bytes of the PDF. */
  size: number;
}

/** The case's documents, by title, each with its clause count in this case. */
export async function caseDocumentChoices(database: ClausebenchDb, caseId: string): Promise<BundleDocumentChoice[]> {
  const [documents, clauses] = await Promise.all([listDocuments(database, caseId), listClauses(database, caseId)]);
  const counts = new Map<string, number>();
  for (const c of clauses) counts.set(c.documentId, (counts.get(c.documentId) ?? 0) + 1);
  return documents
    .map((d) => ({
      id: d.id,
      title: d.title || d.fileName,
      kind: DOCUMENT_KIND_LABELS[d.kind] ?? d.kind,
      clauseCount: counts.get(d.id) ?? 0,
      size: d.size,
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export interface BundleSummary {
  documents: number;
  clauses: number;
  bytes: number;
}

/** What a bundle of `chosen` documents ('all': the whole case) holds. */
export function bundleSummary(documents: readonly BundleDocumentChoice[], chosen: ReadonlySet<string> | 'all'): BundleSummary {
  const kept = chosen === 'all' ? documents : documents.filter((d) => chosen.has(d.id));
  return {
    documents: kept.length,
    clauses: kept.reduce((n, d) => n + d.clauseCount, 0),
    bytes: kept.reduce((n, d) => n + d.size, 0),
  };
}

/** "3 documents, 42 clauses, 12 MB of PDFs" */
export function summaryText(summary: BundleSummary): string {
  return `${countText(summary.documents, 'document')}, ${countText(summary.clauses, 'clause')}, ${formatBytes(summary.bytes)} of PDFs`;
}
