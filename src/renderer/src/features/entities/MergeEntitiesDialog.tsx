/**
 * "Merge entities": pick the other entity (same case), choose which of the two survives, and see
 * what happens to the other before confirming. The merge itself keeps every link
 * (core/entities/mergeEntities.ts); Undo restores both entities exactly.
 */
import { useEffect, useState } from 'react';
import { entityTypeLabel } from '../../core/entities/entityKinds';
import type { Entity } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

interface MergeEntitiesDialogProps {
  /** The entity the user started from; null when closed. */
  entity: Entity | null;
  /** Every entity of the case (the other is picked among them). */
  entities: readonly Entity[];
  linkCounts: ReadonlyMap<string, number>;
  onConfirm(kept: Entity, absorbed: Entity): void;
  onClose(): void;
}

function links(n: number): string {
  return `${n} link${n === 1 ? '' : 's'}`;
}

export function MergeEntitiesDialog({ entity, entities, linkCounts, onConfirm, onClose }: MergeEntitiesDialogProps) {
  const [otherId, setOtherId] = useState('');
  const [keepStarting, setKeepStarting] = useState(true);
  const [error, setError] = useState('');
  useEffect(() => {
    setOtherId('');
    setKeepStarting(true);
    setError('');
  }, [entity]);
  const candidates = entity ? entities.filter((e) => e.caseId === entity.caseId && e.id !== entity.id) : [];
  const other = candidates.find((e) => e.id === otherId);
  const [kept, absorbed] = entity && other ? (keepStarting ? [entity, other] : [other, entity]) : [undefined, undefined];

  return (
    <Dialog
      title="Merge entities"
      open={entity !== null}
      onClose={onClose}
      description={entity ? `Merge “${entity.name}” with another entity of its case.` : undefined}
    >
      {entity && (
        <form
          className="entity-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!kept || !absorbed) return setError('Choose the entity to merge with.');
            onConfirm(kept, absorbed);
          }}
        >
          {candidates.length === 0 ? (
            <p className="hint">This case has no other entity to merge with.</p>
          ) : (
            <label className="field">
              Merge with
              <select value={otherId} onChange={(e) => setOtherId(e.target.value)} autoFocus>
                <option value="">Choose an entity…</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({entityTypeLabel(c.type)}, {links(linkCounts.get(c.id) ?? 0)})
                  </option>
                ))}
              </select>
            </label>
          )}
          {other && (
            <fieldset>
              <legend>Which entity survives</legend>
              {[entity, other].map((e) => (
                <label key={e.id} className="check">
                  <input
                    type="radio"
                    name="entity-merge-keep"
                    checked={keepStarting === (e === entity)}
                    onChange={() => setKeepStarting(e === entity)}
                  />
                  Keep “{e.name}”
                </label>
              ))}
            </fieldset>
          )}
          {kept && absorbed && (
            <p className="entity-merge-summary">
              “{kept.name}” survives and takes the name “{absorbed.name}” as an alias, with its other names, description and{' '}
              {links(linkCounts.get(absorbed.id) ?? 0)}; “{absorbed.name}” is removed. No link is lost: a link to the same clause in the same role
              becomes one, its notes joined.
            </p>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <DialogActions onCancel={onClose} confirmLabel="Merge" />
        </form>
      )}
    </Dialog>
  );
}
