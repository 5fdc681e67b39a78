import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteClause } from './clausesRepo';
import { ClausebenchDb } from './database';
import {
  addEntities,
  addEntity,
  addLinks,
  deleteEntity,
  deleteLinks,
  getEntity,
  linksOfClause,
  linksOfEntity,
  listEntities,
  mergeEntities,
  restoreEntity,
  restoreLinks,
  revertEntity,
  undoEntityMerge,
  updateEntity,
} from './entitiesRepo';
import { caseRecord, clauseRecord, documentRecord, entityRecord, linkRecord, snapshot } from './testRecords';

let database: ClausebenchDb;
beforeEach(async () => {
  database = new ClausebenchDb(`entities-${crypto.randomUUID()}`);
  await database.cases.bulkAdd([caseRecord('A'), caseRecord('B')]);
  await database.documents.bulkAdd([documentRecord('d1', ['A', 'B'])]);
  await database.clauses.bulkAdd([clauseRecord('c1', 'A', 'd1'), clauseRecord('c2', 'A', 'd1'), clauseRecord('cb', 'B', 'd1')]);
  await addEntities(database, [entityRecord('e1', 'A'), entityRecord('e2', 'A'), entityRecord('eb', 'B')]);
});
afterEach(async () => {
  await database.delete();
});

