// The search service over a real (fake-indexeddb) database holding the sample case's texts and
// clauses: it builds once, follows every change, saves, and after a "restart" loads instead of
// rebuilding, applying only what changed while it was away.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleForSearch, SAMPLE_CASE_ID, type SampleForSearch } from '../../../../../test/support/sampleSearch';
import { pageStartOffsets } from '../../core/documentText';
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import { addClause, addClauses, deleteClause, restoreClause, revertClause, updateClause } from '../../db/clausesRepo';
import { ClausebenchDb } from '../../db/database';
import { addImportedDocument, deleteDocument, restoreDocument } from '../../db/documentsRepo';
import { addEntity, deleteEntity, restoreEntity, revertEntity, updateEntity } from '../../db/entitiesRepo';
import { collectAll } from '../../db/exchangeRepo';
import { replaceAll } from '../../db/exchangeWrite';
import { loadSearchIndex, saveSearchIndex } from '../../db/searchIndexRepo';
import { caseRecord, clauseRecord, documentRecord, entityRecord } from '../../db/testRecords';
import { SearchService, type IndexStatus } from './searchService';

let sample: SampleForSearch;
let database: ClausebenchDb;
const running: SearchService[] = [];

beforeAll(async () => {
  sample = await loadSampleForSearch();
});

async function addSampleDocument(id: string): Promise<void> {
  const texts = sample.pageTexts.get(id)!;
  const facts = sample.documents.get(id)!;
  const starts = pageStartOffsets(texts);
  await addImportedDocument(database, {
    document: documentRecord(id, [SAMPLE_CASE_ID], {
      title: facts.title,
      kind: facts.kind,
      date: facts.date,
      pageCount: texts.length,
      pageStatus: texts.map(() => 'text'),
    }),
    file: { sha256: `sha-${id}`, bytes: new Blob([id]) },
    pageTexts: texts.map((text, pageIndex) => ({ documentId: id, pageIndex, text, start: starts[pageIndex]!, status: 'text' })),
  });
}

beforeEach(async () => {
  database = new ClausebenchDb(`search-${crypto.randomUUID()}`);
  await database.cases.add(caseRecord(SAMPLE_CASE_ID));
  for (const id of sample.pageTexts.keys()) await addSampleDocument(id);
  await addClauses(database, sample.clauses);
});
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
  await database.delete();
});

async function startService(): Promise<{ service: SearchService; statuses: IndexStatus[] }> {
  const statuses: IndexStatus[] = [];
  const service = new SearchService(database, (s) => statuses.push(s));
  running.push(service);
  await service.start();
  await until(async () => service.status.phase === 'ready');
  return { service, statuses };
}

/** Waits (up to 10 s) until `check` holds: live queries answer asynchronously. */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

const ask = (service: SearchService, request: SearchRequest) => service.query({ caseId: SAMPLE_CASE_ID, ...request });
const clauseIds = (r: SearchResults) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.clause ? [h.clause.clauseId] : [])));
const entityIds = (r: SearchResults) => r.entities.map((h) => h.entity.entityId);
const totalPages = () => [...sample.pageTexts.values()].reduce((n, t) => n + t.length, 0);

