/**
 * Bundles never move a record into another case. Two profiles (two fake-indexeddb databases), each
 * with its own installed sample case: the same shipped clauses, entities, links and comparison
 * under the same fixed ids, but each sample case with its own random id, and each profile's copy of
 * the sample PDF under its own document id. A colleague's sample-case bundle merges into the sample
 * case here; a bundle of another case whose ids clash is re-identified.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../core/exchange/bundle';
import { planMerge, resolveMerge } from '../core/exchange/mergePlan';
import { MERGED_TABLES, type BundleRecords } from '../core/exchange/records';
import { sha256Hex } from '../core/hash';
import type { Case } from '../core/types';
import { ClausebenchDb } from './database';
import { collectAll, collectCase, localStateFor } from './exchangeRepo';
import { applyMerge, replaceAll, revertMerge } from './exchangeWrite';
import { caseRecord, cellRecord, clauseRecord, documentRecord, entityRecord, linkRecord, snapshot, testStamp } from './testRecords';

const dbs: ClausebenchDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const LATER = { updatedAt: '2026-06-01T00:00:00.000Z' };
const PDF = new TextEncoder().encode('%PDF-1.7 the sample order');

/**
 * A profile as after installing the sample case at `installedAt` by `by`: its own sample case id and
 * document id, the shipped fixed ids, and its own install times on every record.
 */
async function profileWithSample(sampleId: string, documentId: string, by = 'me', installedAt = testStamp.createdAt): Promise<ClausebenchDb> {
  const database = new ClausebenchDb(`exchange-cases-${crypto.randomUUID()}`);
  dbs.push(database);
  const sha256 = await sha256Hex(PDF);
  const stamped = <T>(r: T): T => ({ ...r, createdBy: by, createdAt: installedAt, updatedAt: installedAt });
  await database.cases.add(stamped(caseRecord(sampleId, { name: 'Legion export-control dispute (sample)', isSample: true })));
  await database.documents.add(
    stamped(
      documentRecord(documentId, [sampleId], { sha256, size: PDF.length, addedAt: installedAt, title: 'Sample order', fileName: 'sample-order.pdf' }),
    ),
  );
  await database.files.add({ sha256, bytes: new Blob([PDF]) });
  await database.clauses.bulkAdd([clauseRecord('shipped-c1', sampleId, documentId), clauseRecord('shipped-c2', sampleId, documentId)].map(stamped));
  await database.entities.bulkAdd([entityRecord('shipped-e1', sampleId), entityRecord('shipped-e2', sampleId)].map(stamped));
  await database.links.bulkAdd(
    [linkRecord('shipped-l1', sampleId, 'shipped-c1', 'shipped-e1'), linkRecord('shipped-l2', sampleId, 'shipped-c2', 'shipped-e2')].map(stamped),
  );
  await database.comparisons.add(
    stamped({ id: 'shipped-cmp', caseId: sampleId, title: 'Deemed exports', baselineRegimeId: 'shipped-r1', ...testStamp }),
  );
  await database.regimes.add(
    stamped({
      id: 'shipped-r1',
      caseId: sampleId,
      comparisonId: 'shipped-cmp',
      name: 'US',
      jurisdiction: 'US',
      status: 'in force',
      instruments: [],
      order: 0,
      ...testStamp,
    }),
  );
  await database.dimensions.add(
    stamped({ id: 'shipped-d1', caseId: sampleId, comparisonId: 'shipped-cmp', question: 'Who?', group: '', order: 0, ...testStamp }),
  );
  await database.cells.add(stamped(cellRecord('shipped-cell', sampleId, 'shipped-cmp', 'shipped-r1', 'shipped-d1', ['shipped-c1'])));
  return database;
}

