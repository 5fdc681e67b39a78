/**
 * The entity list's dialogs (new/edit, delete, merge) and what their confirmations do, shared by
 * the table and the entity page so both act the same way, with the same undo entries.
 */
import { useState, type ReactNode } from 'react';
import type { Entity } from '../../core/types';
import { useUndo } from '../../ui/undo';
import { DeleteEntityDialog } from './DeleteEntityDialog';
import { EntityDialog, type EntityDialogState } from './EntityDialog';
import { mergeEntity, removeEntity } from './entityActions';
import { MergeEntitiesDialog } from './MergeEntitiesDialog';

interface EntityDialogsOptions {
  /** Every entity the view lists (a dialog narrows them to its entity's case). */
  entities: readonly Entity[];
  linkCounts: ReadonlyMap<string, number>;
  profile: string;
  /** After a delete: the page of a deleted entity closes. */
  onDeleted(entity: Entity): void;
  /** After a merge, or a new entity merged into an existing one: show the survivor. */
  onMerged(keptId: string): void;
}

export interface EntityDialogs {
  openNew(caseId: string): void;
  openEdit(entity: Entity): void;
  openDelete(entity: Entity): void;
  openMerge(entity: Entity): void;
  elements: ReactNode;
}

export function useEntityDialogs({ entities, linkCounts, profile, onDeleted, onMerged }: EntityDialogsOptions): EntityDialogs {
  const undo = useUndo();
  const [editing, setEditing] = useState<EntityDialogState | null>(null);
  const [deleting, setDeleting] = useState<Entity | null>(null);
  const [merging, setMerging] = useState<Entity | null>(null);
  const failed = (what: string) => (e: unknown) => undo.notify(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  const dialogCase = editing?.mode === 'new' ? editing.caseId : editing?.entity.caseId;

  const elements = (
    <>
      <EntityDialog
        state={editing}
        entities={entities.filter((e) => e.caseId === dialogCase)}
        profile={profile}
        onClose={() => setEditing(null)}
        onDone={(id) => {
          // A new entity that was merged into an existing one: show where its names went.
          if (editing?.mode === 'new' && entities.some((e) => e.id === id)) onMerged(id);
        }}
      />
      <DeleteEntityDialog
        entity={deleting}
        onClose={() => setDeleting(null)}
        onConfirm={(entity) => {
          setDeleting(null);
          void removeEntity(entity, undo).then(() => onDeleted(entity), failed(`“${entity.name}” was not deleted`));
        }}
      />
      <MergeEntitiesDialog
        entity={merging}
        entities={entities}
        linkCounts={linkCounts}
        onClose={() => setMerging(null)}
        onConfirm={(kept, absorbed) => {
          setMerging(null);
          void mergeEntity(kept, absorbed, undo).then(() => onMerged(kept.id), failed('The entities were not merged'));
        }}
      />
    </>
  );

  return {
    openNew: (caseId) => setEditing({ mode: 'new', caseId }),
    openEdit: (entity) => setEditing({ mode: 'edit', entity }),
    openDelete: setDeleting,
    openMerge: setMerging,
    elements,
  };
}