describe('entities', () => {
  it('adds entities with trimmed names and clean aliases, refusing a missing case or an empty name', async () => {
    const made = await addEntity(database, { ...entityRecord('e3', 'A'), name: '  Legion ', aliases: ['legion', ' Legion Inc. ', ''] });
    expect(made).toMatchObject({ name: 'Legion', aliases: ['Legion Inc.'] });
    expect(await getEntity(database, 'e3')).toEqual(made);
    await expect(addEntity(database, entityRecord('e4', 'gone'))).rejects.toThrow(/no longer exists/);
    await expect(addEntity(database, { ...entityRecord('e5', 'A'), name: '  ' })).rejects.toThrow(/needs a name/);
    expect((await listEntities(database, 'A')).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(await listEntities(database, undefined)).toHaveLength(4);
  });

  it('edits an entity (never its case) and reverts it exactly', async () => {
    const original = await getEntity(database, 'e1');
    const before = await updateEntity(database, 'e1', { name: 'Legion', externalId: '', caseId: 'B' } as Parameters<typeof updateEntity>[2]);
    expect(before).toEqual(original);
    const after = await getEntity(database, 'e1');
    expect(after).toMatchObject({ name: 'Legion', caseId: 'A' });
    expect(after && 'externalId' in after).toBe(false);
    await revertEntity(database, before!);
    expect(await getEntity(database, 'e1')).toEqual(original);
    expect(await updateEntity(database, 'nope', { name: 'x' })).toBeUndefined();
  });
});

describe('deleting an entity', () => {
  beforeEach(async () => {
    await addLinks(database, [linkRecord('l1', 'A', 'c1', 'e1'), linkRecord('l2', 'A', 'c2', 'e1'), linkRecord('l3', 'A', 'c1', 'e2')]);
  });

  it('removes every link to it, and nothing else', async () => {
    const removal = await deleteEntity(database, 'e1');
    expect(removal?.entity.id).toBe('e1');
    expect(removal?.links.map((l) => l.id).sort()).toEqual(['l1', 'l2']);
    expect(await getEntity(database, 'e1')).toBeUndefined();
    expect((await database.links.toArray()).map((l) => l.id)).toEqual(['l3']);
    expect(await deleteEntity(database, 'e1')).toBeUndefined();
  });

  it('restores the entity and its links exactly', async () => {
    const before = await snapshot(database);
    const removal = await deleteEntity(database, 'e1');
    await restoreEntity(database, removal!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('does not restore a link whose clause went meanwhile (it would dangle)', async () => {
    const removal = await deleteEntity(database, 'e1');
    await deleteClause(database, 'c2');
    await restoreEntity(database, removal!);
    expect((await linksOfEntity(database, 'e1')).map((l) => l.id)).toEqual(['l1']);
  });
});

describe('merging entities', () => {
  beforeEach(async () => {
    await updateEntity(database, 'e1', { name: 'Legion', aliases: ['Legion Inc.'], description: 'Plaintiff.' });
    await updateEntity(database, 'e2', { name: 'Legion Incorporated', aliases: ['LGN'], externalId: 'urn:x:legion' });
    await addLinks(database, [
      { ...linkRecord('k1', 'A', 'c1', 'e1'), role: 'harms', note: 'Kept note.' },
      { ...linkRecord('a1', 'A', 'c1', 'e2'), role: 'harms', note: 'Absorbed note.' },
      { ...linkRecord('a2', 'A', 'c2', 'e2'), role: 'plaintiff' },
    ]);
  });

  it('keeps every link: moved to the kept entity, a duplicate folded with its note joined', async () => {
    const { plan } = await mergeEntities(database, 'e1', 'e2');
    expect(await getEntity(database, 'e2')).toBeUndefined();
    expect(await getEntity(database, 'e1')).toMatchObject({ aliases: ['Legion Inc.', 'Legion Incorporated', 'LGN'], externalId: 'urn:x:legion' });
    const links = await linksOfEntity(database, 'e1');
    expect(links.map((l) => [l.clauseId, l.role, l.note]).sort()).toEqual([
      ['c1', 'harms', 'Kept note.\n\nAbsorbed note.'],
      ['c2', 'plaintiff', ''],
    ]);
    expect(plan.folded.map((l) => l.id)).toEqual(['a1']);
    expect(await database.links.where('entityId').equals('e2').count()).toBe(0);
  });

  it('undo restores both entities and every link exactly', async () => {
    const before = await snapshot(database);
    const { undo } = await mergeEntities(database, 'e1', 'e2');
    await undoEntityMerge(database, undo);
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses a missing entity, itself, or another case, changing nothing', async () => {
    const before = await snapshot(database);
    await expect(mergeEntities(database, 'e1', 'gone')).rejects.toThrow(/no longer exists/);
    await expect(mergeEntities(database, 'e1', 'e1')).rejects.toThrow(/itself/);
    await expect(mergeEntities(database, 'e1', 'eb')).rejects.toThrow(/same case/);
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('links', () => {
  it('adds links of one case and lists them by clause and entity', async () => {
    await addLinks(database, [linkRecord('l1', 'A', 'c1', 'e1'), linkRecord('l2', 'A', 'c1', 'e2')]);
    expect((await linksOfClause(database, 'c1')).map((l) => l.id).sort()).toEqual(['l1', 'l2']);
    expect((await linksOfEntity(database, 'e2')).map((l) => l.id)).toEqual(['l2']);
  });

  it('refuses, writing nothing, a link across cases or to a missing clause or entity', async () => {
    await expect(addLinks(database, [linkRecord('l1', 'A', 'c1', 'e1'), linkRecord('x', 'A', 'c1', 'eb')])).rejects.toThrow(/different cases/);
    await expect(addLinks(database, [linkRecord('x', 'A', 'cb', 'e1')])).rejects.toThrow(/different cases/);
    await expect(addLinks(database, [linkRecord('x', 'B', 'cb', 'e1')])).rejects.toThrow(/different cases/);
    await expect(addLinks(database, [linkRecord('x', 'A', 'gone', 'e1')])).rejects.toThrow(/clause of this link no longer exists/);
    await expect(addLinks(database, [linkRecord('x', 'A', 'c1', 'gone')])).rejects.toThrow(/entity of this link no longer exists/);
    expect(await database.links.count()).toBe(0);
  });

  it('deletes links and restores them, skipping one whose entity went meanwhile', async () => {
    await addLinks(database, [linkRecord('l1', 'A', 'c1', 'e1'), linkRecord('l2', 'A', 'c2', 'e2')]);
    const removed = await deleteLinks(database, ['l1', 'l2', 'never']);
    expect(removed.map((l) => l.id)).toEqual(['l1', 'l2']);
    await deleteEntity(database, 'e2');
    await restoreLinks(database, removed);
    expect((await database.links.toArray()).map((l) => l.id)).toEqual(['l1']);
  });

  it('a deleted clause takes its links with it', async () => {
    await addLinks(database, [linkRecord('l1', 'A', 'c1', 'e1')]);
    await deleteClause(database, 'c1');
    expect(await database.links.count()).toBe(0);
  });
});