describe('SearchService', () => {
  it('builds the index once with progress, then answers queries', async () => {
    const { service, statuses } = await startService();
    expect(service.status).toMatchObject({
      phase: 'ready',
      origin: 'built',
      pagesIndexedSinceStart: totalPages(),
      items: totalPages() + sample.clauses.length,
    });
    const progress = statuses.filter((s) => s.phase === 'indexing').map((s) => s.progress!);
    expect(progress.at(-1)).toEqual({ done: totalPages(), total: totalPages() });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    const result = await ask(service, { query: '"deemed export"' });
    expect(result.hitCount).toBeGreaterThan(0);
  });

  it('follows clause add, edit, undo of the edit, delete and undo of the delete', async () => {
    const { service } = await startService();
    const [docId] = sample.pageTexts.keys();
    const clause = { ...clauseRecord('new-clause', SAMPLE_CASE_ID, docId!), comment: 'Quetzal remark' };
    await addClause(database, clause);
    await until(async () => clauseIds(await ask(service, { query: 'quetzal' })).includes('new-clause'));

    const before = await updateClause(database, 'new-clause', { comment: 'Narwhal remark' });
    await until(async () => clauseIds(await ask(service, { query: 'narwhal' })).includes('new-clause'));
    expect(clauseIds(await ask(service, { query: 'quetzal' }))).toEqual([]);

    await revertClause(database, before!);
    await until(async () => clauseIds(await ask(service, { query: 'quetzal' })).includes('new-clause'));

    const deleted = await deleteClause(database, 'new-clause');
    await until(async () => clauseIds(await ask(service, { query: 'quetzal' })).length === 0);
    await restoreClause(database, deleted!);
    await until(async () => clauseIds(await ask(service, { query: 'quetzal' })).includes('new-clause'));
  });

  it('follows entity add, rename, undo of the rename, delete and undo of the delete, each in its own case', async () => {
    const { service } = await startService();
    const found = async (query: string, caseId = SAMPLE_CASE_ID) => entityIds(await service.query({ query, caseId }));
    await addEntity(database, {
      ...entityRecord('ent-1', SAMPLE_CASE_ID),
      name: 'Quetzal Labs',
      aliases: ['QL Research'],
      description: 'Builds models.',
    });
    await until(async () => (await found('quetzal')).includes('ent-1'));
    expect(await found('"ql research"')).toEqual(['ent-1']);
    expect(service.status.items).toBe(totalPages() + sample.clauses.length + 1);

    const before = await updateEntity(database, 'ent-1', { name: 'Narwhal Labs' });
    await until(async () => (await found('narwhal')).includes('ent-1'));
    expect(await found('quetzal')).toEqual([]);
    await revertEntity(database, before!);
    await until(async () => (await found('quetzal')).includes('ent-1'));

    const removed = await deleteEntity(database, 'ent-1');
    await until(async () => (await found('quetzal')).length === 0);
    await restoreEntity(database, removed!);
    await until(async () => (await found('quetzal')).includes('ent-1'));

    // Another case's entity: found there (a case switch asks with the other caseId), not here.
    await database.cases.add(caseRecord('other-case'));
    await addEntity(database, { ...entityRecord('ent-2', 'other-case'), name: 'Quetzal Holdings' });
    await until(async () => (await found('quetzal', 'other-case')).includes('ent-2'));
    expect(await found('quetzal')).toEqual(['ent-1']);
  });

  it('follows a document deleted and restored, and a document joining another case', async () => {
    const { service } = await startService();
    const docId = [...sample.documents.values()].find((d) => d.kind === 'complaint')!.id;
    const inDoc = async () => (await ask(service, { query: 'harm' })).groups.some((g) => g.documentId === docId);
    expect(await inDoc()).toBe(true);
    const deleted = await deleteDocument(database, docId, undefined);
    await until(async () => !(await inDoc()));
    await restoreDocument(database, deleted!);
    await until(inDoc);

    await database.cases.add(caseRecord('other-case'));
    const inOther = async () => (await service.query({ query: 'harm in:pages', caseId: 'other-case' })).hitCount > 0;
    expect(await inOther()).toBe(false);
    await database.documents.update(docId, { caseIds: [SAMPLE_CASE_ID, 'other-case'] });
    await until(inOther);
  });

  it('after a restart loads the saved index and indexes only what changed meanwhile', async () => {
    const first = await startService();
    const query = { query: 'nationality kind:executive-order' };
    const expected = await ask(first.service, query);
    await first.service.stop();
    running.splice(0);
    const saved = await loadSearchIndex(database);
    expect(Object.keys(saved!.indexed.documents).sort()).toEqual([...sample.pageTexts.keys()].sort());
    expect(Object.keys(saved!.indexed.clauses)).toHaveLength(sample.clauses.length);

    const second = await startService();
    expect(second.service.status).toMatchObject({ origin: 'loaded', pagesIndexedSinceStart: 0 });
    expect(await ask(second.service, query)).toEqual(expected);
    await second.service.stop();
    running.splice(0);

    // While the app was closed: one document deleted, one entity added. The next start drops the
    // document's pages and indexes the entity, and no page.
    const [gone] = sample.pageTexts.keys();
    await deleteDocument(database, gone!, undefined);
    await addEntity(database, { ...entityRecord('ent-late', SAMPLE_CASE_ID), name: 'Axolotl Partners' });
    const third = await startService();
    expect(third.service.status).toMatchObject({ origin: 'loaded', pagesIndexedSinceStart: 0 });
    expect((await ask(third.service, { query: 'the in:pages', limit: 10_000 })).groups.map((g) => g.documentId)).not.toContain(gone);
    expect(entityIds(await ask(third.service, { query: 'axolotl' }))).toEqual(['ent-late']);
    await third.service.stop();
    running.splice(0);
    const last = (await loadSearchIndex(database))!;
    expect(Object.keys(last.indexed.documents)).not.toContain(gone);
    expect(Object.keys(last.indexed.entities)).toEqual(['ent-late']);
  });

  it('when the app closed before the last change was saved, the next start loads the older index and catches up', async () => {
    const first = await startService();
    await first.service.save();
    const older = (await loadSearchIndex(database))!;
    const [docId] = sample.pageTexts.keys();
    await addClause(database, { ...clauseRecord('late-clause', SAMPLE_CASE_ID, docId!), comment: 'Axolotl remark' });
    await until(async () => clauseIds(await ask(first.service, { query: 'axolotl' })).includes('late-clause'));
    await first.service.stop();
    running.splice(0);
    // As if the app had closed within the save delay: the saved index is the one from before the change.
    await saveSearchIndex(database, older);

    const second = await startService();
    expect(second.service.status).toMatchObject({ origin: 'loaded', pagesIndexedSinceStart: 0 });
    await until(async () => clauseIds(await ask(second.service, { query: 'axolotl' })).includes('late-clause'));
  });

  it('follows a restore that replaces every table, and starts right after it', async () => {
    const { service } = await startService();
    const backup = await collectAll(database);
    const [docId, goneId] = sample.pageTexts.keys();
    await addClause(database, { ...clauseRecord('after-backup', SAMPLE_CASE_ID, docId!), comment: 'Wombat remark' });
    await until(async () => clauseIds(await ask(service, { query: 'wombat' })).includes('after-backup'));
    await service.save();

    // The backup is restored without one of its documents: the index drops that document and the newer clause.
    const restored = { ...backup.records, documents: backup.records.documents.filter((d) => d.id !== goneId) };
    for (const table of ['pageTexts', 'clauses', 'viewStates'] as const) {
      (restored as Record<string, unknown[]>)[table] = (backup.records as unknown as Record<string, { documentId?: string }[]>)[table]!.filter(
        (r) => r.documentId !== goneId,
      );
    }
    await replaceAll(database, restored, backup.files);
    const inGone = async (s = service) => (await s.query({ query: 'the in:pages', limit: 10_000 })).groups.some((g) => g.documentId === goneId);
    await until(async () => clauseIds(await ask(service, { query: 'wombat' })).length === 0 && !(await inGone()));
    await service.stop();
    running.splice(0);

    const next = await startService();
    expect(clauseIds(await ask(next.service, { query: 'wombat' }))).toEqual([]);
    expect(await inGone(next.service)).toBe(false);
    expect((await ask(next.service, { query: 'the in:pages' })).hitCount).toBeGreaterThan(0);
  });

  it('a page text read that fails fails that query only; the next one reads again', async () => {
    const { service } = await startService();
    const where = database.pageTexts.where.bind(database.pageTexts);
    database.pageTexts.where = () => {
      throw new Error('disk read failed');
    };
    await expect(ask(service, { query: 'harm' })).rejects.toThrow('disk read failed');
    database.pageTexts.where = where;
    expect((await ask(service, { query: 'harm' })).hitCount).toBeGreaterThan(0);
  });

  it('rebuilds a saved index of another engine version or one that cannot be read', async () => {
    await saveSearchIndex(database, { engineVersion: 0, json: '{}', indexed: { documents: {}, clauses: {}, entities: {} } });
    expect((await startService()).service.status).toMatchObject({ origin: 'built', pagesIndexedSinceStart: totalPages() });
    for (const s of running.splice(0)) await s.stop();
    const record = (await loadSearchIndex(database))!;
    await saveSearchIndex(database, { ...record, json: 'not json' });
    expect((await startService()).service.status).toMatchObject({ origin: 'built', pagesIndexedSinceStart: totalPages() });
  });
});