/** The colleague's bundle of a case, through the real writer and reader (which checks references). */
async function bundleOf(database: ClausebenchDb, caseId: string) {
  const { records, files } = await collectCase(database, caseId);
  const header = {
    kind: 'bundle' as const,
    scope: { type: 'case' as const, caseIds: [caseId] },
    exportedBy: 'Ana',
    exportedAt: new Date(),
    appVersion: 't',
  };
  const read = await readBundle(writeBundle(header, records, files));
  return { records: read.manifest.records as BundleRecords, files: read.files };
}

async function importInto(database: ClausebenchDb, bundle: { records: BundleRecords; files: Map<string, Uint8Array> }) {
  const plan = planMerge(bundle.records, await localStateFor(database, bundle.records), () => crypto.randomUUID());
  const writes = resolveMerge(plan, new Map());
  await applyMerge(database, writes, bundle.files);
  return { plan, writes };
}

/** The invariant the bug broke: every link joins a clause and an entity of its own case; every cell cites its own case. */
async function expectNoCrossCase(database: ClausebenchDb) {
  for (const link of await database.links.toArray()) {
    const [clause, entity] = [await database.clauses.get(link.clauseId), await database.entities.get(link.entityId)];
    expect([clause?.caseId, entity?.caseId], `link ${link.id}`).toEqual([link.caseId, link.caseId]);
  }
  for (const cell of await database.cells.toArray()) {
    expect((await database.comparisons.get(cell.comparisonId))?.caseId, `cell ${cell.id}`).toBe(cell.caseId);
    for (const id of cell.evidenceClauseIds) expect((await database.clauses.get(id))?.caseId, `cell ${cell.id} cites ${id}`).toBe(cell.caseId);
  }
  for (const table of ['regimes', 'dimensions'] as const)
    for (const r of await database[table].toArray())
      expect((await database.comparisons.get(r.comparisonId))?.caseId, `${table} ${r.id}`).toBe(r.caseId);
}

