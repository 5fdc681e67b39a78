// The "Workspace bundle" dialog's figures over a real (fake-indexeddb) database: each document's
// clause count is its clauses in this case only, and the summary of a choice is what collectCase
// (the export itself) then carries: the same documents, clauses and PDF bytes.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClausebenchDb } from '../../db/database';
import { collectCase } from '../../db/exchangeRepo';
import { caseRecord, clauseRecord, documentRecord } from '../../db/testRecords';
import { bundleSummary, caseDocumentChoices, summaryText, type BundleSummary } from './bundleChoice';

let database: ClausebenchDb;

beforeEach(async () => {
  database = new ClausebenchDb(`bundle-choice-${crypto.randomUUID()}`);
  await database.cases.bulkAdd([caseRecord('case-a'), caseRecord('case-b')]);
  // Three documents of case A (one shared with B), one of B only; PDFs of distinct sizes.
  const docs = [
    documentRecord('d-zeta', ['case-a'], { title: 'Zeta letter', kind: 'agency-letter', size: 1_000 }),
    documentRecord('d-alpha', ['case-a', 'case-b'], { title: 'Alpha order', kind: 'executive-order', size: 2_500_000 }),
    documentRecord('d-mid', ['case-a'], { title: '', fileName: 'middle.pdf', kind: 'complaint', size: 40_000 }),
    documentRecord('d-b', ['case-b'], { title: 'Only in B', size: 7 }),
  ];
  await database.documents.bulkAdd(docs);
  await database.files.bulkAdd(docs.map((d) => ({ sha256: d.sha256, bytes: new Blob([new Uint8Array(d.size)]) })));
  await database.clauses.bulkAdd([
    clauseRecord('a1', 'case-a', 'd-alpha'),
    clauseRecord('a2', 'case-a', 'd-alpha'),
    clauseRecord('a3', 'case-a', 'd-zeta'),
    // Case B's clauses on the shared document never count for case A.
    clauseRecord('b1', 'case-b', 'd-alpha'),
    clauseRecord('b2', 'case-b', 'd-b'),
  ]);
});
afterEach(async () => {
  await database.delete();
});

async function exported(documentIds?: string[]): Promise<BundleSummary> {
  const { records, files } = await collectCase(database, 'case-a', documentIds);
  return {
    documents: records.documents.length,
    clauses: records.clauses.length,
    bytes: [...files.values()].reduce((n, b) => n + b.length, 0),
  };
}

describe('caseDocumentChoices', () => {
  it("lists the case's documents by title (file name when untitled) with this case's clause counts", async () => {
    const choices = await caseDocumentChoices(database, 'case-a');
    expect(choices.map((c) => [c.title, c.kind, c.clauseCount, c.size])).toEqual([
      ['Alpha order', 'Executive order', 2, 2_500_000],
      ['middle.pdf', 'Complaint', 0, 40_000],
      ['Zeta letter', 'Agency letter', 1, 1_000],
    ]);
    expect((await caseDocumentChoices(database, 'case-b')).map((c) => [c.id, c.clauseCount])).toEqual([
      ['d-alpha', 1],
      ['d-b', 1],
    ]);
  });
});

describe('bundleSummary', () => {
  it('is what the export carries, for the whole case and for chosen documents', async () => {
    const choices = await caseDocumentChoices(database, 'case-a');
    expect(bundleSummary(choices, 'all')).toEqual(await exported());
    expect(bundleSummary(choices, 'all')).toEqual({ documents: 3, clauses: 3, bytes: 2_541_000 });
    const two = ['d-alpha', 'd-mid'];
    expect(bundleSummary(choices, new Set(two))).toEqual(await exported(two));
    expect(bundleSummary(choices, new Set(two))).toEqual({ documents: 2, clauses: 2, bytes: 2_540_000 });
    expect(bundleSummary(choices, new Set())).toEqual({ documents: 0, clauses: 0, bytes: 0 });
  });

  it('ignores chosen ids that are no longer among the documents', async () => {
    const choices = await caseDocumentChoices(database, 'case-a');
    expect(bundleSummary(choices, new Set(['d-zeta', 'd-b', 'gone']))).toEqual({ documents: 1, clauses: 1, bytes: 1_000 });
  });

  it('reads as one line', () => {
    expect(summaryText({ documents: 3, clauses: 42, bytes: 12_400_000 })).toBe('3 documents, 42 clauses, 12 MB of PDFs');
    expect(summaryText({ documents: 1, clauses: 1, bytes: 2_500_000 })).toBe('1 document, 1 clause, 2.5 MB of PDFs');
    expect(summaryText({ documents: 0, clauses: 1_234, bytes: 0 })).toBe('0 documents, 1,234 clauses, 0 bytes of PDFs');
  });
});
