import { useId, useState } from 'react';
import type { Case } from '../../core/types';
import { listCases } from '../../db/casesRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { Checklist } from '../../ui/Checklist';
import { Dialog } from '../../ui/Dialog';
import { bundleSummary, caseDocumentChoices, summaryText, type BundleDocumentChoice } from './bundleChoice';
import { reasonOf } from './exchangeFiles';
import { exportWorkspaceBundle } from './exportBundle';
import './exchange.css';

interface ExportBundleDialogProps {
  open: boolean;
  /** The case the workspace shows, preselected; undefined in "All cases", where the analyst must choose one. */
  currentCaseId: string | undefined;
  profile: string;
  onClose: () => void;
  /** Told what was saved, for a toast. */
  onDone: (message: string) => void;
}

/**
 * "Workspace bundle": which case, then all its documents or chosen ones, with a summary of what
 * the file will hold; "Export bundle" saves it and closes. The form mounts when the dialog opens,
 * so every opening starts from the current case.
 */
export function ExportBundleDialog({ open, currentCaseId, profile, onClose, onDone }: ExportBundleDialogProps) {
  return (
    <Dialog
      title="Workspace bundle"
      open={open}
      onClose={onClose}
      description="One .clausebench file with the PDFs and everything made on them, for a colleague to merge with Import bundle."
    >
      {open && <ExportBundleForm key={currentCaseId ?? 'all'} currentCaseId={currentCaseId} profile={profile} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

type Props = Omit<ExportBundleDialogProps, 'open'>;

function ExportBundleForm({ currentCaseId, profile, onClose, onDone }: Props) {
  const hintId = useId();
  const cases = useLiveQuery(async () => [...(await listCases(db()))].sort((a, b) => a.name.localeCompare(b.name)), []);
  const [caseId, setCaseId] = useState(currentCaseId ?? '');
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  // null until the analyst ticks something: every document of the case is chosen then.
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Tagged with the case they belong to, so a switch never shows the last case's documents.
  const loaded = useLiveQuery(async () => (caseId ? { caseId, documents: await caseDocumentChoices(db(), caseId) } : undefined), [caseId]);
  const documents: BundleDocumentChoice[] | undefined = loaded?.caseId === caseId ? loaded.documents : undefined;
  const bundleCase: Case | undefined = cases?.find((c) => c.id === caseId);
  const chosen = ticked ?? new Set(documents?.map((d) => d.id));
  const summary = documents && bundleSummary(documents, scope === 'all' ? 'all' : chosen);

  const hint = !bundleCase
    ? 'Choose the case to export.'
    : !documents
      ? 'Reading the documents…'
      : scope === 'chosen' && documents.length === 0
        ? `There are no documents in “${bundleCase.name}”: export all of the case instead.`
        : scope === 'chosen' && summary?.documents === 0
          ? 'Choose at least one document.'
          : undefined;
  const ready = hint === undefined && !busy;

  const save = async () => {
    if (!ready || !bundleCase || !documents) return;
    setBusy(true);
    setError(null);
    try {
      const ids = scope === 'chosen' ? documents.filter((d) => chosen.has(d.id)).map((d) => d.id) : undefined;
      onDone(await exportWorkspaceBundle(bundleCase, profile, ids));
      onClose();
    } catch (e) {
      setError(`The workspace bundle of “${bundleCase.name}” failed: ${reasonOf(e)} Nothing was written; try again.`);
      setBusy(false);
    }
  };

  return (
    <form
      className="export-bundle-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        Case
        <select
          value={caseId}
          required
          onChange={(e) => {
            setCaseId(e.target.value);
            setTicked(null);
          }}
        >
          {!currentCaseId && (
            <option value="" disabled>
              Choose a case…
            </option>
          )}
          {cases?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Documents</legend>
        <label className="check">
          <input type="radio" name="bundle-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All documents of the case
        </label>
        <label className="check">
          <input type="radio" name="bundle-scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} /> Chosen documents
        </label>
        {scope === 'chosen' && documents && documents.length > 0 && (
          <>
            <Checklist
              label="Documents to export"
              items={documents.map((d) => ({
                id: d.id,
                label: d.title,
                detail: `${d.kind} · ${d.clauseCount} clause${d.clauseCount === 1 ? '' : 's'}`,
              }))}
              chosen={chosen}
              onChange={setTicked}
            />
            <p className="hint">Comparisons travel only with all documents of the case; entities travel when a chosen clause links to them.</p>
          </>
        )}
      </fieldset>
      {summary && bundleCase && (
        <p className="export-bundle-summary" aria-live="polite">
          {summaryText(summary)}
        </p>
      )}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!ready} aria-describedby={hint ? hintId : undefined}>
          {busy ? 'Exporting…' : 'Export bundle'}
        </button>
      </div>
    </form>
  );
}
