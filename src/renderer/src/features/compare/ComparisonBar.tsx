/**
 * The Compare view's top bar: the "Comparison" select listing the case's comparisons, and "New
 * comparison", "Rename comparison", "Delete comparison" (asks first; undo restores everything).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Comparison } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useUndo } from '../../ui/undo';
import { createComparison, editComparison, removeComparison } from './comparisonActions';
import { ConfirmDeleteDialog } from './PartDialogs';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface ComparisonBarProps {
  caseId: string;
  profile: string;
  comparisons: readonly Comparison[];
  chosen: Comparison | undefined;
  onChoose(id: string): void;
  /** Counts of what a delete takes with it, for the question before it. */
  chosenCounts: { regimes: number; dimensions: number; cells: number } | undefined;
  /** Tools at the bar's end (the clause-against-clause button). */
  tools?: ReactNode;
}

export function ComparisonBar({ caseId, profile, comparisons, chosen, onChoose, chosenCounts, tools }: ComparisonBarProps) {
  const undo = useUndo();
  const [titleDialog, setTitleDialog] = useState<'new' | 'rename' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const counts = chosenCounts ?? { regimes: 0, dimensions: 0, cells: 0 };
  return (
    <div className="compare-bar">
      <h1 className="compare-heading">Compare</h1>
      {comparisons.length > 0 && (
        <label className="field inline">
          Comparison
          <select value={chosen?.id ?? ''} onChange={(e) => onChoose(e.target.value)}>
            {comparisons.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => setTitleDialog('new')}>
        New comparison
      </button>
      <button type="button" onClick={() => setTitleDialog('rename')} disabled={!chosen}>
        Rename comparison
      </button>
      <button type="button" onClick={() => setDeleting(true)} disabled={!chosen}>
        Delete comparison
      </button>
      <span className="compare-bar-tools">{tools}</span>
      <TitleDialog
        mode={titleDialog}
        initial={titleDialog === 'rename' ? (chosen?.title ?? '') : ''}
        onClose={() => setTitleDialog(null)}
        onSave={async (title) => {
          if (titleDialog === 'new') onChoose((await createComparison(caseId, title, profile, undo)).id);
          else if (chosen) await editComparison(chosen.id, { title }, `Renamed the comparison “${chosen.title}” to “${title}”.`, undo);
        }}
      />
      <ConfirmDeleteDialog
        title="Delete comparison"
        open={deleting && chosen !== undefined}
        message={`Delete the comparison “${chosen?.title ?? ''}” with its ${plural(counts.regimes, 'regime')}, ${plural(counts.dimensions, 'question')} and ${plural(counts.cells, 'cell')}? The clauses cited stay; Undo brings it all back.`}
        onClose={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          if (chosen)
            void removeComparison(chosen, undo).catch((e: unknown) => undo.notify(`Not deleted: ${e instanceof Error ? e.message : String(e)}`));
        }}
      />
    </div>
  );
}

function TitleDialog({
  mode,
  initial,
  onClose,
  onSave,
}: {
  mode: 'new' | 'rename' | null;
  initial: string;
  onClose(): void;
  onSave(title: string): Promise<void>;
}) {
  return (
    <Dialog title={mode === 'new' ? 'New comparison' : 'Rename comparison'} open={mode !== null} onClose={onClose}>
      {mode && <TitleForm confirmLabel={mode === 'new' ? 'Create comparison' : 'Rename'} initial={initial} onClose={onClose} onSave={onSave} />}
    </Dialog>
  );
}

// Starts from `initial` when mounted (on opening): an effect filling it later would race typing.
function TitleForm({
  confirmLabel,
  initial,
  onClose,
  onSave,
}: {
  confirmLabel: string;
  initial: string;
  onClose(): void;
  onSave(title: string): Promise<void>;
}) {
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError('Give the comparison a title.');
    try {
      await onSave(title.trim());
      onClose();
    } catch (err) {
      setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <form className="compare-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus placeholder="Deemed exports, AI model weights…" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <DialogActions onCancel={onClose} confirmLabel={confirmLabel} />
    </form>
  );
}
