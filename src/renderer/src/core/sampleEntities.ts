/**
 * The sample case's entities and the links from its clauses to them
 * (resources/sample-case/entities.json). Ids are fixed in the file, like the clauses' ids, so a
 * reset gives every entity and link its old id and a link always names a shipped clause.
 */
import { ENTITY_TYPES, LINK_ROLES } from './entities/entityKinds';
import { nameKey, namesOf } from './entities/entityNames';
import { stamp } from './ids';
import type { SampleClausesFile } from './sampleClauses';
import type { Entity, EntityType, Link, LinkRole } from './types';
import { z } from './zod';

const entityTypeIds = ENTITY_TYPES.map((t) => t.id) as [EntityType, ...EntityType[]];
const linkRoleIds = LINK_ROLES.map((r) => r.id) as [LinkRole, ...LinkRole[]];

const sampleEntity = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1),
  type: z.enum(entityTypeIds),
  aliases: z.array(z.string().trim().min(1)),
  // Says what the sample documents say of it and where that comes from: never empty.
  description: z.string().trim().min(1),
  externalId: z.url().optional(),
});

const sampleLink = z.object({
  id: z.uuid(),
  clauseId: z.uuid(),
  entityId: z.uuid(),
  role: z.enum(linkRoleIds),
  // Every shipped link says why the clause gives the entity this role.
  note: z.string().trim().min(1),
});

export const sampleEntitiesSchema = z
  .object({ version: z.literal(1), entities: z.array(sampleEntity).min(1), links: z.array(sampleLink) })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const names = new Map<string, string>();
    file.entities.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate id ${e.id}` });
      ids.add(e.id);
      // Two shipped entities answering to one name would be offered to the user as a merge.
      for (const name of namesOf(e)) {
        const key = nameKey(name);
        const holder = names.get(key);
        if (holder !== undefined && holder !== e.id)
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'name'], message: `the name “${name}” is also another entity's` });
        names.set(key, e.id);
      }
    });
    const triples = new Set<string>();
    file.links.forEach((l, i) => {
      if (ids.has(l.id)) ctx.addIssue({ code: 'custom', path: ['links', i, 'id'], message: `duplicate id ${l.id}` });
      ids.add(l.id);
      if (!file.entities.some((e) => e.id === l.entityId))
        ctx.addIssue({ code: 'custom', path: ['links', i, 'entityId'], message: `no entity has the id ${l.entityId}` });
      const triple = `${l.clauseId} ${l.entityId} ${l.role}`;
      if (triples.has(triple)) ctx.addIssue({ code: 'custom', path: ['links', i], message: 'the same clause, entity and role are linked twice' });
      triples.add(triple);
    });
  });

export type SampleEntitiesFile = z.infer<typeof sampleEntitiesSchema>;
export type SampleEntityEntry = SampleEntitiesFile['entities'][number];
export type SampleLinkEntry = SampleEntitiesFile['links'][number];

/**
 * Validates entities.json against its schema and against the clauses it links to: every link's
 * clauseId must be a clause of `clauses` (clauses.json), every entityId an entity of the file.
 * Throws, naming the problems, when it is not.
 */
export function parseSampleEntities(json: unknown, clauses: SampleClausesFile): SampleEntitiesFile {
  const result = sampleEntitiesSchema.safeParse(json);
  if (!result.success) throw new Error(`The sample case's entities.json is invalid: ${result.error.message}`);
  const clauseIds = new Set(clauses.clauses.map((c) => c.id));
  const unknown = [...new Set(result.data.links.filter((l) => !clauseIds.has(l.clauseId)).map((l) => l.clauseId))];
  if (unknown.length > 0)
    throw new Error(`The sample case's entities.json is invalid: its links name clauses that clauses.json lacks (${unknown.join(', ')})`);
  return result.data;
}

