/**
 * "Add regime" / "Edit regime" (name, jurisdiction, status, instruments one per line) and
 * "Add question" / "Edit question" (the question and its group). Saving writes through
 * partActions with undo; errors stay in the dialog, with nothing lost.
 */
import { useId, useState, type FormEvent } from 'react';
import { newId, stamp } from '../../core/ids';
import type { Dimension, Regime } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useUndo } from '../../ui/undo';
import { addPart, editDimension, editRegime } from './partActions';

/** Which comparison a new part goes into, and the order after the last one. */
export interface PartTarget {
  caseId: string;
  comparisonId: string;
  nextOrder: number;
  profile: string;
}

function useSaver(onClose: () => void) {
  const [error, setError] = useState('');
  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      onClose();
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return { error, setError, run };
}

function ErrorLine({ error }: { error: string }) {
  return error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;
}

export type RegimeDialogState = { mode: 'new'; target: PartTarget } | { mode: 'edit'; regime: Regime };

export function RegimeDialog({ state, onClose }: { state: RegimeDialogState | null; onClose(): void }) {
  return (
    <Dialog title={state?.mode === 'new' ? 'Add regime' : 'Edit regime'} open={state !== null} onClose={onClose}>
      {state && <RegimeForm state={state} onClose={onClose} />}
    </Dialog>
  );
}

// The forms start from their state when mounted (the dialog mounts them on opening): an effect
// filling them afterwards would race the first keystrokes.
function RegimeForm({ state, onClose }: { state: RegimeDialogState; onClose(): void }) {
  const undo = useUndo();
  const [form, setForm] = useState(() => {
    const r = state.mode === 'edit' ? state.regime : undefined;
    return { name: r?.name ?? '', jurisdiction: r?.jurisdiction ?? '', status: r?.status ?? '', instruments: r?.instruments.join('\n') ?? '' };
  });
  const { error, setError, run } = useSaver(onClose);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = {
      name: form.name.trim(),
      jurisdiction: form.jurisdiction.trim(),
      status: form.status.trim(),
      instruments: form.instruments
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    if (!changes.name) return setError('Give the regime a name.');
    if (state.mode === 'edit') void run(() => editRegime(state.regime.id, changes, `Edited the regime “${changes.name}”.`, undo));
    else {
      const { target } = state;
      const regime: Regime = {
        id: newId(),
        caseId: target.caseId,
        comparisonId: target.comparisonId,
        order: target.nextOrder,
        ...changes,
        ...stamp(target.profile),
      };
      void run(() => addPart({ kind: 'regime', row: regime }, undo));
    }
  };

  const isNew = state.mode === 'new';
  return (
    <form className="compare-form" onSubmit={submit}>
      <label className="field">
        Name
        <input
          value={form.name}
          onChange={(e) => {
            const name = e.target.value;
            setForm((f) => ({ ...f, name }));
          }}
          autoFocus
          placeholder="EAR deemed-export rules"
        />
      </label>
      <label className="field">
        Jurisdiction
        <input
          value={form.jurisdiction}
          onChange={(e) => {
            const jurisdiction = e.target.value;
            setForm((f) => ({ ...f, jurisdiction }));
          }}
          placeholder="United States"
        />
      </label>
      <label className="field">
        Status
        <input
          value={form.status}
          onChange={(e) => {
            const status = e.target.value;
            setForm((f) => ({ ...f, status }));
          }}
          placeholder="In force, proposed, contested…"
        />
      </label>
      <label className="field">
        Instruments
        <textarea
          rows={3}
          value={form.instruments}
          onChange={(e) => {
            const instruments = e.target.value;
            setForm((f) => ({ ...f, instruments }));
          }}
          placeholder="One per line"
        />
      </label>
      <ErrorLine error={error} />
      <DialogActions onCancel={onClose} confirmLabel={isNew ? 'Add regime' : 'Save'} />
    </form>
  );
}

export type DimensionDialogState = { mode: 'new'; target: PartTarget; group: string } | { mode: 'edit'; dimension: Dimension };

export function DimensionDialog({ state, groups, onClose }: { state: DimensionDialogState | null; groups: readonly string[]; onClose(): void }) {
  return (
    <Dialog title={state?.mode === 'new' ? 'Add question' : 'Edit question'} open={state !== null} onClose={onClose}>
      {state && <DimensionForm state={state} groups={groups} onClose={onClose} />}
    </Dialog>
  );
}

function DimensionForm({ state, groups, onClose }: { state: DimensionDialogState; groups: readonly string[]; onClose(): void }) {
  const undo = useUndo();
  const listId = useId();
  const [form, setForm] = useState(() =>
    state.mode === 'edit' ? { question: state.dimension.question, group: state.dimension.group } : { question: '', group: state.group },
  );
  const { error, setError, run } = useSaver(onClose);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = { question: form.question.trim(), group: form.group.trim() };
    if (!changes.question) return setError('Write the question.');
    if (state.mode === 'edit') void run(() => editDimension(state.dimension.id, changes, `Edited the question “${changes.question}”.`, undo));
    else {
      const { target } = state;
      const dimension: Dimension = {
        id: newId(),
        caseId: target.caseId,
        comparisonId: target.comparisonId,
        order: target.nextOrder,
        ...changes,
        ...stamp(target.profile),
      };
      void run(() => addPart({ kind: 'dimension', row: dimension }, undo));
    }
  };

  const isNew = state.mode === 'new';
  return (
    <form className="compare-form" onSubmit={submit}>
      <label className="field">
        Question
        <input
          value={form.question}
          onChange={(e) => {
            const question = e.target.value;
            setForm((f) => ({ ...f, question }));
          }}
          autoFocus
          placeholder="What triggers control?"
        />
      </label>
      <label className="field">
        Group
        <input
          value={form.group}
          list={listId}
          onChange={(e) => {
            const group = e.target.value;
            setForm((f) => ({ ...f, group }));
          }}
          placeholder="Scope, Technology, Enforcement…"
        />
        <datalist id={listId}>
          {groups.filter(Boolean).map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </label>
      <ErrorLine error={error} />
      <DialogActions onCancel={onClose} confirmLabel={isNew ? 'Add question' : 'Save'} />
    </form>
  );
}

/** A yes/no question before a delete: says what goes with it. */
export function ConfirmDeleteDialog({
  title,
  message,
  open,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  open: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <p>{message}</p>
      <DialogActions onCancel={onClose} confirmLabel="Delete" onConfirm={onConfirm} focusCancel />
    </Dialog>
  );
}
