/**
 * "Edit cell": a cell's short answer, Markdown detail, the analyst's "Disputed" mark and its
 * evidence (remove, or attach through the evidence picker). Save writes it with undo; Cancel or
 * Escape leaves the cell as it was. The status it will have is shown as the evidence changes.
 */
import { useState, type FormEvent } from 'react';
import { deriveCellStatus } from '../../core/compare/cellStatus';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { SOURCE_KIND_LABELS } from '../../core/compare/sourceKind';
import type { Cell, Dimension, Regime } from '../../core/types';
import { useLiveQuery } from '../../db/live';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useUndo } from '../../ui/undo';
import { saveCell, type CellDraft } from './cellActions';
import { StatusBadge } from './cellBits';
import { EvidencePicker } from './EvidencePicker';
import { loadEvidence } from './loadComparison';

export interface CellEditorTarget {
  regime: Regime;
  dimension: Dimension;
  cell: Cell | undefined;
}

function draftOf(cell: Cell | undefined): CellDraft {
  return {
    answer: cell?.answer ?? '',
    detail: cell?.detail ?? '',
    evidenceClauseIds: [...(cell?.evidenceClauseIds ?? [])],
    disputed: cell?.status === 'disputed',
  };
}

export function CellEditor({
  model,
  target,
  profile,
  onClose,
}: {
  model: ComparisonModel;
  target: CellEditorTarget | null;
  profile: string;
  onClose(): void;
}) {
  const undo = useUndo();
  const [draft, setDraft] = useState<CellDraft>(() => draftOf(target?.cell));
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState('');
  // A new target resets the draft during render, not in an effect that would race the first keystrokes.
  const [draftFor, setDraftFor] = useState(target);
  if (draftFor !== target) {
    setDraftFor(target);
    setDraft(draftOf(target?.cell));
    setError('');
    setPicking(false);
  }
  const caseId = model.comparison.caseId;
  const evidence = useLiveQuery(() => loadEvidence(caseId, draft.evidenceClauseIds), [caseId, draft.evidenceClauseIds.join(' ')]);
  const items = draft.evidenceClauseIds.map((id) => ({ id, item: evidence?.get(id) }));
  const status = evidence
    ? deriveCellStatus(
        { status: draft.disputed ? 'disputed' : 'sourced' },
        items.map((i) => i.item),
      )
    : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    const { regime, dimension, cell } = target;
    try {
      await saveCell(
        { caseId, comparisonId: model.comparison.id, regimeId: regime.id, dimensionId: dimension.id },
        cell,
        draft,
        `Edited the cell “${regime.name}” × “${dimension.question}”.`,
        profile,
        undo,
      );
      onClose();
    } catch (err) {
      setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  // The picker is the editor's sibling, not its child: a dialog's cancel (Escape) event reaches the
  // handlers of React ancestors, and would close the editor with the picker.
  return (
    <>
      <Dialog
        title="Edit cell"
        open={target !== null}
        onClose={onClose}
        description={target ? `${target.regime.name} — ${target.dimension.question}` : undefined}
      >
        <form className="compare-form cell-editor" onSubmit={(e) => void submit(e)}>
          <label className="field">
            Short answer
            <input
              value={draft.answer}
              onChange={(e) => {
                const answer = e.target.value;
                setDraft((d) => ({ ...d, answer }));
              }}
              autoFocus
              placeholder="Yes / No / Nationality…"
            />
          </label>
          <label className="field">
            Detail
            <textarea
              rows={5}
              value={draft.detail}
              onChange={(e) => {
                const detail = e.target.value;
                setDraft((d) => ({ ...d, detail }));
              }}
              placeholder="Markdown: the reasoning, caveats, pinpoints…"
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.disputed}
              onChange={(e) => {
                const disputed = e.target.checked;
                setDraft((d) => ({ ...d, disputed }));
              }}
            />
            Disputed
          </label>
          <fieldset className="evidence-fieldset">
            <legend>Evidence</legend>
            {items.length === 0 ? (
              <p className="hint">No evidence: the answer will show as unsourced.</p>
            ) : (
              <ul className="evidence-edit-list" aria-label="Evidence">
                {items.map(({ id, item }) => (
                  <li key={id}>
                    <div className="evidence-edit-text">
                      <strong>{item ? item.citation : 'A clause that no longer exists'}</strong>
                      {item && <span className={`matrix-source-kind ${item.sourceKind}`}>{SOURCE_KIND_LABELS[item.sourceKind]}</span>}
                      {item?.anchorStatus === 'orphaned' && <span className="matrix-source-kind orphaned">Orphaned</span>}
                      {item && <q className="matrix-quote">{item.quote}</q>}
                    </div>
                    <button
                      type="button"
                      aria-label={`Remove ${item ? item.citation : 'the missing clause'}`}
                      onClick={() => setDraft((d) => ({ ...d, evidenceClauseIds: d.evidenceClauseIds.filter((x) => x !== id) }))}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" onClick={() => setPicking(true)}>
              Attach evidence…
            </button>
          </fieldset>
          {status && (
            <p className="cell-editor-status">
              Status when saved: <StatusBadge status={status} />
            </p>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <DialogActions onCancel={onClose} confirmLabel="Save" />
        </form>
      </Dialog>
      <EvidencePicker
        caseId={caseId}
        open={picking}
        selected={draft.evidenceClauseIds}
        onClose={() => setPicking(false)}
        onDone={(clauseIds) => {
          setDraft((d) => ({ ...d, evidenceClauseIds: clauseIds }));
          setPicking(false);
        }}
      />
    </>
  );
}
