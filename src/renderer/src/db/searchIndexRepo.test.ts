import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClausebenchDb } from './database';
import { clearSearchIndex, loadSearchIndex, readSearchSources, saveSearchIndex } from './searchIndexRepo';
import { caseRecord, clauseRecord, documentRecord, entityRecord } from './testRecords';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function freshName(): string {
  const name = `search-repo-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

describe('schema version 4: the saved search index', () => {
  it('opens a version 3 database, keeps its data and adds an empty searchIndex table', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(1).stores({ documents: 'id, &sha256, *caseIds, title, kind, date, addedAt' });
    v3.version(3).stores({ cells: 'id, caseId, comparisonId, [regimeId+dimensionId], *evidenceClauseIds' });
    await v3.table('documents').add(documentRecord('d1', ['A']));
    v3.close();
    const database = new ClausebenchDb(name);
    expect(database.verno).toBeGreaterThanOrEqual(4);
    expect(await database.documents.count()).toBe(1);
    expect(await loadSearchIndex(database)).toBeUndefined();
    database.close();
  });

  it('saves, replaces and clears one record, keeping when it was first made', async () => {
    const database = new ClausebenchDb(freshName());
    await saveSearchIndex(database, {
      engineVersion: 1,
      json: '{"a":1}',
      indexed: { documents: { d: { sha256: 's', pageCount: 2 } }, clauses: {}, entities: {} },
    });
    const first = (await loadSearchIndex(database))!;
    await new Promise((r) => setTimeout(r, 5));
    await saveSearchIndex(database, { engineVersion: 1, json: '{"a":2}', indexed: { documents: {}, clauses: { c: 't' }, entities: { e: 'u' } } });
    const second = (await loadSearchIndex(database))!;
    expect(second).toMatchObject({
      json: '{"a":2}',
      indexed: { documents: {}, clauses: { c: 't' }, entities: { e: 'u' } },
      createdAt: first.createdAt,
    });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await database.searchIndex.count()).toBe(1);
    await clearSearchIndex(database);
    expect(await loadSearchIndex(database)).toBeUndefined();
    database.close();
  });

  it('reads the light sources: documents with their facts, clauses and entities with updatedAt', async () => {
    const database = new ClausebenchDb(freshName());
    await database.cases.add(caseRecord('A'));
    await database.documents.add(documentRecord('d1', ['A'], { title: '', fileName: 'f.pdf', kind: 'complaint', date: '2026-06-23', pageCount: 3 }));
    await database.clauses.add({ ...clauseRecord('c1', 'A', 'd1'), updatedAt: '2026-02-02T00:00:00.000Z' });
    await database.entities.add({ ...entityRecord('e1', 'A'), updatedAt: '2026-02-03T00:00:00.000Z' });
    expect(await readSearchSources(database)).toEqual({
      documents: [{ id: 'd1', title: 'f.pdf', kind: 'complaint', date: '2026-06-23', caseIds: ['A'], sha256: 'sha-d1', pageCount: 3 }],
      clauses: [{ id: 'c1', updatedAt: '2026-02-02T00:00:00.000Z' }],
      entities: [{ id: 'e1', updatedAt: '2026-02-03T00:00:00.000Z' }],
    });
    database.close();
  });
});
