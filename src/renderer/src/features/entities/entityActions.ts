/**
 * The entity list's writes: make, edit, delete and merge entities, each one transaction in
 * db/entitiesRepo and one undo entry that can be redone (links have theirs in features/clauses).
 */
import { planEntityMerge } from '../../core/entities/mergeEntities';
import type { Entity } from '../../core/types';
import { db } from '../../db/database';
import {
  addEntity,
  deleteEntity,
  mergeEntities,
  restoreEntity,
  revertEntity,
  undoEntityMerge,
  updateEntity,
  type EntityChanges,
  type EntityMergeUndo,
  type EntityRemoval,
} from '../../db/entitiesRepo';
import type { UndoApi } from '../../ui/undo';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Stores a new entity; undo deletes it (with any link made since), redo puts all of it back. */
export async function createEntity(entity: Entity, undo: UndoApi): Promise<Entity> {
  const made = await addEntity(db(), entity);
  let removed: EntityRemoval | undefined;
  undo.push({
    label: `Added “${made.name}”.`,
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

/** Saves edits to an entity; undo restores it as it was. */
export async function editEntity(id: string, changes: EntityChanges, undo: UndoApi): Promise<void> {
  const before = await updateEntity(db(), id, changes);
  if (!before) throw new Error('This entity no longer exists (it was deleted or merged meanwhile).');
  undo.push({
    label: `Edited “${changes.name ?? before.name}”.`,
    undo: () => revertEntity(db(), before),
    redo: async () => {
      await updateEntity(db(), id, changes);
    },
  });
}

/** Deletes an entity and its links; undo restores both. Returns how many links went. */
export async function removeEntity(entity: Entity, undo: UndoApi): Promise<number> {
  let removed = await deleteEntity(db(), entity.id);
  if (!removed) return 0;
  const count = removed.links.length;
  undo.push({
    label: `Deleted “${entity.name}” and ${plural(count, 'link')}.`,
    undo: async () => {
      if (removed) await restoreEntity(db(), removed);
    },
    redo: async () => {
      removed = await deleteEntity(db(), entity.id);
    },
  });
  return count;
}

/** Merges `absorbed` into `kept` (every link kept); undo restores both and their links exactly. */
export async function mergeEntity(kept: Entity, absorbed: Entity, undo: UndoApi): Promise<void> {
  let image: EntityMergeUndo = (await mergeEntities(db(), kept.id, absorbed.id)).undo;
  undo.push({
    label: `Merged “${absorbed.name}” into “${kept.name}”.`,
    undo: () => undoEntityMerge(db(), image),
    redo: async () => {
      image = (await mergeEntities(db(), kept.id, absorbed.id)).undo;
    },
  });
}

/**
 * A new entity that turned out to be `existing` under another name: instead of a duplicate,
 * `existing` takes its names, description and identifier (as a merge would). Undo reverts it.
 */
export async function absorbNewEntity(existing: Entity, draft: Entity, undo: UndoApi): Promise<void> {
  const { entity } = planEntityMerge(existing, { ...draft, caseId: existing.caseId }, []);
  const changes: EntityChanges = { aliases: entity.aliases, description: entity.description, externalId: entity.externalId ?? '' };
  const before = await updateEntity(db(), existing.id, changes);
  if (!before) throw new Error(`“${existing.name}” no longer exists; nothing was merged.`);
  undo.push({
    label: `Merged “${draft.name}” into “${existing.name}”.`,
    undo: () => revertEntity(db(), before),
    redo: async () => {
      await updateEntity(db(), existing.id, changes);
    },
  });
}

/** Saves edits to `edited`, then merges `other` into it: one undo entry puts both back. */
export async function editAndMerge(edited: Entity, changes: EntityChanges, other: Entity, undo: UndoApi): Promise<void> {
  const before = await updateEntity(db(), edited.id, changes);
  if (!before) throw new Error('This entity no longer exists (it was deleted or merged meanwhile).');
  let image: EntityMergeUndo;
  try {
    image = (await mergeEntities(db(), edited.id, other.id)).undo;
  } catch (e) {
    await revertEntity(db(), before);
    throw e;
  }
  const name = changes.name ?? before.name;
  undo.push({
    label: `Edited “${name}” and merged “${other.name}” into it.`,
    undo: async () => {
      await undoEntityMerge(db(), image);
      await revertEntity(db(), before);
    },
    redo: async () => {
      await updateEntity(db(), edited.id, changes);
      image = (await mergeEntities(db(), edited.id, other.id)).undo;
    },
  });
}
