/**
 * "Accept suggestion": the suggested name, type and aliases, editable, then "Create entity".
 * Nothing is written until the analyst confirms. When the case already has an entity answering
 * to one of the names, the dialog says so and offers to add the names to it as aliases instead
 * (or to create a separate entity after all).
 */
import { useEffect, useState } from 'react';
import { ENTITY_TYPES, entityTypeLabel } from '../../core/entities/entityKinds';
import { cleanAliases, findNameClash, type NameClash } from '../../core/entities/entityNames';
import type { EntityCandidate } from '../../core/entities/suggestEntities';
import type { Entity, EntityType } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { AcceptedForm } from './suggestionActions';
import { ChoiceField } from '../../ui/ChoiceField';

interface SuggestionAcceptDialogProps {
  candidate: EntityCandidate | null;
  /** The case's entities, to find one that already has one of the names. */
  entities: readonly Entity[];
  onCancel(): void;
  /** Creates the entity (existing undefined) or adds the names to `existing`; throws to report a failure. */
  onAccept(form: AcceptedForm, existing: Entity | undefined): Promise<void>;
}

interface Form {
  name: string;
  type: EntityType;
  aliases: string;
}

export function SuggestionAcceptDialog({ candidate, entities, onCancel, onAccept }: SuggestionAcceptDialogProps) {
  const [form, setForm] = useState<Form>({ name: '', type: 'other', aliases: '' });
  const [clash, setClash] = useState<NameClash | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (candidate) setForm({ name: candidate.name, type: candidate.type, aliases: candidate.aliases.join('\n') });
    setClash(null);
    setError('');
  }, [candidate]);

  const update = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setClash(null);
  };
  const accepted = (): AcceptedForm => {
    const name = form.name.trim();
    return { name, type: form.type, aliases: cleanAliases(name, form.aliases.split('\n')) };
  };

  const submit = async (existing: Entity | undefined, allowClash: boolean) => {
    const result = accepted();
    if (!result.name) return setError('Give the entity a name.');
    const found = existing ? undefined : findNameClash(entities, [result.name, ...result.aliases]);
    if (found && !allowClash) return setClash(found);
    setBusy(true);
    try {
      await onAccept(result, existing);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      setClash(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Accept suggestion"
      open={candidate !== null}
      onClose={onCancel}
      description="Check the name and type; nothing is created until you confirm."
    >
      <form
        className="entity-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(undefined, false);
        }}
      >
        <label className="field">
          Name
          <input value={form.name} onChange={(e) => update({ name: e.target.value })} autoFocus />
        </label>
        <ChoiceField label="Type" value={form.type} options={ENTITY_TYPES} onChange={(type) => update({ type })} />
        <label className="field">
          Aliases
          <textarea rows={3} value={form.aliases} onChange={(e) => update({ aliases: e.target.value })} placeholder="One per line" />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {clash ? (
          <div role="alert" className="entity-clash">
            <p>
              This case already has “{clash.entity.name}” ({entityTypeLabel(clash.entity.type)}), which answers to “{clash.name}”. Add the names here
              to it as aliases instead of making a second entity?
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setClash(null)}>
                Back
              </button>
              <button type="button" disabled={busy} onClick={() => void submit(undefined, true)}>
                Create separate entity
              </button>
              <button type="button" className="primary" disabled={busy} onClick={() => void submit(clash.entity, true)} autoFocus>
                Add as alias of “{clash.entity.name}”
              </button>
            </div>
          </div>
        ) : (
          <DialogActions onCancel={onCancel} confirmLabel="Create entity" />
        )}
      </form>
    </Dialog>
  );
}
