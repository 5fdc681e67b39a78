import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { v1Contents } from '../../../../test/fixtures/bundles/v1Bundle';
import { readBundle, writeBundle } from '../core/exchange/bundle';
import { BundleError } from '../core/exchange/bundleError';
import { planMerge, resolveMerge } from '../core/exchange/mergePlan';
import { MERGED_TABLES, type BundleRecords } from '../core/exchange/records';
import { ClausebenchDb } from './database';
import { collectAll, collectCase, localStateFor, storedCounts } from './exchangeRepo';
import { applyMerge, replaceAll, revertMerge } from './exchangeWrite';
import { snapshot } from './testRecords';

const dbs: ClausebenchDb[] = [];
function newDb(): ClausebenchDb {
  const d = new ClausebenchDb(`exchange-${crypto.randomUUID()}`);
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

/** A profile holding the fixture case plus another case sharing a document. */
async function seeded(): Promise<ClausebenchDb> {
  const database = newDb();
  const { records, files } = await v1Contents();
  await replaceAll(database, records, files);
  await database.cases.add({ id: 'other', name: 'Other', notes: '', createdBy: 'me', createdAt: 'x', updatedAt: 'x' });
  await database.documents.update('doc-1', { caseIds: ['case-1', 'other'] });
  return database;
}

async function mergeInto(database: ClausebenchDb, records: BundleRecords, files: Map<string, Uint8Array>) {
  const writes = resolveMerge(
    planMerge(records, await localStateFor(database, records), () => crypto.randomUUID()),
    new Map(),
  );
  await applyMerge(database, writes, files);
  return writes;
}

const header = {
  kind: 'bundle' as const,
  scope: { type: 'case' as const, caseIds: ['case-1'] },
  exportedBy: 'me',
  exportedAt: new Date(),
  appVersion: 't',
};

describe('bundle export and import through the database', () => {
  let source: ClausebenchDb;
  beforeEach(async () => {
    source = await seeded();
  });

  it('exported and imported into an empty profile, gives back exactly the same records, record by record', async () => {
    const { records, files } = await collectCase(source, 'case-1');
    // The other case stays home: the shared document travels with this case only.
    expect(records.documents.find((d) => d.id === 'doc-1')!.caseIds).toEqual(['case-1']);
    const bundle = await readBundle(writeBundle(header, records, files));
    const target = newDb();
    const writes = await mergeInto(target, bundle.manifest.records as BundleRecords, bundle.files);
    for (const t of MERGED_TABLES) expect(writes.report[t].added, t).toBe(records[t].length);

    const expected = (await v1Contents()).records;
    for (const table of [...MERGED_TABLES, 'pageTexts'] as const) {
      const stored = await target.table(table).toArray();
      expect(stored.length, table).toBe(expected[table].length);
      for (const row of expected[table]) {
        const key = table === 'pageTexts' ? [row.documentId, row.pageIndex] : row.id;
        expect(await target.table(table).get(key as string), `${table} ${JSON.stringify(key)}`).toEqual(row);
      }
    }
    for (const [sha, bytes] of files) expect(new Uint8Array(await (await target.files.get(sha))!.bytes.arrayBuffer())).toEqual(bytes);
  });

  it('imported again, adds nothing and updates nothing', async () => {
    const { records, files } = await collectCase(source, 'case-1');
    const before = await snapshot(source);
    const writes = await mergeInto(source, records, files);
    for (const t of MERGED_TABLES) expect(writes.report[t], t).toEqual({ added: 0, updated: 0, skipped: records[t].length });
    expect(await snapshot(source)).toEqual(before);
  });

  it('chosen documents: only those, their clauses, links and linked entities, no comparisons', async () => {
    const { records } = await collectCase(source, 'case-1', ['doc-2']);
    expect(records.documents.map((d) => d.id)).toEqual(['doc-2']);
    expect(records.documents[0]!.versionOf).toBeUndefined(); // doc-1 stays behind
    expect(records.clauses.map((c) => c.id)).toEqual(['c3']);
    expect([records.links, records.entities, records.comparisons, records.cells]).toEqual([[], [], [], []]);
    expect(await readBundle(writeBundle(header, records, (await collectCase(source, 'case-1', ['doc-2'])).files))).toBeTruthy();
  });

  it('carries an entity\u2019s aliases, description and external id and a link\u2019s role and note through a bundle; refuses a link whose entity stayed behind', async () => {
    await source.entities.update('e1', {
      aliases: ['Commerce', 'DOC'],
      externalId: 'https://example.org/entities/commerce',
      description: 'Issues the letter.',
    });
    await source.links.update('l1', { role: 'addressed-to', note: 'Copied to the Bureau.' });
    const { records, files } = await collectCase(source, 'case-1');
    const bundle = await readBundle(writeBundle(header, records, files));
    const target = newDb();
    await mergeInto(target, bundle.manifest.records as BundleRecords, bundle.files);
    expect(await target.entities.get('e1')).toEqual(await source.entities.get('e1'));
    expect(await target.entities.get('e1')).toMatchObject({ aliases: ['Commerce', 'DOC'], externalId: 'https://example.org/entities/commerce' });
    expect(await target.links.get('l1')).toMatchObject({ role: 'addressed-to', note: 'Copied to the Bureau.', entityId: 'e1' });

    const dangling = { ...records, entities: records.entities.filter((e) => e.id !== 'e1') };
    const error = await readBundle(writeBundle(header, dangling, files)).catch((e: unknown) => e);
    expect((error as BundleError).code).toBe('missing-reference');
    expect((error as BundleError).message).toContain('entityId e1');
  });

  it('an import is undone exactly', async () => {
    const target = newDb();
    await target.cases.add({
      id: 'case-1',
      name: 'Fixture case',
      notes: 'older notes',
      createdBy: 'Ana',
      createdAt: 'x',
      updatedAt: '2020-01-01T00:00:00.000Z',
    });
    const before = await snapshot(target);
    const { records, files } = await collectCase(source, 'case-1');
    const writes = await mergeInto(target, records, files);
    expect(writes.report.cases).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await target.documents.count()).toBe(2);
    await revertMerge(target, writes);
    expect(await snapshot(target)).toEqual(before);
  });

  it('a storage quota error during import (injected: files.bulkPut throws QuotaExceededError) changes nothing and says how much space is needed', async () => {
    const target = newDb();
    await target.cases.add({ id: 'mine', name: 'Mine', notes: '', createdBy: 'me', createdAt: 'x', updatedAt: 'x' });
    const before = await snapshot(target);
    const { records, files } = await collectCase(source, 'case-1');
    const writes = resolveMerge(
      planMerge(records, await localStateFor(target, records), () => 'x'),
      new Map(),
    );
    // Injected failure: the PDFs are written after nothing else, so the test also proves later
    // tables are not half-written; the error is a DOMException named as browsers name it.
    const realPut = target.files.bulkPut.bind(target.files);
    target.files.bulkPut = (async (...args: Parameters<typeof realPut>) => {
      await realPut(...args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as unknown as typeof realPut;
    const error = await applyMerge(target, writes, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).code).toBe('quota');
    const needed = (error as BundleError).detail.needed as number;
    expect(needed).toBeGreaterThan([...files.values()].reduce((n, b) => n + b.length, 0));
    expect((error as BundleError).message).toContain(`about ${Math.ceil(needed / 1024)} KB more`);
    target.files.bulkPut = realPut;
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('a backup restored into a changed profile brings back every table exactly', async () => {
    const source = await seeded();
    await source.settings.put({ key: 'currentCaseId', value: 'case-1' });
    const before = await snapshot(source);
    const { records, files } = await collectAll(source);
    const backup = writeBundle({ ...header, kind: 'backup', scope: { type: 'all' } }, records, files);

    await source.clauses.delete('c1');
    await source.cases.update('case-1', { name: 'Renamed' });
    await source.settings.put({ key: 'extra', value: 1 });
    expect(await storedCounts(source)).toEqual({ cases: 2, documents: 2, clauses: 2 });

    const read = await readBundle(backup);
    await replaceAll(source, read.manifest.records as BundleRecords, read.files);
    expect(await snapshot(source)).toEqual(before);
  });

  it('leaves out where the reader left a document that is gone, so the backup restores', async () => {
    const source = await seeded();
    const state = { pageNumber: 2, zoom: 'page-width' as const, rotation: 0 as const, updatedAt: '2026-03-03T00:00:00.000Z' };
    await source.viewStates.bulkPut([
      { documentId: 'doc-1', ...state },
      { documentId: 'deleted-doc', ...state },
    ]);
    const { records, files } = await collectAll(source);
    expect(records.viewStates.map((v) => v.documentId)).toEqual(['doc-1']);
    const read = await readBundle(writeBundle({ ...header, kind: 'backup', scope: { type: 'all' } }, records, files));
    const target = newDb();
    await replaceAll(target, read.manifest.records as BundleRecords, read.files);
    expect((await target.viewStates.toArray()).map((v) => v.documentId)).toEqual(['doc-1']);
  });

  it('a storage quota error during restore (injected) rolls everything back', async () => {
    const source = await seeded();
    const { records, files } = await collectAll(source);
    const target = newDb();
    await target.cases.add({ id: 'keep', name: 'Keep me', notes: '', createdBy: 'me', createdAt: 'x', updatedAt: 'x' });
    const before = await snapshot(target);
    const realBulkAdd = (Object.getPrototypeOf(target.clauses) as { bulkAdd: (...a: unknown[]) => Promise<unknown> }).bulkAdd;
    // Injected failure, after the tables were cleared and some rows written: adding clauses fails
    // as Dexie reports a full disk (an AbortError whose inner error is the QuotaExceededError).
    const tableProto = Object.getPrototypeOf(target.clauses) as { bulkAdd: (...a: unknown[]) => Promise<unknown> };
    const spy = vi.spyOn(tableProto, 'bulkAdd').mockImplementation(async function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'clauses')
        throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
      return realBulkAdd.apply(this, args);
    });
    const error = await replaceAll(target, records, files).catch((e: unknown) => e);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    spy.mockRestore();
    expect((error as BundleError).code).toBe('quota');
    expect(await snapshot(target)).toEqual(before);
  });
});
