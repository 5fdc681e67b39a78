// Install and reset of the sample case in Node: the real install code and database, with the
// app's resources fetched from resources/ and PDFs imported by a Node stand-in (nodePdf text).
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSampleClauses } from '../../core/sampleClauses';
import { parseSampleComparisons } from '../../core/sampleComparison';
import { parseSampleEntities } from '../../core/sampleEntities';
import type { Clause, Entity } from '../../core/types';
import { oldestChangeAfter } from '../../db/backupStatusRepo';
import { createCase } from '../../db/casesRepo';
import { addClause, deleteClause, listClauses, updateClause } from '../../db/clausesRepo';
import { ClausebenchDb } from '../../db/database';
import { addDocumentToCase } from '../../db/documentsRepo';
import { addEntity, deleteEntity, listEntities, listLinks, updateEntity } from '../../db/entitiesRepo';
import { installSampleCase, resetSampleCase } from './installSample';

vi.mock('../library', async () => ({ importFile: (await import('../../../../../test/support/sampleImport')).importSamplePdf }));

const shipped = parseSampleClauses(JSON.parse(await readFile('resources/sample-case/clauses.json', 'utf8')));
const shippedEntities = parseSampleEntities(JSON.parse(await readFile('resources/sample-case/entities.json', 'utf8')), shipped);
const shippedCells = parseSampleComparisons(JSON.parse(await readFile('resources/sample-case/comparison.json', 'utf8')), shipped).comparisons.flatMap(
  (c) => c.cells,
);
/** Resources the test serves instead of the shipped ones, by URL. */
const overrides = new Map<string, string>();

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`install-sample-${crypto.randomUUID()}`);
  overrides.clear();
  vi.stubGlobal('fetch', async (url: string) => {
    const body = overrides.get(url) ?? (await readFile(url.replace(/^\.\/sample-case\//, 'resources/sample-case/')));
    return new Response(body, { status: 200 });
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await database.delete();
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

async function fileNameOf(documentId: string): Promise<string | undefined> {
  return (await database.documents.get(documentId))?.fileName;
}

describe('installSampleCase', () => {
  it('marks every shipped clause, anchored, on the document it names', async () => {
    const report = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, report);
    expect(report).not.toHaveBeenCalled();
    const clauses = await listClauses(database, caseId);
    expect(clauses.map((c) => c.id).sort()).toEqual(shipped.clauses.map((c) => c.id).sort());
    for (const clause of clauses) {
      const entry = shipped.clauses.find((e) => e.id === clause.id)!;
      expect(clause).toMatchObject({
        label: entry.label,
        type: entry.type,
        comment: entry.comment,
        tags: entry.tags,
        anchorStatus: 'anchored',
        createdBy: 'Tester',
      });
      expect(clause.target.quote.exact).toBe(entry.quote.exact);
      expect(await fileNameOf(clause.documentId)).toBe(entry.fileName);
    }
  });

  it('adds every shipped entity and every link from its clauses, in the sample case', async () => {
    const report = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), report);
    expect(report).not.toHaveBeenCalled();
    const entities = await listEntities(database, caseId);
    const links = await listLinks(database, caseId);
    expect(entities).toHaveLength(shippedEntities.entities.length);
    expect(links).toHaveLength(shippedEntities.links.length);
    expect(await database.entities.count()).toBe(shippedEntities.entities.length);
    expect(await database.links.count()).toBe(shippedEntities.links.length);
    for (const entry of shippedEntities.entities) {
      expect(entities.find((e) => e.id === entry.id)).toMatchObject({ ...entry, caseId, createdBy: 'Tester' });
    }
    for (const entry of shippedEntities.links) {
      const link = links.find((l) => l.id === entry.id);
      expect(link).toMatchObject({ ...entry, caseId, createdBy: 'Tester' });
      expect((await database.clauses.get(entry.clauseId))?.caseId).toBe(caseId);
    }
  });

  it('completes an earlier install without adding a clause twice or undoing an edit', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const first = shipped.clauses[0]!;
    await updateClause(database, first.id, { comment: 'My own note.' });
    expect(await installSampleCase(database, 'Tester', undefined, vi.fn())).toBe(caseId);
    expect(await database.clauses.count()).toBe(shipped.clauses.length);
    expect((await database.clauses.get(first.id))?.comment).toBe('My own note.');
  });

  it('counts nothing of the installed sample case, entities, links and comparison included, as a change to back up', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), vi.fn(), vi.fn());
    expect(await database.links.where('caseId').equals(caseId).count()).toBe(shippedEntities.links.length);
    expect(await database.cells.where('caseId').equals(caseId).count()).toBe(shippedCells.length);
    expect(await oldestChangeAfter(database, undefined)).toBeUndefined();
    // An entity the user makes in their own case does count.
    const mine = await createCase(database, 'Mine', 'Tester');
    const own = { ...(await database.entities.get(shippedEntities.entities[0]!.id))!, id: crypto.randomUUID(), caseId: mine.id };
    await addEntity(database, own);
    expect(await oldestChangeAfter(database, undefined)).toBe(own.updatedAt);
  });

  it('installed twice adds no entity or link twice and keeps an edited entity as edited', async () => {
    const report = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), report);
    const first = shippedEntities.entities[0]!;
    await updateEntity(database, first.id, { description: 'My own description.' });
    expect(await installSampleCase(database, 'Tester', undefined, vi.fn(), report)).toBe(caseId);
    expect(report).not.toHaveBeenCalled();
    expect(await database.entities.count()).toBe(shippedEntities.entities.length);
    expect(await database.links.count()).toBe(shippedEntities.links.length);
    expect((await database.entities.get(first.id))?.description).toBe('My own description.');
  });

  it('adds the clauses that anchor and reports, by label, the ones that do not', async () => {
    const [broken, ...rest] = shipped.clauses;
    const edited = {
      ...shipped,
      clauses: [{ ...broken!, quote: { exact: 'Words that no sample document contains at all.', prefix: '', suffix: '' } }, ...rest],
    };
    overrides.set('./sample-case/clauses.json', JSON.stringify(edited));
    const report = vi.fn();
    const entityReport = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, report, entityReport);
    expect(report).toHaveBeenCalledExactlyOnceWith([
      { label: broken!.label, fileName: broken!.fileName, reason: 'its quote was not found in the document text' },
    ]);
    expect((await listClauses(database, caseId)).map((c) => c.id).sort()).toEqual(rest.map((c) => c.id).sort());
    // The links standing on the clause that was not placed are skipped and reported, the rest added.
    const onBroken = shippedEntities.links.filter((l) => l.clauseId === broken!.id);
    expect(onBroken.length).toBeGreaterThan(0);
    expect(entityReport).toHaveBeenCalledOnce();
    const failures = entityReport.mock.calls[0]![0] as { what: string; reason: string }[];
    expect(failures).toHaveLength(onBroken.length);
    for (const f of failures) {
      expect(f.what).toContain(`${broken!.label} (${broken!.fileName}) → `);
      expect(f.reason).toBe('its clause is not in the sample case');
    }
    expect(ids(await listLinks(database, caseId))).toEqual(ids(shippedEntities.links.filter((l) => l.clauseId !== broken!.id)));
    expect(await database.entities.count()).toBe(shippedEntities.entities.length);
  });

  it('refuses a malformed clauses.json before importing anything', async () => {
    overrides.set('./sample-case/clauses.json', JSON.stringify({ version: 1, clauses: [{ label: 'Sec. 1' }] }));
    await expect(installSampleCase(database, 'Tester', undefined, vi.fn())).rejects.toThrow(/clauses\.json is invalid/);
    expect(await database.documents.count()).toBe(0);
  });

  it('refuses an entities.json whose links name a clause clauses.json lacks, before importing anything', async () => {
    const [link, ...others] = shippedEntities.links;
    const edited = { ...shippedEntities, links: [{ ...link!, clauseId: crypto.randomUUID() }, ...others] };
    overrides.set('./sample-case/entities.json', JSON.stringify(edited));
    await expect(installSampleCase(database, 'Tester', undefined, vi.fn())).rejects.toThrow(/entities\.json is invalid: .*clauses\.json lacks/);
    expect(await database.documents.count()).toBe(0);
  });
});

