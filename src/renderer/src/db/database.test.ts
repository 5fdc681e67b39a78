import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClausebenchDb } from './database';
import { cellRecord } from './testRecords';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema version 3', () => {
  it('opens a version 2 database, keeps its cells and finds them by cited clause', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(1).stores({ cells: 'id, caseId, comparisonId, [regimeId+dimensionId]' });
    v2.version(2).stores({ viewStates: 'documentId' });
    const cells = [
      cellRecord('c1', 'A', 'cmp', 'r', 'd', ['k1', 'k2']),
      cellRecord('c2', 'A', 'cmp', 'r', 'd', ['k2']),
      cellRecord('c3', 'A', 'cmp', 'r', 'd', []),
    ];
    await v2.table('cells').bulkAdd(cells);
    v2.close();

    const database = new ClausebenchDb(name);
    expect(await database.cells.toArray()).toEqual(cells);
    expect(database.verno).toBeGreaterThanOrEqual(3);
    expect(await database.cells.where('evidenceClauseIds').equals('k2').primaryKeys()).toEqual(['c1', 'c2']);
    expect(await database.cells.where('evidenceClauseIds').equals('k1').primaryKeys()).toEqual(['c1']);
    database.close();
  });
});
