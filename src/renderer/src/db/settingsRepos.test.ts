import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomClauseType, CUSTOM_CLAUSE_TYPES_KEY, listCustomClauseTypes } from './clauseTypesRepo';
import { ClausebenchDb } from './database';
import { setSetting } from './settingsRepo';
import { getOpenTabs, OPEN_TABS_KEY, setOpenTabs } from './tabsRepo';
import { documentRecord } from './testRecords';

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`settings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

describe('open reader tabs', () => {
  it('are none until set, then read back as stored, across a reopen of the database', async () => {
    expect(await getOpenTabs(database)).toEqual({ tabs: [], active: null });
    await database.documents.bulkAdd([documentRecord('d1', []), documentRecord('d2', [])]);
    await setOpenTabs(database, { tabs: ['d2', 'd1'], active: 'd1' });
    database.close();
    database = new ClausebenchDb(database.name);
    expect(await getOpenTabs(database)).toEqual({ tabs: ['d2', 'd1'], active: 'd1' });
    await setOpenTabs(database, { tabs: ['d2', 'd1'], active: null });
    expect(await getOpenTabs(database)).toEqual({ tabs: ['d2', 'd1'], active: null });
  });

  it('drop documents no longer in the library, duplicates, and a stray active id', async () => {
    await database.documents.bulkAdd([documentRecord('d1', []), documentRecord('d2', [])]);
    await setOpenTabs(database, { tabs: ['d1', 'gone', 'd2', 'd1'], active: 'gone' });
    expect(await getOpenTabs(database)).toEqual({ tabs: ['d1', 'd2'], active: null });
    await setOpenTabs(database, { tabs: ['d1', 'd2'], active: 'd2' });
    await database.documents.delete('d2');
    expect(await getOpenTabs(database)).toEqual({ tabs: ['d1'], active: null });
  });

  it('read a malformed setting as no tabs', async () => {
    await setSetting(database, OPEN_TABS_KEY, 'nonsense');
    expect(await getOpenTabs(database)).toEqual({ tabs: [], active: null });
    await setSetting(database, OPEN_TABS_KEY, { tabs: [1, null], active: 3 });
    expect(await getOpenTabs(database)).toEqual({ tabs: [], active: null });
  });
});

describe('custom clause types', () => {
  it('are added once, in order, and built-in names map to the built-in type', async () => {
    expect(await listCustomClauseTypes(database)).toEqual([]);
    expect(await addCustomClauseType(database, '  Sunset   clause ')).toBe('Sunset clause');
    expect(await addCustomClauseType(database, 'Reporting duty')).toBe('Reporting duty');
    expect(await addCustomClauseType(database, 'sunset clause')).toBe('Sunset clause');
    expect(await addCustomClauseType(database, 'Licence requirement')).toBe('licence-requirement');
    expect(await addCustomClauseType(database, 'PROHIBITION')).toBe('prohibition');
    expect(await listCustomClauseTypes(database)).toEqual(['Sunset clause', 'Reporting duty']);
  });

  it('refuse blank and overlong names, and ignore a malformed setting', async () => {
    await expect(addCustomClauseType(database, '   ')).rejects.toThrow(/needs a name/);
    await expect(addCustomClauseType(database, 'x'.repeat(61))).rejects.toThrow(/under 60/);
    await setSetting(database, CUSTOM_CLAUSE_TYPES_KEY, ['ok', 3, '']);
    expect(await listCustomClauseTypes(database)).toEqual(['ok']);
  });
});
