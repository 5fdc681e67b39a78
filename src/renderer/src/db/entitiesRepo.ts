/**
 * The entity aggregate: an entity of one case, and the links from clauses to it. Every entity and
 * link write of the app goes through here; each returns what Undo needs to put things back.
 */
import { cleanAliases } from '../core/entities/entityNames';
import { planEntityMerge, type MergePlan } from '../core/entities/mergeEntities';
import type { Entity, Link } from '../core/types';
import type { ClausebenchDb } from './database';

/** What an entity edit may change; it never moves to another case and keeps its maker. */
export type EntityChanges = Partial<Pick<Entity, 'name' | 'type' | 'aliases' | 'description' | 'externalId'>>;
/** What a link edit may change: its role and note (a link to another clause or entity is a new link). */
export type LinkChanges = Partial<Pick<Link, 'role' | 'note'>>;

/** An entity removed with its links, as they were. */
export interface EntityRemoval {
  entity: Entity;
  links: Link[];
}

/** What a merge changed, as it was before, so Undo restores both entities and every link. */
export interface EntityMergeUndo {
  kept: Entity;
  absorbed: Entity;
  /** Every link of either entity before the merge. */
  links: Link[];
}

function cleaned<T extends Pick<Entity, 'name' | 'aliases'>>(entity: T): T {
  const name = entity.name.trim();
  if (!name) throw new Error('An entity needs a name.');
  return { ...entity, name, aliases: cleanAliases(name, entity.aliases) };
}

