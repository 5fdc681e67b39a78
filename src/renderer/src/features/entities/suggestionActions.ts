/**
 * What accepting a suggestion writes: a new entity (undo deletes it with every link made to it
 * since), or the suggested names added as aliases of an entity that already answers to one of
 * them (undo puts that entity back as it was); and the links to the clauses that cover the
 * suggestion's occurrences (one undo entry, through features/clauses' link actions).
 */
import { newId, stamp } from '../../core/ids';
import type { Entity, EntityType, LinkRole } from '../../core/types';
import { db } from '../../db/database';
import { addEntity, deleteEntity, restoreEntity, revertEntity, updateEntity, type EntityRemoval } from '../../db/entitiesRepo';
import type { UndoApi } from '../../ui/undo';
import { addLinksUndoably, newLink } from '../clauses';

export interface AcceptedForm {
  name: string;
  type: EntityType;
  aliases: string[];
}

/** Creates the entity an analyst accepted; undo removes it and its links. */
export async function acceptAsEntity(caseId: string, form: AcceptedForm, profile: string, undo: UndoApi): Promise<Entity> {
  const made = await addEntity(db(), {
    id: newId(),
    caseId,
    name: form.name,
    type: form.type,
    aliases: form.aliases,
    description: '',
    ...stamp(profile),
  });
  let removed: EntityRemoval | undefined;
  undo.push({
    label: `Accepted “${made.name}” as an entity.`,
    undo: async () => {
      removed = await deleteEntity(db(), made.id);
    },
    redo: async () => {
      if (removed) await restoreEntity(db(), removed);
      else await addEntity(db(), made);
    },
  });
  return made;
}

/** Adds the accepted names to an existing entity's aliases; undo restores the entity as it was. */
export async function acceptAsAliases(existing: Entity, form: AcceptedForm, undo: UndoApi): Promise<Entity> {
  const aliases = [...existing.aliases, form.name, ...form.aliases];
  const before = await updateEntity(db(), existing.id, { aliases });
  if (!before) throw new Error(`“${existing.name}” no longer exists (it was deleted or merged meanwhile).`);
  undo.push({
    label: `Added “${form.name}” to “${existing.name}” as an alias.`,
    undo: () => revertEntity(db(), before),
    redo: async () => {
      await updateEntity(db(), existing.id, { aliases });
    },
  });
  return { ...existing, aliases };
}

/** Links the chosen clauses to the entity in one role; one undo entry. */
export async function linkClauses(entity: Entity, clauseIds: readonly string[], role: LinkRole, profile: string, undo: UndoApi): Promise<void> {
  const links = clauseIds.map((clauseId) => newLink({ entityId: entity.id, role, note: '' }, entity.caseId, clauseId, profile));
  const n = links.length;
  await addLinksUndoably(links, `Linked ${n} clause${n === 1 ? '' : 's'} to “${entity.name}”.`, undo);
}