describe("a colleague's sample-case bundle", () => {
  it('merges into the sample case here: shipped records meet their own copies, no record changes case, no second sample', async () => {
    // Each installed the sample on their own machine at their own time (Ana first).
    const ana = await profileWithSample('sample-ana', 'doc-ana', 'Ana', '2026-02-01T00:00:00.000Z');
    const ben = await profileWithSample('sample-ben', 'doc-ben', 'Ben', '2026-03-01T00:00:00.000Z');
    // Ana edits shipped records (later than Ben's copies) and adds her own entity, link and note.
    await ana.entities.update('shipped-e1', { description: 'Ana’s note', ...LATER });
    await ana.clauses.update('shipped-c2', { comment: 'Ana’s comment', ...LATER });
    await ana.cells.update('shipped-cell', { answer: 'Ana’s answer', ...LATER });
    await ana.entities.add(entityRecord('ana-e', 'sample-ana'));
    await ana.links.add(linkRecord('ana-l', 'sample-ana', 'shipped-c2', 'ana-e'));
    // Ben has his own entity linked to a shipped clause.
    await ben.entities.add(entityRecord('ben-e', 'sample-ben'));
    await ben.links.add(linkRecord('ben-l', 'sample-ben', 'shipped-c1', 'ben-e'));
    const before = await snapshot(ben);

    const bundle = await bundleOf(ana, 'sample-ana');
    const { plan, writes } = await importInto(ben, bundle);
    await expectNoCrossCase(ben);
    // Shipped records that differ only in install times are no conflict: Ben's stay as they are.
    expect(plan.conflicts).toEqual([]);
    expect(plan.caseIdMap).toEqual({ 'sample-ana': 'sample-ben' });
    // One case still: Ana's sample case is Ben's sample case.
    expect(await ben.cases.toArray()).toEqual(before.cases);
    expect((await ben.documents.toArray()).map((d) => [d.id, d.caseIds])).toEqual([['doc-ben', ['sample-ben']]]);
    expect(await ben.entities.get('shipped-e1')).toMatchObject({ caseId: 'sample-ben', description: 'Ana’s note' });
    expect(await ben.clauses.get('shipped-c2')).toMatchObject({ caseId: 'sample-ben', documentId: 'doc-ben', comment: 'Ana’s comment' });
    expect(await ben.cells.get('shipped-cell')).toMatchObject({ caseId: 'sample-ben', answer: 'Ana’s answer' });
    expect(await ben.links.get('ana-l')).toMatchObject({ caseId: 'sample-ben', clauseId: 'shipped-c2', entityId: 'ana-e' });
    expect(await ben.links.get('ben-l')).toMatchObject({ caseId: 'sample-ben', clauseId: 'shipped-c1', entityId: 'ben-e' });
    expect(writes.report.entities).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(writes.report.cases).toEqual({ added: 0, updated: 0, skipped: 1 });
    for (const t of MERGED_TABLES) expect(writes.reidentified[t], t).toBe(0);

    // Imported again: nothing changes.
    const afterImport = await snapshot(ben);
    const again = await importInto(ben, bundle);
    for (const t of MERGED_TABLES) expect(again.writes.report[t].added + again.writes.report[t].updated, t).toBe(0);
    expect(await snapshot(ben)).toEqual(afterImport);

    // Undo of the first import gives back exactly what was there.
    await revertMerge(ben, writes);
    expect(await snapshot(ben)).toEqual(before);
  });

  it('lands as the sample case in a profile that has none (it was deleted), under the bundle’s id', async () => {
    const ana = await profileWithSample('sample-ana', 'doc-ana');
    const ben = await profileWithSample('sample-ben', 'doc-ben');
    await ben.transaction('rw', ben.tables, async () => {
      for (const t of ['clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells', 'cases'] as const) await ben.table(t).clear();
      await ben.documents.update('doc-ben', { caseIds: [] });
    });
    const { plan } = await importInto(ben, await bundleOf(ana, 'sample-ana'));
    expect((await ben.cases.toArray()).map((c: Case) => [c.id, c.isSample])).toEqual([['sample-ana', true]]);
    expect((await ben.entities.toArray()).every((e) => e.caseId === 'sample-ana')).toBe(true);
    await expectNoCrossCase(ben);
    expect(plan.caseIdMap).toEqual({});
  });
});

