/**
 * Undo of a clause or case removal puts back only what still fits: a link only to a stored entity
 * of its clause's case, a cell only into a stored comparison of its case, evidence only to stored
 * clauses of the cell's case. The repro: the sample case's shipped ids are fixed, so "Reset sample
 * case" brings a deleted shipped clause back under the same id while the user's entity is gone.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeCaseContents } from './caseContents';
import { deleteCase, restoreCase } from './casesRepo';
import { deleteClause, restoreClause } from './clausesRepo';
import { ClausebenchDb } from './database';
import { caseRecord, cellRecord, clauseRecord, documentRecord, entityRecord, linkRecord, snapshot, testStamp } from './testRecords';

let database: ClausebenchDb;
beforeEach(async () => {
  database = new ClausebenchDb(`restore-${crypto.randomUUID()}`);
  // S plays the sample case: a shipped clause C (fixed id), the user's clause X, entity U linked
  // to C, and a shipped comparison whose cell cites C and X. T is another case.
  await database.cases.bulkAdd([caseRecord('S', { isSample: true }), caseRecord('T')]);
  await database.documents.add(documentRecord('d', ['S', 'T']));
  await database.clauses.bulkAdd([clauseRecord('C', 'S', 'd'), clauseRecord('X', 'S', 'd'), clauseRecord('t1', 'T', 'd')]);
  await database.entities.bulkAdd([entityRecord('U', 'S'), entityRecord('V', 'T')]);
  await database.links.bulkAdd([linkRecord('L', 'S', 'C', 'U')]);
  await addComparison('S');
  await database.cells.add(cellRecord('cell', 'S', 'cmpS', 'rS', 'dimS', ['C', 'X']));
});
afterEach(async () => {
  await database.delete();
});

async function addComparison(caseId: string) {
  await database.comparisons.add({ id: `cmp${caseId}`, caseId, title: caseId, ...testStamp });
  await database.regimes.add({
    id: `r${caseId}`,
    caseId,
    comparisonId: `cmp${caseId}`,
    name: 'US',
    jurisdiction: 'US',
    status: 'in force',
    instruments: [],
    order: 0,
    ...testStamp,
  });
  await database.dimensions.add({ id: `dim${caseId}`, caseId, comparisonId: `cmp${caseId}`, question: 'Who?', group: '', order: 0, ...testStamp });
}

/** What "Reset sample case" does to S: empties it, then installs the shipped records again under their fixed ids. */
async function resetLikeSample() {
  await removeCaseContents(database, 'S');
  await database.clauses.add(clauseRecord('C', 'S', 'd'));
  await addComparison('S');
  await database.cells.add(cellRecord('cell', 'S', 'cmpS', 'rS', 'dimS', ['C']));
}

describe('undoing a clause delete', () => {
  it('after the sample case was reset, does not bring back a link to an entity the reset deleted', async () => {
    const deleted = await deleteClause(database, 'C');
    expect(deleted!.links.map((l) => l.id)).toEqual(['L']);
    await resetLikeSample();
    expect(await database.entities.get('U')).toBeUndefined();

    await restoreClause(database, deleted!);
    expect(await database.clauses.get('C')).toBeDefined();
    expect(await database.links.get('L')).toBeUndefined();
  });

  it('does not bring back a link whose entity id now belongs to another case', async () => {
    const deleted = await deleteClause(database, 'C');
    await database.entities.delete('U');
    await database.entities.add(entityRecord('U', 'T'));
    await restoreClause(database, deleted!);
    expect(await database.links.get('L')).toBeUndefined();
  });

  it('puts back a cell citing it without evidence the reset deleted (the user clause X)', async () => {
    const deleted = await deleteClause(database, 'C');
    expect(deleted!.cells.map((c) => c.evidenceClauseIds)).toEqual([['C', 'X']]);
    await resetLikeSample();
    await restoreClause(database, deleted!);
    expect((await database.cells.get('cell'))!.evidenceClauseIds).toEqual(['C']);
  });

  it('does not put a cell back into a comparison that is gone or now of another case', async () => {
    const deleted = await deleteClause(database, 'C');
    // A cell row left standing while its comparison went (a path that does not cascade).
    await database.comparisons.delete('cmpS');
    await restoreClause(database, deleted!);
    expect((await database.cells.get('cell'))!.evidenceClauseIds).toEqual(['X']);
  });

  it('restores exactly when nothing else changed', async () => {
    const before = await snapshot(database);
    await restoreClause(database, (await deleteClause(database, 'C'))!);
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('undoing a case delete', () => {
  it('does not bring back a link that crossed cases (made before links were checked)', async () => {
    await database.links.add(linkRecord('cross', 'T', 't1', 'U'));
    const deleted = await deleteCase(database, 'S');
    expect(deleted!.contents.links.map((l) => l.id)).toContain('cross');
    await restoreCase(database, deleted!);
    expect(await database.links.get('cross')).toBeUndefined();
    expect(await database.links.get('L')).toBeDefined();
  });

  it('does not bring back a cell citing a clause of another case', async () => {
    await database.cells.update('cell', { evidenceClauseIds: ['C', 't1'] });
    const deleted = await deleteCase(database, 'S');
    await restoreCase(database, deleted!);
    expect((await database.cells.get('cell'))!.evidenceClauseIds).toEqual(['C']);
  });

  it('restores exactly when nothing else changed', async () => {
    const before = await snapshot(database);
    await restoreCase(database, (await deleteCase(database, 'S'))!);
    expect(await snapshot(database)).toEqual(before);
  });
});
