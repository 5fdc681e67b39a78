/**
 * Clause against clause (issue 7/7, part 4): "Compare two clauses" opens a dialog where the
 * analyst picks any two clauses of the case — say the order's definition of who is covered and
 * the EAR note on 734.13(b) — and reads them side by side with a word-level diff.
 */
import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ClauseDiffPicker } from './ClauseDiffPicker';
import { ClauseDiffView } from './ClauseDiffView';
import { useCaseEvidence } from './evidenceClauses';
import './clauseDiff.css';
import './evidence.css';

export function ClauseDiffButton({ caseId }: { caseId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Read two clauses of this case side by side with their word-level differences">
        Compare two clauses
      </button>
      <ClauseDiffDialog caseId={caseId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

export function ClauseDiffDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  return (
    <Dialog title="Compare two clauses" open={open} onClose={onClose}>
      <DiffBody caseId={caseId} onClose={onClose} />
    </Dialog>
  );
}

function DiffBody({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const entries = useCaseEvidence(caseId, true);
  const [firstId, setFirstId] = useState('');
  const [secondId, setSecondId] = useState('');
  const first = entries?.find((e) => e.item.clause.id === firstId);
  const second = entries?.find((e) => e.item.clause.id === secondId);

  return (
    <div className="clause-diff-dialog">
      {!entries ? (
        <p role="status">Reading the case’s clauses…</p>
      ) : entries.length < 2 ? (
        <p role="status">This case needs at least two clauses to compare: mark them in a document’s reader first.</p>
      ) : (
        <>
          <div className="clause-diff-pickers">
            <ClauseDiffPicker label="First clause" entries={entries} value={firstId} onChange={setFirstId} />
            <button
              type="button"
              className="clause-diff-swap"
              onClick={() => {
                setFirstId(secondId);
                setSecondId(firstId);
              }}
              disabled={!firstId && !secondId}
              aria-label="Swap the two clauses"
              title="Swap the two clauses"
            >
              ⇄
            </button>
            <ClauseDiffPicker label="Second clause" entries={entries} value={secondId} onChange={setSecondId} />
          </div>
          {first && second ? (
            <ClauseDiffView first={first.item} second={second.item} />
          ) : (
            <p className="hint">Choose two clauses to read them side by side.</p>
          )}
        </>
      )}
      <DialogActions cancelLabel="Close" onCancel={onClose} />
    </div>
  );
}
