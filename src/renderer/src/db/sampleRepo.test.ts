import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case, DocumentRecord } from '../core/types';
import { ClausebenchDb } from './database';
import { documentRecord } from './testRecords';
import { addSampleClauses, clearSampleCase } from './sampleRepo';
import { dismissedSuggestionsKey, getSetting, setSetting } from './settingsRepo';

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`sample-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

const at = '2026-01-01T00:00:00.000Z';
const stamp = { createdBy: 'me', createdAt: at, updatedAt: at };
const sample: Case = { id: 'sample', name: 'Sample', notes: '', isSample: true, ...stamp };
const mine: Case = { id: 'mine', name: 'Mine', notes: '', ...stamp };

function doc(id: string, caseIds: string[]): DocumentRecord {
  return documentRecord(id, caseIds, { pageCount: 1, pageStatus: ['text'] });
}

describe('clearSampleCase', () => {
  it('removes sample-only documents and what was made in the sample, and leaves other cases alone', async () => {
    await database.cases.bulkAdd([sample, mine]);
    await database.documents.bulkAdd([doc('only-sample', ['sample']), doc('shared', ['sample', 'mine']), doc('only-mine', ['mine'])]);
    await database.files.bulkAdd(['only-sample', 'shared', 'only-mine'].map((id) => ({ sha256: `sha-${id}`, bytes: new Blob(['x']) })));
    await database.pageTexts.bulkAdd(
      ['only-sample', 'shared', 'only-mine'].map((id) => ({ documentId: id, pageIndex: 0, text: id, start: 0, status: 'text' as const })),
    );
    const clause = (id: string, caseId: string, documentId: string) => ({
      id,
      caseId,
      documentId,
      type: 'definition' as const,
      label: '',
      comment: '',
      tags: [],
      colour: '',
      anchorStatus: 'anchored' as const,
      target: {
        quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
        pageIndex: 0,
        rects: [],
      },
      ...stamp,
    });
    await database.clauses.bulkAdd([clause('c1', 'sample', 'shared'), clause('c2', 'mine', 'shared'), clause('c3', 'sample', 'only-sample')]);
    await database.entities.add({ id: 'e1', caseId: 'sample', name: 'E', type: 'agency', aliases: [], description: '', ...stamp });
    await database.links.bulkAdd([
      { id: 'l1', caseId: 'sample', clauseId: 'c1', entityId: 'e1', role: 'restricts', note: '', ...stamp },
      { id: 'l2', caseId: 'mine', clauseId: 'c2', entityId: 'e2', role: 'restricts', note: '', ...stamp },
    ]);
    await database.cells.add({
      id: 'cell',
      caseId: 'mine',
      comparisonId: 'x',
      regimeId: 'r',
      dimensionId: 'd',
      answer: '',
      detail: '',
      evidenceClauseIds: ['c2'],
      status: 'sourced',
      ...stamp,
    });

    await clearSampleCase(database, sample);

    expect((await database.documents.toArray()).map((d) => [d.id, d.caseIds])).toEqual([
      ['only-mine', ['mine']],
      ['shared', ['mine']],
    ]);
    expect((await database.files.toArray()).map((f) => f.sha256).sort()).toEqual(['sha-only-mine', 'sha-shared']);
    expect((await database.pageTexts.toArray()).map((p) => p.documentId).sort()).toEqual(['only-mine', 'shared']);
    expect((await database.clauses.toArray()).map((c) => c.id)).toEqual(['c2']);
    expect((await database.links.toArray()).map((l) => l.id)).toEqual(['l2']);
    expect(await database.entities.count()).toBe(0);
    expect((await database.cells.get('cell'))?.evidenceClauseIds).toEqual(['c2']);
    expect((await database.cases.toArray()).map((c) => c.id).sort()).toEqual(['mine', 'sample']);
  });

  it("forgets the sample's dismissed suggestions, not another case's", async () => {
    await database.cases.bulkAdd([sample, mine]);
    await setSetting(database, dismissedSuggestionsKey('sample'), [{ key: 'order', name: 'Order' }]);
    await setSetting(database, dismissedSuggestionsKey('mine'), [{ key: 'page', name: 'Page' }]);
    await clearSampleCase(database, sample);
    expect(await database.settings.get(dismissedSuggestionsKey('sample'))).toBeUndefined();
    expect(await getSetting(database, dismissedSuggestionsKey('mine'), [])).toEqual([{ key: 'page', name: 'Page' }]);
  });
});

describe('addSampleClauses', () => {
  const clause = (id: string, caseId: string, comment = '') => ({
    id,
    caseId,
    documentId: 'shared',
    type: 'definition' as const,
    label: id,
    comment,
    tags: [],
    colour: '',
    anchorStatus: 'anchored' as const,
    target: {
      quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
      pageIndex: 0,
      rects: [],
    },
    ...stamp,
  });

  it('adds new sample clauses, keeps those already in the sample, and returns those another case holds', async () => {
    await database.cases.bulkAdd([sample, mine]);
    await database.documents.add(doc('shared', ['sample', 'mine']));
    await database.clauses.bulkAdd([clause('kept', 'sample', 'edited by the user'), clause('taken', 'mine', "the user's copy")]);

    const taken = await addSampleClauses(database, 'sample', [clause('new', 'sample'), clause('kept', 'sample'), clause('taken', 'sample')]);

    expect(taken.map((c) => c.id)).toEqual(['taken']);
    expect((await database.clauses.orderBy('id').toArray()).map((c) => [c.id, c.caseId, c.comment])).toEqual([
      ['kept', 'sample', 'edited by the user'],
      ['new', 'sample', ''],
      ['taken', 'mine', "the user's copy"],
    ]);
  });

  it('adds nothing when one clause is misplaced (all or nothing, as addClauses)', async () => {
    await database.cases.bulkAdd([sample, mine]);
    await database.documents.add(doc('only-mine', ['mine']));
    await database.documents.add(doc('shared', ['sample', 'mine']));
    const misplaced = { ...clause('b', 'sample'), documentId: 'only-mine' };
    await expect(addSampleClauses(database, 'sample', [clause('a', 'sample'), misplaced])).rejects.toThrow(/not filed in this clause's case/);
    expect(await database.clauses.count()).toBe(0);
  });
});
