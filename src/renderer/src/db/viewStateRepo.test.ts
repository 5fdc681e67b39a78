import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClausebenchDb } from './database';
import { deleteViewState, getViewState, saveViewState } from './viewStateRepo';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('viewStateRepo', () => {
  it('saves, replaces and deletes one state per document', async () => {
    const name = `test-${crypto.randomUUID()}`;
    names.push(name);
    const database = new ClausebenchDb(name);
    expect(await getViewState(database, 'doc-1')).toBeUndefined();
    await saveViewState(database, { documentId: 'doc-1', pageNumber: 3, zoom: 1.5, rotation: 90 });
    await saveViewState(database, { documentId: 'doc-1', pageNumber: 7, zoom: 'page-fit', rotation: 0 });
    expect(await getViewState(database, 'doc-1')).toMatchObject({ pageNumber: 7, zoom: 'page-fit', rotation: 0 });
    expect(await database.viewStates.count()).toBe(1);
    await deleteViewState(database, 'doc-1');
    expect(await getViewState(database, 'doc-1')).toBeUndefined();
    database.close();
  });

  it('opens a database made by version 1 and keeps its rows', async () => {
    const name = `test-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ cases: 'id, name', settings: 'key' });
    await v1.table('settings').put({ key: 'k', value: 1 });
    v1.close();
    const database = new ClausebenchDb(name);
    await saveViewState(database, { documentId: 'd', pageNumber: 2, zoom: 'auto', rotation: 0 });
    expect(await database.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(database.verno).toBeGreaterThanOrEqual(3);
    database.close();
  });
});
