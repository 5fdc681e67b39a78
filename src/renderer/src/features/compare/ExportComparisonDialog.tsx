import { useState } from 'react';
import { MAX_PRINT_HTML_CHARS } from '../../../../shared/hostApi';
import type { Case, Comparison } from '../../core/types';
import { listCases } from '../../db/casesRepo';
import { listComparisons } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { host, saveFile } from '../../platform/host';
import { Dialog } from '../../ui/Dialog';
import { comparisonBriefHtml, COMPARISON_FORMAT_LABELS, makeComparisonFile, type ComparisonExportFormat } from './exportComparison';
import { comparisonFileName } from '../../core/compare/comparisonOutput';
import { loadComparison } from './loadComparison';

interface ExportComparisonDialogProps {
  /** The format the Export menu item asked for; null while closed. */
  format: ComparisonExportFormat | null;
  /** The workspace's case; undefined in "All cases" (the dialog then asks which case). */
  caseId: string | undefined;
  onClose: () => void;
  /** Told what was saved (or why nothing was), for a toast. */
  onDone: (message: string) => void;
}

const FORMATS: ComparisonExportFormat[] = ['csv', 'md', 'html'];

/**
 * "Export comparison": which comparison of the case (the first preselected), in which format, then
 * saved as one file; in Electron the brief can also be printed to PDF. Comparisons belong to one
 * case, so in "All cases" the case is chosen first.
 */
export function ExportComparisonDialog({ format, caseId, onClose, onDone }: ExportComparisonDialogProps) {
  return (
    <Dialog
      title="Export comparison"
      open={format !== null}
      onClose={onClose}
      description="A comparison’s matrix, details and quoted evidence with citations."
    >
      {format && (
        <ExportComparisonForm key={`${caseId ?? 'all'}:${format}`} initialFormat={format} caseId={caseId} onClose={onClose} onDone={onDone} />
      )}
    </Dialog>
  );
}

function ExportComparisonForm({
  initialFormat,
  caseId,
  onClose,
  onDone,
}: Omit<ExportComparisonDialogProps, 'format'> & { initialFormat: ComparisonExportFormat }) {
  const cases = useLiveQuery(() => listCases(db()), [], undefined);
  const [chosenCase, setChosenCase] = useState<string>(caseId ?? '');
  const comparisons = useLiveQuery(() => (chosenCase ? listComparisons(db(), chosenCase) : Promise.resolve([])), [chosenCase], undefined);
  const [picked, setPicked] = useState<string | null>(null);
  const [format, setFormat] = useState<ComparisonExportFormat>(initialFormat);
  const [busy, setBusy] = useState(false);
  const caseName = cases?.find((c) => c.id === chosenCase)?.name ?? '';
  // The first comparison is preselected until the user picks one (and again if that one goes away).
  const comparison = comparisons?.find((c) => c.id === picked) ?? comparisons?.[0];
  const canPrint = host().kind === 'electron' && typeof host().printToPdf === 'function';

  const run = async (action: 'save' | 'pdf') => {
    if (!comparison || busy) return;
    setBusy(true);
    try {
      const model = await loadComparison(comparison.id);
      if (!model) {
        onDone(`The comparison “${comparison.title}” no longer exists. Nothing was saved.`);
        return;
      }
      if (action === 'save') {
        const file = makeComparisonFile(model, caseName, format);
        saveFile(file.name, file.mimeType, file.text);
        onDone(`Saved the comparison “${comparison.title}” as ${file.name}.`);
        onClose();
        return;
      }
      const name = comparisonFileName(caseName, comparison.title, 'pdf');
      const html = comparisonBriefHtml(model, caseName);
      if (html.length > MAX_PRINT_HTML_CHARS) {
        onDone(`The brief of “${comparison.title}” is too large to print to PDF here; save it as HTML and print it from a browser.`);
        return;
      }
      const saved = await host().printToPdf!(html, name);
      if (saved) {
        onDone(`Printed the comparison brief of “${comparison.title}” to PDF.`);
        onClose();
      }
    } catch (e) {
      onDone(
        `The comparison “${comparison.title}” could not be exported: ${e instanceof Error ? e.message : String(e)}. Nothing was saved; try again.`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="export-comparison-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run('save');
      }}
    >
      {caseId === undefined && <CasePicker cases={cases} value={chosenCase} onChange={setChosenCase} />}
      {chosenCase && <ComparisonPicker comparisons={comparisons} value={comparison?.id ?? ''} caseName={caseName} onChange={setPicked} />}
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f} className="check">
            <input type="radio" name="comparison-format" checked={format === f} onChange={() => setFormat(f)} /> {COMPARISON_FORMAT_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {canPrint && (
          <button type="button" disabled={!comparison || busy} onClick={() => void run('pdf')}>
            Print to PDF
          </button>
        )}
        <button type="submit" className="primary" disabled={!comparison || busy}>
          Save
        </button>
      </div>
    </form>
  );
}

function CasePicker({ cases, value, onChange }: { cases: Case[] | undefined; value: string; onChange(id: string): void }) {
  return (
    <label className="field">
      From case
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={!cases}>
        <option value="">Choose a case…</option>
        {cases?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function ComparisonPicker({
  comparisons,
  value,
  caseName,
  onChange,
}: {
  comparisons: Comparison[] | undefined;
  value: string;
  caseName: string;
  onChange(id: string): void;
}) {
  if (!comparisons) return <p className="loading">Reading the comparisons…</p>;
  if (comparisons.length === 0) {
    return (
      <p className="hint" role="status">
        There is no comparison in this case{caseName ? ` (“${caseName}”)` : ''} yet: make one in the Compare view first.
      </p>
    );
  }
  return (
    <label className="field">
      Comparison
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {comparisons.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title || 'Untitled comparison'}
          </option>
        ))}
      </select>
    </label>
  );
}
