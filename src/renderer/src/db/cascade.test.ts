import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteCase, restoreCase } from './casesRepo';
import { deleteClause, restoreClause } from './clausesRepo';
import { ClausebenchDb } from './database';
import { deleteDocument, restoreDocument } from './documentsRepo';
import { ALL_CASES, CURRENT_CASE_KEY, dismissedSuggestionsKey, getSetting, setSetting } from './settingsRepo';
import {
  addDocumentWithParts,
  caseRecord,
  cellRecord,
  clauseRecord,
  documentRecord,
  entityRecord,
  linkRecord,
  snapshot,
  testStamp,
} from './testRecords';

let database: ClausebenchDb;
beforeEach(async () => {
  database = new ClausebenchDb(`cascade-${crypto.randomUUID()}`);
  await seed();
});
afterEach(async () => {
  await database.delete();
});

/**
 * Two cases sharing d1; d2 only in A, d3 only in B. Each case has clauses, an entity, links and a
 * comparison whose cells cite its clauses. A is the current case.
 */
async function seed(): Promise<void> {
  await database.cases.bulkAdd([caseRecord('A'), caseRecord('B')]);
  for (const doc of [documentRecord('d1', ['A', 'B']), documentRecord('d2', ['A']), documentRecord('d3', ['B'])])
    await addDocumentWithParts(database, doc);
  await database.clauses.bulkAdd([
    clauseRecord('a1', 'A', 'd1'),
    clauseRecord('a2', 'A', 'd1'),
    clauseRecord('a3', 'A', 'd2'),
    clauseRecord('b1', 'B', 'd1'),
    clauseRecord('b2', 'B', 'd3'),
  ]);
  await database.entities.bulkAdd([entityRecord('eA', 'A'), entityRecord('eB', 'B')]);
  await database.links.bulkAdd([linkRecord('lA1', 'A', 'a1', 'eA'), linkRecord('lA3', 'A', 'a3', 'eA'), linkRecord('lB1', 'B', 'b1', 'eB')]);
  for (const c of ['A', 'B']) {
    await database.comparisons.add({ id: `cmp${c}`, caseId: c, title: c, ...testStamp });
    await database.regimes.add({
      id: `r${c}`,
      caseId: c,
      comparisonId: `cmp${c}`,
      name: 'US',
      jurisdiction: 'US',
      status: 'in force',
      instruments: [],
      order: 0,
      ...testStamp,
    });
    await database.dimensions.add({ id: `dim${c}`, caseId: c, comparisonId: `cmp${c}`, question: 'Who?', group: '', order: 0, ...testStamp });
  }
  await database.cells.bulkAdd([
    cellRecord('cA1', 'A', 'cmpA', 'rA', 'dimA', ['a1', 'a3']),
    cellRecord('cA2', 'A', 'cmpA', 'rA', 'dimA', ['a2']),
    cellRecord('cB1', 'B', 'cmpB', 'rB', 'dimB', ['b1', 'b2']),
  ]);
  await setSetting(database, CURRENT_CASE_KEY, 'A');
}

const ids = async (table: { toCollection(): { primaryKeys(): Promise<unknown[]> } }) => table.toCollection().primaryKeys();
const evidence = async () => Object.fromEntries((await database.cells.toArray()).map((c) => [c.id, c.evidenceClauseIds]));

