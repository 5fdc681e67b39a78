/**
 * "New entity" / "Edit entity": name, type, aliases, description and external identifier. A name
 * or alias another entity of the case already answers to is not saved silently: the dialog asks
 * whether the two are one (merge) or merely share a name (save anyway).
 */
import { useEffect, useState } from 'react';
import { ENTITY_TYPES } from '../../core/entities/entityKinds';
import { findNameClash, type NameClash } from '../../core/entities/entityNames';
import { externalIdProblem } from '../../core/entities/externalId';
import { newId, stamp } from '../../core/ids';
import type { Entity, EntityType } from '../../core/types';
import type { EntityChanges } from '../../db/entitiesRepo';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useUndo } from '../../ui/undo';
import { absorbNewEntity, createEntity, editAndMerge, editEntity } from './entityActions';
import { ChoiceField } from '../../ui/ChoiceField';

export type EntityDialogState = { mode: 'new'; caseId: string } | { mode: 'edit'; entity: Entity };

interface EntityDialogProps {
  state: EntityDialogState | null;
  /** The entities of the dialog's case (to find a name another one already has). */
  entities: readonly Entity[];
  profile: string;
  onClose(): void;
  /** After a save or a merge: the entity now holding what was typed. */
  onDone?(entityId: string): void;
}

interface Form {
  name: string;
  type: EntityType;
  aliases: string;
  description: string;
  externalId: string;
}

const EMPTY: Form = { name: '', type: 'organisation', aliases: '', description: '', externalId: '' };

function formOf(entity: Entity): Form {
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.join('\n'),
    description: entity.description,
    externalId: entity.externalId ?? '',
  };
}

function changesOf(form: Form): EntityChanges {
  return {
    name: form.name.trim(),
    type: form.type,
    aliases: form.aliases.split('\n'),
    description: form.description.trim(),
    externalId: form.externalId.trim(),
  };
}

export function EntityDialog({ state, entities, profile, onClose, onDone }: EntityDialogProps) {
  const undo = useUndo();
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState('');
  const [clash, setClash] = useState<NameClash | null>(null);
  useEffect(() => {
    setForm(state?.mode === 'edit' ? formOf(state.entity) : EMPTY);
    setError('');
    setClash(null);
  }, [state]);

  const update = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setClash(null); // the question was about the names as they were
  };

  const run = async (action: () => Promise<string>) => {
    try {
      onDone?.(await action());
      onClose();
    } catch (e) {
      setClash(null);
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const save = async (allowClash: boolean) => {
    if (!state) return;
    const changes = changesOf(form);
    if (!changes.name) return setError('Give the entity a name.');
    const idProblem = externalIdProblem(form.externalId);
    if (idProblem) return setError(`External identifier: ${idProblem}`);
    setError('');
    const editing = state.mode === 'edit' ? state.entity : undefined;
    const found = findNameClash(entities, [changes.name, ...(changes.aliases ?? [])], editing?.id);
    if (found && !allowClash) return setClash(found);
    if (editing) await run(async () => (await editEntity(editing.id, changes, undo), editing.id));
    else await run(async () => (await createEntity(draftEntity(), undo)).id);
  };

  const draftEntity = (): Entity => {
    const changes = changesOf(form);
    const entity: Entity = {
      id: newId(),
      caseId: state?.mode === 'new' ? state.caseId : '',
      name: changes.name!,
      type: form.type,
      aliases: changes.aliases!,
      description: changes.description!,
      ...stamp(profile),
    };
    if (changes.externalId) entity.externalId = changes.externalId;
    return entity;
  };

  const merge = async () => {
    if (!state || !clash) return;
    const other = clash.entity;
    if (state.mode === 'new') await run(async () => (await absorbNewEntity(other, draftEntity(), undo), other.id));
    else await run(async () => (await editAndMerge(state.entity, changesOf(form), other, undo), state.entity.id));
  };

  const isNew = state?.mode === 'new';
  return (
    <Dialog title={isNew ? 'New entity' : 'Edit entity'} open={state !== null} onClose={onClose}>
      <form
        className="entity-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
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
        <label className="field">
          Description
          <textarea rows={3} value={form.description} onChange={(e) => update({ description: e.target.value })} />
        </label>
        <label className="field">
          External identifier
          <input
            value={form.externalId}
            onChange={(e) => update({ externalId: e.target.value })}
            placeholder="https://www.wikidata.org/wiki/Q… or urn:…"
            spellCheck={false}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {clash ? (
          <div role="alert" className="entity-clash">
            <p>
              “{clash.entity.name}” already answers to “{clash.name}”.{' '}
              {isNew
                ? `Merge this into “${clash.entity.name}”? It takes these names and this description; no second entity is made.`
                : `Merge “${clash.entity.name}” into this entity? Its names, description and links move here and “${clash.entity.name}” is removed.`}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setClash(null)}>
                Back
              </button>
              <button type="button" onClick={() => void save(true)}>
                {isNew ? 'Create anyway' : 'Save anyway'}
              </button>
              <button type="button" className="primary" onClick={() => void merge()} autoFocus>
                Merge
              </button>
            </div>
          </div>
        ) : (
          <DialogActions onCancel={onClose} confirmLabel={isNew ? 'Create entity' : 'Save entity'} />
        )}
      </form>
    </Dialog>
  );
}