/** The entities of a case (all cases when `caseId` is undefined), by name. */
export async function listEntities(database: ClausebenchDb, caseId: string | undefined): Promise<Entity[]> {
  const rows = caseId ? await database.entities.where('caseId').equals(caseId).toArray() : await database.entities.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The links of a case (all cases when undefined). */
export async function listLinks(database: ClausebenchDb, caseId: string | undefined): Promise<Link[]> {
  return caseId ? database.links.where('caseId').equals(caseId).toArray() : database.links.toArray();
}

export async function getEntity(database: ClausebenchDb, id: string): Promise<Entity | undefined> {
  return database.entities.get(id);
}

export async function linksOfEntity(database: ClausebenchDb, entityId: string): Promise<Link[]> {
  return database.links.where('entityId').equals(entityId).toArray();
}

/** The links of these clauses (any entity). */
export async function linksOfClauses(database: ClausebenchDb, clauseIds: readonly string[]): Promise<Link[]> {
  return clauseIds.length
    ? database.links
        .where('clauseId')
        .anyOf([...clauseIds])
        .toArray()
    : [];
}

/** The entities with these ids that exist, in no particular order. */
export async function getEntities(database: ClausebenchDb, ids: readonly string[]): Promise<Entity[]> {
  return (await database.entities.bulkGet([...new Set(ids)])).filter((e): e is Entity => e !== undefined);
}

export async function linksOfClause(database: ClausebenchDb, clauseId: string): Promise<Link[]> {
  return database.links.where('clauseId').equals(clauseId).toArray();
}

/** Adds entities in one transaction. Invariant: each one's case exists; names are trimmed, aliases cleaned. */
export async function addEntities(database: ClausebenchDb, entities: readonly Entity[]): Promise<Entity[]> {
  const rows = entities.map(cleaned);
  await database.transaction('rw', [database.entities, database.cases], async () => {
    const cases = await database.cases.bulkGet([...new Set(rows.map((e) => e.caseId))]);
    if (cases.some((c) => !c)) throw new Error('The case of this entity no longer exists. Choose a case and try again.');
    await database.entities.bulkAdd(rows);
  });
  return rows;
}

export async function addEntity(database: ClausebenchDb, entity: Entity): Promise<Entity> {
  const [row] = await addEntities(database, [entity]);
  return row!;
}

/** Applies `changes` and stamps updatedAt; returns the entity as it was (for Undo), or undefined if gone. */
export async function updateEntity(database: ClausebenchDb, id: string, changes: EntityChanges): Promise<Entity | undefined> {
  return database.transaction('rw', database.entities, async () => {
    const before = await database.entities.get(id);
    if (!before) return undefined;
    const next: Entity = cleaned({ ...before, ...changes, id: before.id, caseId: before.caseId, updatedAt: new Date().toISOString() });
    if (!next.externalId) delete next.externalId;
    await database.entities.put(next);
    return before;
  });
}

/** Puts an entity back as it was (Undo of an edit). */
export async function revertEntity(database: ClausebenchDb, before: Entity): Promise<void> {
  await database.entities.put(before);
}

/**
 * Deletes an entity and every link to it, in one transaction. Invariant: no link is left pointing
 * at it. Returns what was removed, or undefined when there was no such entity.
 */
export async function deleteEntity(database: ClausebenchDb, id: string): Promise<EntityRemoval | undefined> {
  return database.transaction('rw', [database.entities, database.links], async () => {
    const entity = await database.entities.get(id);
    if (!entity) return undefined;
    const links = await database.links.where('entityId').equals(id).toArray();
    await database.links.bulkDelete(links.map((l) => l.id));
    await database.entities.delete(id);
    return { entity, links };
  });
}

/**
 * Puts back a deleted entity and its links. A link whose clause has gone since is not restored
 * (it would dangle).
 */
export async function restoreEntity(database: ClausebenchDb, removal: EntityRemoval): Promise<void> {
  await database.transaction('rw', [database.entities, database.links, database.clauses], async () => {
    await database.entities.put(removal.entity);
    const clauses = await database.clauses.bulkGet(removal.links.map((l) => l.clauseId));
    await database.links.bulkPut(removal.links.filter((_, i) => clauses[i] !== undefined));
  });
}

/**
 * Merges `absorbedId` into `keptId` (see core/entities/mergeEntities.ts) in one transaction:
 * no link of either is lost. Returns the plan applied and the before-image for Undo.
 */
export async function mergeEntities(
  database: ClausebenchDb,
  keptId: string,
  absorbedId: string,
): Promise<{ plan: MergePlan; undo: EntityMergeUndo }> {
  return database.transaction('rw', [database.entities, database.links], async () => {
    const [kept, absorbed] = await database.entities.bulkGet([keptId, absorbedId]);
    if (!kept || !absorbed) throw new Error('One of the two entities no longer exists; nothing was merged.');
    const links = await database.links.where('entityId').anyOf([keptId, absorbedId]).toArray();
    const plan = planEntityMerge(kept, absorbed, links);
    await database.entities.put(plan.entity);
    await database.links.bulkPut([...plan.moved, ...plan.notesJoined]);
    await database.links.bulkDelete(plan.folded.map((l) => l.id));
    await database.entities.delete(absorbed.id);
    return { plan, undo: { kept, absorbed, links } };
  });
}

/** Undoes a merge: both entities and every link of theirs as they were before it. */
export async function undoEntityMerge(database: ClausebenchDb, before: EntityMergeUndo): Promise<void> {
  await database.transaction('rw', [database.entities, database.links, database.clauses], async () => {
    // Links made to the kept entity after the merge stay; links moved by the merge go back.
    await database.entities.bulkPut([before.kept, before.absorbed]);
    const clauses = await database.clauses.bulkGet(before.links.map((l) => l.clauseId));
    await database.links.bulkPut(before.links.filter((_, i) => clauses[i] !== undefined));
  });
}

/**
 * Adds links in one transaction. Invariant: each link's clause and entity exist and belong to the
 * link's case (so a link never crosses cases or dangles).
 */
export async function addLinks(database: ClausebenchDb, links: readonly Link[]): Promise<void> {
  if (links.length === 0) return;
  await database.transaction('rw', [database.links, database.clauses, database.entities], async () => {
    const clauses = await database.clauses.bulkGet(links.map((l) => l.clauseId));
    const entities = await database.entities.bulkGet(links.map((l) => l.entityId));
    links.forEach((link, i) => {
      const clause = clauses[i];
      const entity = entities[i];
      if (!clause) throw new Error('The clause of this link no longer exists; nothing was linked.');
      if (!entity) throw new Error('The entity of this link no longer exists; nothing was linked.');
      if (clause.caseId !== link.caseId || entity.caseId !== link.caseId)
        throw new Error(`“${entity.name}” and this clause belong to different cases; link entities of the clause's own case.`);
    });
    await database.links.bulkAdd([...links]);
  });
}

export async function addLink(database: ClausebenchDb, link: Link): Promise<Link> {
  await addLinks(database, [link]);
  return link;
}

/** Changes a link's role or note; returns it as it was (for Undo), or undefined if gone. */
export async function updateLink(database: ClausebenchDb, id: string, changes: LinkChanges): Promise<Link | undefined> {
  return database.transaction('rw', database.links, async () => {
    const before = await database.links.get(id);
    if (!before) return undefined;
    await database.links.put({ ...before, ...changes, updatedAt: new Date().toISOString() });
    return before;
  });
}

/** Deletes links; returns them as they were (for Undo). */
export async function deleteLinks(database: ClausebenchDb, ids: readonly string[]): Promise<Link[]> {
  return database.transaction('rw', database.links, async () => {
    const links = (await database.links.bulkGet([...ids])).filter((l): l is Link => l !== undefined);
    await database.links.bulkDelete(links.map((l) => l.id));
    return links;
  });
}

/** Puts links back (Undo of a delete or an add's reverse); those whose clause or entity is gone are skipped. */
export async function restoreLinks(database: ClausebenchDb, links: readonly Link[]): Promise<void> {
  await database.transaction('rw', [database.links, database.clauses, database.entities], async () => {
    const clauses = await database.clauses.bulkGet(links.map((l) => l.clauseId));
    const entities = await database.entities.bulkGet(links.map((l) => l.entityId));
    await database.links.bulkPut(links.filter((_, i) => clauses[i] && entities[i]));
  });
}