/** Names a link for a report: "Sec. 3(a) (01-executive-order.pdf) → Covered developers, restricts". */
export function sampleLinkDescriber(
  file: SampleEntitiesFile,
  clauses: SampleClausesFile,
): (link: Pick<Link, 'clauseId' | 'entityId' | 'role'>) => string {
  const clauseById = new Map(clauses.clauses.map((c) => [c.id, c]));
  const entityById = new Map(file.entities.map((e) => [e.id, e]));
  return (link) => {
    const clause = clauseById.get(link.clauseId);
    const where = clause ? `${clause.label} (${clause.fileName})` : `clause ${link.clauseId}`;
    return `${where} → ${entityById.get(link.entityId)?.name ?? link.entityId}, ${link.role}`;
  };
}

/**
 * The file's entities and links as records of case `caseId`, made by `profile` at `now`.
 * Invariants: ids, names, types, aliases, descriptions, roles and notes are the file's; an entity
 * without an externalId has no such key; every record has the same provenance. Pure.
 */
export function sampleEntityRecords(file: SampleEntitiesFile, caseId: string, profile: string, now: Date): { entities: Entity[]; links: Link[] } {
  const provenance = stamp(profile, now);
  const entities = file.entities.map(({ id, name, type, aliases, description, externalId }) => ({
    id,
    caseId,
    name,
    type,
    aliases: [...aliases],
    description,
    ...(externalId ? { externalId } : {}),
    ...provenance,
  }));
  const links = file.links.map(({ id, clauseId, entityId, role, note }) => ({ id, caseId, clauseId, entityId, role, note, ...provenance }));
  return { entities, links };
}

/** An entity or link of the file that the install did not add, and why. */
export interface SampleEntityFailure {
  /** The entity's name, or the link as "label (file) → entity name, role". */
  what: string;
  reason: string;
}

/** What the store holds now under the ids the install wants, read in the install's transaction. */
export interface SampleEntityStoreState {
  sampleCaseId: string;
  /** Aligned with the entities to add: the record stored under each id, if any. */
  storedEntities: readonly (Pick<Entity, 'caseId'> | undefined)[];
  /** Aligned with the links to add. */
  storedLinks: readonly (Pick<Link, 'caseId'> | undefined)[];
  /** Aligned with the links to add: the case of the clause each names, if that clause exists. */
  clauseCases: readonly (string | undefined)[];
}

/**
 * Which records to add, as the sample clauses are added: an id already in the sample case is left
 * alone (an install completing an earlier one keeps the user's edits); an id held by another
 * case is never overwritten but reported; a link whose clause is not in the sample case (it did
 * not anchor, or its id belongs to another case) or whose entity will not be there is skipped and
 * reported. Invariant: every link returned names an entity that is returned or already in the
 * sample case, and a clause of the sample case. Pure.
 */
export function planSampleEntities(
  records: { entities: readonly Entity[]; links: readonly Link[] },
  state: SampleEntityStoreState,
  describeLink: (link: Link) => string,
): { entities: Entity[]; links: Link[]; failures: SampleEntityFailure[] } {
  const failures: SampleEntityFailure[] = [];
  const inSample = new Set<string>();
  const entities: Entity[] = [];
  records.entities.forEach((entity, i) => {
    const stored = state.storedEntities[i];
    if (!stored) {
      entities.push(entity);
      inSample.add(entity.id);
    } else if (stored.caseId === state.sampleCaseId) inSample.add(entity.id);
    else failures.push({ what: entity.name, reason: 'its id is taken by an entity of another case' });
  });
  const links: Link[] = [];
  records.links.forEach((link, i) => {
    const stored = state.storedLinks[i];
    if (stored?.caseId === state.sampleCaseId) return;
    let reason: string | undefined;
    if (stored) reason = 'its id is taken by a link of another case';
    else if (state.clauseCases[i] !== state.sampleCaseId) reason = 'its clause is not in the sample case';
    else if (!inSample.has(link.entityId)) reason = 'its entity is not in the sample case';
    if (reason) failures.push({ what: describeLink(link), reason });
    else links.push(link);
  });
  return { entities, links, failures };
}
