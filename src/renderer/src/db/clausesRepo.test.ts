import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClause, addClauses, clausesForDocument, getClause, listClauses, revertClause, updateClause } from './clausesRepo';
import { ClausebenchDb } from './database';
import { areaTarget, caseRecord, clauseRecord, documentRecord, textTarget } from './testRecords';

let database: ClausebenchDb;
beforeEach(async () => {
  database = new ClausebenchDb(`clauses-${crypto.randomUUID()}`);
  await database.cases.bulkAdd([caseRecord('A'), caseRecord('B')]);
  await database.documents.bulkAdd([documentRecord('d1', ['A', 'B']), documentRecord('d2', ['A'])]);
});
afterEach(async () => {
  await database.delete();
});

describe('adding clauses', () => {
  it('adds one clause and reads it back', async () => {
    const clause = clauseRecord('k1', 'A', 'd1');
    await addClause(database, clause);
    expect(await getClause(database, 'k1')).toEqual(clause);
  });

  it('refuses a clause on a document not filed in its case, or in a missing case', async () => {
    await expect(addClause(database, clauseRecord('k1', 'B', 'd2'))).rejects.toThrow(/not filed in this clause's case/);
    await expect(addClause(database, clauseRecord('k1', 'A', 'gone'))).rejects.toThrow(/not in the library/);
    await expect(addClause(database, clauseRecord('k1', 'Z', 'd1'))).rejects.toThrow(/no longer exists/);
    expect(await database.clauses.count()).toBe(0);
  });

  it('adds many in one transaction: all or none', async () => {
    await addClauses(database, [clauseRecord('k1', 'A', 'd1'), clauseRecord('k2', 'B', 'd1')]);
    expect(await database.clauses.count()).toBe(2);
    await expect(addClauses(database, [clauseRecord('k3', 'A', 'd1'), clauseRecord('k1', 'A', 'd1')])).rejects.toThrow();
    await expect(addClauses(database, [clauseRecord('k4', 'A', 'd1'), clauseRecord('k5', 'B', 'd2')])).rejects.toThrow();
    expect((await database.clauses.toCollection().primaryKeys()).sort()).toEqual(['k1', 'k2']);
  });
});

describe('updating a clause', () => {
  it('applies changes, stamps updatedAt, keeps identity, and returns the record before for undo', async () => {
    const original = clauseRecord('k1', 'A', 'd1');
    await addClause(database, original);
    const sneaky = { label: 'Sec. 3(b)', tags: ['x'], caseId: 'B' } as Parameters<typeof updateClause>[2];
    const before = await updateClause(database, 'k1', sneaky);
    expect(before).toEqual(original);
    const after = await getClause(database, 'k1');
    expect(after).toMatchObject({ label: 'Sec. 3(b)', tags: ['x'], caseId: 'A', createdAt: original.createdAt });
    expect(after!.updatedAt > original.updatedAt).toBe(true);
    await revertClause(database, before!);
    expect(await getClause(database, 'k1')).toEqual(original);
    expect(await updateClause(database, 'nope', { label: 'x' })).toBeUndefined();
  });
});

describe('listing clauses', () => {
  beforeEach(async () => {
    await addClauses(database, [clauseRecord('a1', 'A', 'd1'), clauseRecord('a2', 'A', 'd2'), clauseRecord('b1', 'B', 'd1')]);
  });

  it('by case, by case and document, by document across cases, or all', async () => {
    const idsOf = async (p: Promise<{ id: string }[]>) => (await p).map((c) => c.id).sort();
    expect(await idsOf(listClauses(database, 'A'))).toEqual(['a1', 'a2']);
    expect(await idsOf(listClauses(database, 'A', 'd1'))).toEqual(['a1']);
    expect(await idsOf(listClauses(database, undefined, 'd1'))).toEqual(['a1', 'b1']);
    expect(await idsOf(listClauses(database, undefined))).toEqual(['a1', 'a2', 'b1']);
  });

  it("a document's clauses in reading order", async () => {
    await database.clauses.clear();
    await addClauses(database, [
      clauseRecord('late', 'A', 'd1', textTarget(900, 905, 1, [72, 300, 300, 312])),
      clauseRecord('area', 'A', 'd1', areaTarget(1, [72, 500, 300, 600])),
      clauseRecord('early', 'A', 'd1', textTarget(20, 25)),
      clauseRecord('mid', 'A', 'd1', textTarget(400, 405, 1, [72, 650, 300, 662])),
      clauseRecord('other-case', 'B', 'd1', textTarget(10, 15)),
    ]);
    expect((await clausesForDocument(database, 'A', 'd1')).map((c) => c.id)).toEqual(['early', 'mid', 'area', 'late']);
    expect((await clausesForDocument(database, undefined, 'd1')).map((c) => c.id)).toEqual(['other-case', 'early', 'mid', 'area', 'late']);
  });
});
