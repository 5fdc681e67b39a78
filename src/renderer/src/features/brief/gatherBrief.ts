/**
 * What the case brief needs from the database: the clause export items of the case (the same
 * quotes and citations the other clause exports give), the documents they are on, with their
 * metadata, and the sample case's notice for its illustrative documents.
 */
import {
  buildCaseBrief,
  renderCaseBriefHtml,
  renderCaseBriefMarkdown,
  briefFileName,
  type BriefDocumentInput,
  type BriefGrouping,
} from '../../core/caseBrief';
import type { ClauseExportItem } from '../../core/clauseExport';
import { findSampleCase } from '../../db/casesRepo';
import { db } from '../../db/database';
import { getDocuments } from '../../db/documentsRepo';
import { clauseExportItems } from '../clauses';
import { briefCommentHtml } from './commentHtml';

export type BriefFormat = 'html' | 'md';

export interface BriefSource {
  caseName: string;
  /** Documents with at least one clause in the case, in the exports' order (by title). */
  documents: (BriefDocumentInput & { clauseCount: number })[];
  items: ClauseExportItem[];
  sampleNotice: string;
}

export async function gatherBriefSource(caseId: string | undefined, caseName: string): Promise<BriefSource> {
  const items = await clauseExportItems(caseId);
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.clause.documentId, (counts.get(item.clause.documentId) ?? 0) + 1);
  const records = await getDocuments(db(), [...counts.keys()]);
  // Illustrative exactly when its clause items are (core/illustrative.ts, judged by the text).
  const illustrative = new Set(items.filter((i) => i.illustrative).map((i) => i.clause.documentId));
  // The items come grouped by document in title order; the documents keep that order.
  const order = [...counts.keys()];
  const documents = records
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((d) => ({
      id: d.id,
      fileName: d.fileName,
      title: d.title,
      kind: d.kind,
      issuer: d.issuer,
      date: d.date,
      citation: d.citation,
      jurisdiction: d.jurisdiction,
      illustrative: illustrative.has(d.id),
      clauseCount: counts.get(d.id) ?? 0,
    }));
  // The sample's notice goes with any brief quoting its study documents.
  const sample = illustrative.size > 0 ? await findSampleCase(db()) : undefined;
  return { caseName, documents, items, sampleNotice: sample?.notes ?? '' };
}

export interface BriefFile {
  name: string;
  mimeType: string;
  text: string;
  clauseCount: number;
  documentCount: number;
}

/** The brief file for the chosen documents, grouping and format. */
export function makeBriefFile(
  source: BriefSource,
  options: { grouping: BriefGrouping; format: BriefFormat; documentIds: readonly string[]; now?: Date },
): BriefFile {
  const now = options.now ?? new Date();
  const brief = buildCaseBrief({
    caseName: source.caseName,
    generatedAt: now.toISOString(),
    generatedAtText: now.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }),
    grouping: options.grouping,
    documents: source.documents,
    items: source.items,
    documentIds: options.documentIds,
    sampleNotice: source.sampleNotice,
  });
  const html = options.format === 'html';
  return {
    name: briefFileName(brief.caseName, options.format),
    mimeType: html ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8',
    text: html ? renderCaseBriefHtml(brief, { commentHtml: briefCommentHtml }) : renderCaseBriefMarkdown(brief),
    clauseCount: brief.clauseCount,
    documentCount: brief.documents.filter((d) => d.clauseCount > 0).length,
  };
}
