/**
 * Record builders and a whole-database snapshot for the db/ unit tests. Not imported by the app.
 */
import type { Case, Cell, Clause, ClauseTarget, DocumentRecord, Entity, Link, PdfRect } from '../core/types';
import type { ClausebenchDb } from './database';

const at = '2026-01-01T00:00:00.000Z';
export const testStamp = { createdBy: 'me', createdAt: at, updatedAt: at };

export function caseRecord(id: string, extra: Partial<Case> = {}): Case {
  return { id, name: id, notes: '', ...testStamp, ...extra };
}

export function documentRecord(id: string, caseIds: string[], extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    sha256: `sha-${id}`,
    caseIds,
    title: id,
    kind: 'other',
    issuer: '',
    date: '',
    citation: '',
    jurisdiction: '',
    pageCount: 2,
    pageStatus: ['text', 'text'],
    fileName: `${id}.pdf`,
    size: 1,
    addedAt: at,
    ...testStamp,
    ...extra,
  };
}

export function textTarget(start: number, end: number, pageIndex = 0, rect: PdfRect = [72, 700, 300, 712]): ClauseTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(Math.max(end - start, 0)), prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    pageIndex,
    rects: [{ pageIndex, rects: [rect] }],
  };
}

export function areaTarget(pageIndex: number, rect: PdfRect): ClauseTarget {
  return { ...textTarget(0, 0, pageIndex, rect), quote: { type: 'TextQuoteSelector', exact: 'typed', prefix: '', suffix: '' }, area: true };
}

export function clauseRecord(id: string, caseId: string, documentId: string, target: ClauseTarget = textTarget(0, 5)): Clause {
  return {
    id,
    caseId,
    documentId,
    target,
    type: 'definition',
    label: id,
    comment: '',
    tags: ['t'],
    colour: '#4e79a7',
    anchorStatus: 'anchored',
    ...testStamp,
  };
}

export function entityRecord(id: string, caseId: string): Entity {
  return { id, caseId, name: id, type: 'organisation', aliases: [], description: '', ...testStamp };
}

export function linkRecord(id: string, caseId: string, clauseId: string, entityId: string): Link {
  return { id, caseId, clauseId, entityId, role: 'restricts', note: '', ...testStamp };
}

export function cellRecord(
  id: string,
  caseId: string,
  comparisonId: string,
  regimeId: string,
  dimensionId: string,
  evidenceClauseIds: string[],
): Cell {
  return { id, caseId, comparisonId, regimeId, dimensionId, answer: 'yes', detail: '', evidenceClauseIds, status: 'sourced', ...testStamp };
}

/** Adds a document with its file, two page texts and a view state: all a library delete takes. */
export async function addDocumentWithParts(database: ClausebenchDb, doc: DocumentRecord): Promise<void> {
  await database.documents.add(doc);
  await database.files.add({ sha256: doc.sha256, bytes: new Blob([doc.id]) });
  await database.pageTexts.bulkAdd(
    [0, 1].map((pageIndex) => ({ documentId: doc.id, pageIndex, text: `${doc.id} p${pageIndex}`, start: pageIndex * 10, status: 'text' as const })),
  );
  await database.viewStates.add({ documentId: doc.id, pageNumber: 2, zoom: 1.25, rotation: 0, updatedAt: at });
}

/** Every row of every table (files as their sha256 and text), for deep-equal before/after checks. */
export async function snapshot(database: ClausebenchDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    const rows = await table.toArray();
    out[table.name] =
      table.name === 'files'
        ? await Promise.all(rows.map(async (f: { sha256: string; bytes: Blob }) => ({ sha256: f.sha256, text: await f.bytes.text() })))
        : rows;
  }
  return out;
}
