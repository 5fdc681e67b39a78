/**
 * "Use as evidence": from the reader, cite one clause in a comparison cell of the clause's case —
 * pick the comparison, the regime (column) and the question (row), see what the cell says now,
 * and add the clause to its evidence (with undo). The last target is remembered for the session,
 * since an analyst often files several clauses under the same cell in a row.
 */
import { useState } from 'react';
import { clauseTypeLabel } from '../../core/clauseTypes';
import type { Clause, Dimension } from '../../core/types';
import { getComparisonParts, listComparisons } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useUndo } from '../../ui/undo';
import { addEvidenceUndoably } from './evidenceActions';
import './evidence.css';

export interface UseAsEvidenceDialogProps {
  /** The clause to cite; the dialog is open while it is set. */
  clause: Clause | null;
  /** What the reader shows of it (clean quote, citation), to say which clause this is. */
  quote?: string;
  citation?: string;
  profile: string;
  onClose(): void;
}

/** The cell chosen last time, per case. */
const remembered = new Map<string, { comparisonId: string; regimeId: string; dimensionId: string }>();

export function UseAsEvidenceDialog({ clause, quote, citation, profile, onClose }: UseAsEvidenceDialogProps) {
  return (
    <Dialog title="Use as evidence" open={clause !== null} onClose={onClose}>
      {clause && <Body clause={clause} quote={quote} citation={citation} profile={profile} onClose={onClose} />}
    </Dialog>
  );
}

function Body({ clause, quote, citation, profile, onClose }: UseAsEvidenceDialogProps & { clause: Clause }) {
  const undo = useUndo();
  const last = remembered.get(clause.caseId);
  const [comparisonId, setComparisonId] = useState(last?.comparisonId ?? '');
  const [regimeId, setRegimeId] = useState(last?.regimeId ?? '');
  const [dimensionId, setDimensionId] = useState(last?.dimensionId ?? '');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const comparisons = useLiveQuery(() => listComparisons(db(), clause.caseId), [clause.caseId]);
  const comparison = comparisons?.find((c) => c.id === comparisonId) ?? comparisons?.[0];
  const loaded = useLiveQuery(() => (comparison ? getComparisonParts(db(), comparison.id) : undefined), [comparison?.id]);
  // A result for the comparison chosen before is not this one's.
  const parts = loaded?.comparison.id === comparison?.id ? loaded : undefined;
  const regime = parts?.regimes.find((r) => r.id === regimeId) ?? parts?.regimes[0];
  const dimension = parts?.dimensions.find((d) => d.id === dimensionId) ?? parts?.dimensions[0];
  const cell = regime && dimension ? parts?.cells.find((c) => c.regimeId === regime.id && c.dimensionId === dimension.id) : undefined;
  const already = cell?.evidenceClauseIds.includes(clause.id) ?? false;
  const name = clause.label || clauseTypeLabel(clause.type);

  const add = async () => {
    if (!comparison || !regime || !dimension) return;
    setProblem('');
    setBusy(true);
    try {
      const target = { caseId: clause.caseId, comparisonId: comparison.id, regimeId: regime.id, dimensionId: dimension.id };
      const result = await addEvidenceUndoably(target, clause.id, profile, `Added as evidence for ${regime.name} — ${dimension.question}`, undo);
      if (result === 'already-there') return setProblem('This clause is already evidence for that cell.');
      remembered.set(clause.caseId, { comparisonId: comparison.id, regimeId: regime.id, dimensionId: dimension.id });
      onClose();
    } catch (e) {
      setProblem(`Not added: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const clauseCard = (
    <div className="use-evidence-clause">
      <strong>{name}</strong>
      {citation && <span className="hint"> · {citation}</span>}
      {quote && <div>“{quote.length > 200 ? `${quote.slice(0, 200).trimEnd()}…` : quote}”</div>}
    </div>
  );

  if (!comparisons) return <p role="status">Reading the case’s comparisons…</p>;
  if (comparisons.length === 0 || !comparison)
    return (
      <>
        {clauseCard}
        <p role="status">
          This case has no comparison yet. Make one in the Compare view (Workspace navigation, “Compare”), then cite this clause in its cells.
        </p>
        <DialogActions cancelLabel="Close" onCancel={onClose} focusCancel />
      </>
    );

  const empty = parts && (parts.regimes.length === 0 || parts.dimensions.length === 0);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      {clauseCard}
      <label className="field">
        Comparison
        <select value={comparison.id} onChange={(e) => setComparisonId(e.target.value)}>
          {comparisons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      {!parts ? (
        <p role="status">Reading the comparison…</p>
      ) : empty ? (
        <p role="status">
          “{comparison.title}” has no {parts.regimes.length === 0 ? 'regimes' : 'questions'} yet: add them in the Compare view first.
        </p>
      ) : (
        <>
          <label className="field">
            Regime
            <select value={regime?.id} onChange={(e) => setRegimeId(e.target.value)}>
              {parts.regimes.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Question
            <select value={dimension?.id} onChange={(e) => setDimensionId(e.target.value)}>
              {byGroup(parts.dimensions).map(([group, dims]) => (
                <optgroup key={group} label={group || 'Other questions'}>
                  {dims.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.question}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <section className="use-evidence-target" aria-label="Current cell">
            <dl>
              <dt>Short answer</dt>
              <dd>
                {cell?.answer.trim() ? cell.answer : <span className="hint">{cell ? 'None yet' : 'No cell yet: adding evidence makes one'}</span>}
              </dd>
              <dt>Evidence</dt>
              <dd>{evidenceCount(cell?.evidenceClauseIds.length ?? 0)}</dd>
            </dl>
            {already && (
              <p role="status" className="hint">
                This clause is already evidence for this cell.
              </p>
            )}
          </section>
        </>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!parts || empty || already || busy}>
          Add evidence
        </button>
      </div>
    </form>
  );
}

function evidenceCount(n: number): string {
  return n === 0 ? 'No clauses yet' : `${n} clause${n === 1 ? '' : 's'}`;
}

/** Dimensions by group, groups in the order their first question comes. */
function byGroup(dimensions: readonly Dimension[]): [string, Dimension[]][] {
  const groups = new Map<string, Dimension[]>();
  for (const d of dimensions) groups.set(d.group, [...(groups.get(d.group) ?? []), d]);
  return [...groups.entries()];
}