describe('a bundle whose ids belong to records of another case here', () => {
  /** Ana's own case "Memo" holding records under the sample's shipped ids (copied across by hand, say). */
  async function clashingBundle() {
    const ana = await profileWithSample('sample-ana', 'doc-ana');
    await ana.cases.add(caseRecord('memo', { name: 'Memo' }));
    await ana.documents.update('doc-ana', { caseIds: ['sample-ana', 'memo'] });
    const rows = {
      clauses: [{ ...clauseRecord('shipped-c1', 'memo', 'doc-ana'), comment: 'memo', ...LATER }],
      entities: [{ ...entityRecord('shipped-e1', 'memo'), ...LATER }],
      links: [{ ...linkRecord('shipped-l1', 'memo', 'shipped-c1', 'shipped-e1'), ...LATER }],
    };
    const bundle = await bundleOf(ana, 'sample-ana');
    // The bundle of "Memo": its records under the clashing ids, with a comparison of its own.
    bundle.records.cases = [caseRecord('memo', { name: 'Memo' }) as never];
    bundle.records.documents = bundle.records.documents.map((d) => ({ ...d, caseIds: ['memo'] }));
    bundle.records.clauses = rows.clauses as never[];
    bundle.records.entities = rows.entities as never[];
    bundle.records.links = rows.links as never[];
    const memo = (r: Record<string, unknown>) => ({ ...r, caseId: 'memo', ...LATER });
    bundle.records.comparisons = bundle.records.comparisons.map(memo);
    bundle.records.regimes = bundle.records.regimes.map(memo);
    bundle.records.dimensions = bundle.records.dimensions.map(memo);
    bundle.records.cells = bundle.records.cells.map(memo);
    const files = bundle.files;
    const header = {
      kind: 'bundle' as const,
      scope: { type: 'case' as const, caseIds: ['memo'] },
      exportedBy: 'Ana',
      exportedAt: new Date(),
      appVersion: 't',
    };
    const read = await readBundle(writeBundle(header, bundle.records, files));
    return { records: read.manifest.records as BundleRecords, files: read.files };
  }

  it('adds them under new ids with every reference following; the stored records stay in their case', async () => {
    const ben = await profileWithSample('sample-ben', 'doc-ben');
    const before = await snapshot(ben);
    const bundle = await clashingBundle();
    const { plan, writes } = await importInto(ben, bundle);
    await expectNoCrossCase(ben);
    // Ben's sample records are untouched.
    for (const t of ['clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells'] as const)
      for (const row of before[t] as { id: string }[]) expect(await ben.table(t).get(row.id), `${t} ${row.id}`).toEqual(row);
    // Memo's records came in under new ids, all in Memo.
    const clause = (await ben.clauses.where('caseId').equals('memo').toArray())[0]!;
    const entity = (await ben.entities.where('caseId').equals('memo').toArray())[0]!;
    const link = (await ben.links.where('caseId').equals('memo').toArray())[0]!;
    const comparison = (await ben.comparisons.where('caseId').equals('memo').toArray())[0]!;
    const cell = (await ben.cells.where('caseId').equals('memo').toArray())[0]!;
    const regime = (await ben.regimes.where('caseId').equals('memo').toArray())[0]!;
    expect(clause.id).not.toBe('shipped-c1');
    expect([clause.comment, clause.documentId]).toEqual(['memo', 'doc-ben']);
    expect([link.clauseId, link.entityId]).toEqual([clause.id, entity.id]);
    expect(comparison.baselineRegimeId).toBe(regime.id);
    expect([cell.comparisonId, cell.regimeId, cell.evidenceClauseIds]).toEqual([comparison.id, regime.id, [clause.id]]);
    expect(writes.reidentified).toMatchObject({ clauses: 1, entities: 1, links: 1, comparisons: 1, regimes: 1, dimensions: 1, cells: 1 });
    expect(writes.report.clauses).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(plan.updated.filter((u) => u.table !== 'documents')).toEqual([]);

    // Imported again: the same new ids are met, nothing changes.
    const afterImport = await snapshot(ben);
    const again = await importInto(ben, bundle);
    for (const t of MERGED_TABLES) expect(again.writes.report[t].added + again.writes.report[t].updated, t).toBe(0);
    expect(await snapshot(ben)).toEqual(afterImport);

    await revertMerge(ben, writes);
    expect(await snapshot(ben)).toEqual(before);
  });
});

describe('a backup of a profile holding cross-case links (left by an import before cases were kept apart)', () => {
  it('leaves those links and citations out, so it restores', async () => {
    const ben = await profileWithSample('sample-ben', 'doc-ben');
    await ben.cases.add(caseRecord('other'));
    await ben.entities.add(entityRecord('moved', 'other'));
    await ben.links.add(linkRecord('crossing', 'sample-ben', 'shipped-c1', 'moved'));
    const { records, files } = await collectAll(ben);
    expect(records.links.map((l) => l.id).sort()).toEqual(['shipped-l1', 'shipped-l2']);
    const read = await readBundle(
      writeBundle({ kind: 'backup', scope: { type: 'all' }, exportedBy: 'Ben', exportedAt: new Date(), appVersion: 't' }, records, files),
    );
    const target = new ClausebenchDb(`exchange-cases-${crypto.randomUUID()}`);
    dbs.push(target);
    await replaceAll(target, read.manifest.records as BundleRecords, read.files);
    await expectNoCrossCase(target);
    expect(await target.entities.get('moved')).toBeDefined();
  });
});