describe('resetSampleCase', () => {
  it('brings back deleted and edited sample clauses with the same ids, and leaves another case alone', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const installed = byId(await listClauses(database, caseId));
    // The user's own case shares a sample document and marks a clause of its own on it.
    const mine = await createCase(database, 'Mine', 'Tester');
    const shared = installed[0]!;
    await addDocumentToCase(database, shared.documentId, mine.id);
    const own: Clause = { ...shared, id: crypto.randomUUID(), caseId: mine.id, label: 'My label', comment: 'Mine.', tags: ['mine'] };
    await addClause(database, own);

    const [gone1, gone2, edited] = installed;
    await deleteClause(database, gone1!.id);
    await deleteClause(database, gone2!.id);
    await updateClause(database, edited!.id, { comment: 'Scribbled over', tags: [] });
    expect(await database.clauses.where('caseId').equals(caseId).count()).toBe(installed.length - 2);

    const report = vi.fn();
    expect(await resetSampleCase(database, 'Tester', undefined, report)).toBe(caseId);
    expect(report).not.toHaveBeenCalled();
    const restored = byId(await listClauses(database, caseId));
    expect(restored.map((c) => c.id)).toEqual(installed.map((c) => c.id));
    expect(restored.map((c) => [c.comment, c.tags, c.target])).toEqual(installed.map((c) => [c.comment, c.tags, c.target]));
    expect(await listClauses(database, mine.id)).toEqual([own]);
    expect((await database.documents.get(shared.documentId))?.caseIds).toContain(mine.id);
  });

  it('never overwrites a clause of another case that holds a sample id; it reports it instead', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const mine = await createCase(database, 'Mine', 'Tester');
    // A clause that has links, so the test also sees what becomes of them.
    const taken = (await listClauses(database, caseId)).find((c) => shippedEntities.links.some((l) => l.clauseId === c.id))!;
    await addDocumentToCase(database, taken.documentId, mine.id);
    // As if a bundle exported from the sample had been imported into the user's case.
    await deleteClause(database, taken.id);
    const copy: Clause = { ...taken, caseId: mine.id, comment: 'Imported copy.' };
    await addClause(database, copy);

    const report = vi.fn();
    const entityReport = vi.fn();
    const comparisonReport = vi.fn();
    await resetSampleCase(database, 'Tester', undefined, report, entityReport, comparisonReport);
    expect(report).toHaveBeenCalledExactlyOnceWith([
      { label: taken.label, fileName: await fileNameOf(taken.documentId), reason: 'its id is taken by a clause of another case' },
    ]);
    expect(await database.clauses.get(taken.id)).toEqual(copy);
    expect(await database.clauses.where('caseId').equals(caseId).count()).toBe(shipped.clauses.length - 1);
    // No sample link is hung on the other case's clause.
    const onTaken = shippedEntities.links.filter((l) => l.clauseId === taken.id);
    expect(entityReport).toHaveBeenCalledExactlyOnceWith(
      onTaken.map(() => ({ what: expect.stringContaining(taken.label), reason: 'its clause is not in the sample case' })),
    );
    expect(await database.links.where('clauseId').equals(taken.id).count()).toBe(0);
    expect(await database.links.count()).toBe(shippedEntities.links.length - onTaken.length);
    // The sample comparison's cells that cite it are kept, without it, and reported.
    const citing = shippedCells.filter((c) => c.evidenceClauseIds.includes(taken.id));
    expect(citing.length).toBeGreaterThan(0);
    expect(comparisonReport).toHaveBeenCalledExactlyOnceWith(
      citing.map(() => ({
        what: expect.any(String),
        reason: expect.stringMatching(new RegExp(`^its evidence ${taken.label} .*kept without it$`.replace(/[()]/g, '\\$&'))),
      })),
    );
    for (const cell of citing) expect((await database.cells.get(cell.id))?.evidenceClauseIds).not.toContain(taken.id);
    expect(await database.cells.where('caseId').equals(caseId).count()).toBe(shippedCells.length);
  });

  it('brings back a deleted sample entity with its links, and an edited one as shipped, with the same ids', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), vi.fn());
    const installedEntities = byId(await listEntities(database, caseId));
    const installedLinks = byId(await listLinks(database, caseId));
    const linked = shippedEntities.entities.find((e) => shippedEntities.links.some((l) => l.entityId === e.id))!;
    const edited = shippedEntities.entities.find((e) => e.id !== linked.id)!;
    const removal = await deleteEntity(database, linked.id);
    expect(removal?.links.length).toBeGreaterThan(0);
    await updateEntity(database, edited.id, { name: 'Scribbled over', aliases: [] });
    expect(await database.links.count()).toBe(installedLinks.length - removal!.links.length);

    const report = vi.fn();
    expect(await resetSampleCase(database, 'Tester', undefined, vi.fn(), report)).toBe(caseId);
    expect(report).not.toHaveBeenCalled();
    const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
    expect(byId(await listEntities(database, caseId)).map(strip)).toEqual(installedEntities.map(strip));
    expect(byId(await listLinks(database, caseId)).map(strip)).toEqual(installedLinks.map(strip));
  });

  it("never overwrites another case's entity that holds a sample id; it reports it and skips its links", async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), vi.fn());
    const mine = await createCase(database, 'Mine', 'Tester');
    const shippedEntity = shippedEntities.entities.find((e) => shippedEntities.links.some((l) => l.entityId === e.id))!;
    const taken = (await database.entities.get(shippedEntity.id))!;
    // As if a bundle exported from the sample had been imported into the user's case.
    await deleteEntity(database, taken.id);
    const copy: Entity = { ...taken, caseId: mine.id, description: 'Imported copy.' };
    await addEntity(database, copy);

    const report = vi.fn();
    await resetSampleCase(database, 'Tester', undefined, vi.fn(), report);
    const skipped = shippedEntities.links.filter((l) => l.entityId === taken.id);
    expect(report).toHaveBeenCalledOnce();
    expect(report.mock.calls[0]![0]).toEqual([
      { what: taken.name, reason: 'its id is taken by an entity of another case' },
      ...skipped.map(() => expect.objectContaining({ reason: 'its entity is not in the sample case' })),
    ]);
    expect(await database.entities.get(taken.id)).toEqual(copy);
    expect(await database.entities.where('caseId').equals(caseId).count()).toBe(shippedEntities.entities.length - 1);
    expect(ids(await listLinks(database, caseId))).toEqual(ids(shippedEntities.links.filter((l) => l.entityId !== taken.id)));
  });
});
