/**
 * "Delete entity": says how many links to clauses go with it, counted live, so the number is the
 * one that will be deleted. Nothing dangles: the links go in the same transaction (undo restores).
 */
import type { Entity } from '../../core/types';
import { db } from '../../db/database';
import { linksOfEntity } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

interface DeleteEntityDialogProps {
  entity: Entity | null;
  onConfirm(entity: Entity): void;
  onClose(): void;
}

export function DeleteEntityDialog({ entity, onConfirm, onClose }: DeleteEntityDialogProps) {
  const counted = useLiveQuery(
    async () => (entity ? { id: entity.id, count: (await linksOfEntity(db(), entity.id)).length } : undefined),
    [entity?.id],
  );
  // A live query answers with its previous result until the new one is read: never another entity's count.
  const count = entity && counted?.id === entity.id ? counted.count : undefined;
  const links =
    count === 0
      ? 'It has no links to clauses.'
      : `${count === undefined ? 'Its links' : `Its ${count} link${count === 1 ? '' : 's'}`} to clauses will be deleted with it.`;
  return (
    <Dialog title="Delete entity" open={entity !== null} onClose={onClose}>
      {entity && (
        <>
          <p>
            Delete “{entity.name}”? {links} The clauses themselves stay.
          </p>
          <DialogActions onCancel={onClose} confirmLabel="Delete" onConfirm={() => onConfirm(entity)} focusCancel />
        </>
      )}
    </Dialog>
  );
}