describe('deleting a document from the library', () => {
  it('takes its page texts, view state, file, every clause of it, their links and evidence; undo restores all', async () => {
    const before = await snapshot(database);
    const deleted = await deleteDocument(database, 'd1', undefined);
    expect(deleted?.removed).toBeDefined();
    expect(await ids(database.documents)).toEqual(['d2', 'd3']);
    expect(await ids(database.files)).toEqual(['sha-d2', 'sha-d3']);
    expect(await database.pageTexts.where('documentId').equals('d1').count()).toBe(0);
    expect(await database.viewStates.get('d1')).toBeUndefined();
    expect(await ids(database.clauses)).toEqual(['a3', 'b2']);
    expect(await ids(database.links)).toEqual(['lA3']);
    expect(await evidence()).toEqual({ cA1: ['a3'], cA2: [], cB1: ['b2'] });
    // What was made apart from the clauses stays.
    expect(await ids(database.entities)).toEqual(['eA', 'eB']);

    await restoreDocument(database, deleted!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('deleting from the only case it is in also leaves the library', async () => {
    const deleted = await deleteDocument(database, 'd2', 'A');
    expect(deleted?.removed).toBeDefined();
    expect(await database.documents.get('d2')).toBeUndefined();
    expect(await ids(database.clauses)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(await ids(database.links)).toEqual(['lA1', 'lB1']);
  });
});

describe('deleting a document from one case', () => {
  it("keeps it for the other case and takes only this case's clauses of it; undo restores all", async () => {
    const before = await snapshot(database);
    const deleted = await deleteDocument(database, 'd1', 'A');
    expect(deleted?.removed).toBeUndefined();
    expect((await database.documents.get('d1'))?.caseIds).toEqual(['B']);
    expect(await database.pageTexts.where('documentId').equals('d1').count()).toBe(2);
    expect(await database.files.get('sha-d1')).toBeDefined();
    expect(await ids(database.clauses)).toEqual(['a3', 'b1', 'b2']);
    expect(await ids(database.links)).toEqual(['lA3', 'lB1']);
    expect(await evidence()).toEqual({ cA1: ['a3'], cA2: [], cB1: ['b1', 'b2'] });

    await restoreDocument(database, deleted!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('undo keeps edits made to the document since', async () => {
    const deleted = await deleteDocument(database, 'd1', 'A');
    await database.documents.update('d1', { title: 'Renamed', caseIds: ['B', 'C'] });
    await restoreDocument(database, deleted!);
    expect(await database.documents.get('d1')).toMatchObject({ title: 'Renamed', caseIds: ['A', 'B', 'C'] });
  });
});

describe('deleting a case', () => {
  it('takes everything made in it, detaches its documents and leaves other cases alone; undo restores all', async () => {
    const before = await snapshot(database);
    const deleted = await deleteCase(database, 'A');
    expect(await ids(database.cases)).toEqual(['B']);
    expect(await ids(database.clauses)).toEqual(['b1', 'b2']);
    expect(await ids(database.entities)).toEqual(['eB']);
    expect(await ids(database.links)).toEqual(['lB1']);
    expect(await ids(database.comparisons)).toEqual(['cmpB']);
    expect(await ids(database.regimes)).toEqual(['rB']);
    expect(await ids(database.dimensions)).toEqual(['dimB']);
    expect(await evidence()).toEqual({ cB1: ['b1', 'b2'] });
    // Documents stay in the library, even one that now belongs to no case.
    expect((await database.documents.toArray()).map((d) => [d.id, d.caseIds])).toEqual([
      ['d1', ['B']],
      ['d2', []],
      ['d3', ['B']],
    ]);
    expect(await database.files.count()).toBe(3);
    expect(await getSetting(database, CURRENT_CASE_KEY, '')).toBe(ALL_CASES);

    await restoreCase(database, deleted!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('takes links and citations other cases made to its clauses and entities; undo does not recreate them', async () => {
    // Cross-case records, as only data from before links and evidence were checked can hold.
    await database.links.add(linkRecord('stray', 'B', 'b1', 'eA'));
    await database.cells.update('cB1', { evidenceClauseIds: ['b1', 'a1'] });
    const before = await snapshot(database);
    const deleted = await deleteCase(database, 'A');
    expect(await ids(database.links)).toEqual(['lB1']);
    expect(await evidence()).toEqual({ cB1: ['b1'] });
    await restoreCase(database, deleted!);
    const after = await snapshot(database);
    expect(await ids(database.links)).toEqual(['lA1', 'lA3', 'lB1']);
    expect(await evidence()).toEqual({ cA1: ['a1', 'a3'], cA2: ['a2'], cB1: ['b1'] });
    // Everything else is back exactly.
    for (const table of Object.keys(before).filter((t) => t !== 'links' && t !== 'cells')) expect(after[table], table).toEqual(before[table]);
  });
});

describe("a case's own settings", () => {
  it('go with the case (its dismissed suggestions), come back on undo, and other cases keep theirs', async () => {
    await setSetting(database, dismissedSuggestionsKey('A'), [{ key: 'order', name: 'Order' }]);
    await setSetting(database, dismissedSuggestionsKey('B'), [{ key: 'page', name: 'Page' }]);
    const deleted = await deleteCase(database, 'A');
    expect(await database.settings.get(dismissedSuggestionsKey('A'))).toBeUndefined();
    expect(await getSetting(database, dismissedSuggestionsKey('B'), [])).toEqual([{ key: 'page', name: 'Page' }]);
    await restoreCase(database, deleted!);
    expect(await getSetting(database, dismissedSuggestionsKey('A'), [])).toEqual([{ key: 'order', name: 'Order' }]);
  });
});

describe('deleting a clause', () => {
  it('takes its links and its citations; undo restores all', async () => {
    const before = await snapshot(database);
    const deleted = await deleteClause(database, 'a1');
    expect(deleted?.clauses.map((c) => c.id)).toEqual(['a1']);
    expect(await ids(database.clauses)).toEqual(['a2', 'a3', 'b1', 'b2']);
    expect(await ids(database.links)).toEqual(['lA3', 'lB1']);
    expect(await evidence()).toEqual({ cA1: ['a3'], cA2: ['a2'], cB1: ['b1', 'b2'] });
    await restoreClause(database, deleted!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('returns undefined for a clause that is not there', async () => {
    expect(await deleteClause(database, 'nope')).toBeUndefined();
  });
});

it('undoing a clause, a document and a case delete newest first restores the database exactly', async () => {
  const before = await snapshot(database);
  const clause = await deleteClause(database, 'a2');
  const doc = await deleteDocument(database, 'd1', undefined);
  const gone = await deleteCase(database, 'A');
  expect(await database.clauses.count()).toBe(1);
  await restoreCase(database, gone!);
  await restoreDocument(database, doc!);
  await restoreClause(database, clause!);
  expect(await snapshot(database)).toEqual(before);
});
