import { useEffect, useState } from 'react';
import type { BriefGrouping } from '../../core/caseBrief';
import { saveFile } from '../../platform/host';
import { Checklist } from '../../ui/Checklist';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { gatherBriefSource, makeBriefFile, type BriefFormat, type BriefSource } from './gatherBrief';

interface CaseBriefDialogProps {
  /** The format the Export menu item asked for; null while closed. */
  format: BriefFormat | null;
  caseId: string | undefined;
  caseName: string;
  onClose: () => void;
  /** Told what was saved (or why nothing was), for a toast. */
  onDone: (message: string) => void;
}

/**
 * "Case brief": grouping, format and the documents to include (all by default), then the brief
 * is saved as one file. The clauses are gathered when the dialog opens.
 */
export function CaseBriefDialog({ format, caseId, caseName, onClose, onDone }: CaseBriefDialogProps) {
  return (
    <Dialog
      title="Case brief"
      open={format !== null}
      onClose={onClose}
      description={`Exact quotes with pinpoint citations from the clauses of “${caseName}”.`}
    >
      {format && (
        <CaseBriefForm
          key={`${caseId ?? 'all'}:${format}`}
          initialFormat={format}
          caseId={caseId}
          caseName={caseName}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}

function CaseBriefForm({ initialFormat, caseId, caseName, onClose, onDone }: Omit<CaseBriefDialogProps, 'format'> & { initialFormat: BriefFormat }) {
  const [source, setSource] = useState<BriefSource | 'loading' | { error: string }>('loading');
  const [grouping, setGrouping] = useState<BriefGrouping>('type');
  const [format, setFormat] = useState<BriefFormat>(initialFormat);
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  useEffect(() => {
    let live = true;
    gatherBriefSource(caseId, caseName)
      .then((s) => {
        if (!live) return;
        setSource(s);
        setChosen(new Set(s.documents.map((d) => d.id)));
      })
      .catch((e: unknown) => live && setSource({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [caseId, caseName]);

  const ready = typeof source === 'object' && !('error' in source) ? source : undefined;
  const save = () => {
    if (!ready || chosen.size === 0) return;
    try {
      const ids = ready.documents.filter((d) => chosen.has(d.id)).map((d) => d.id);
      const file = makeBriefFile(ready, { grouping, format, documentIds: ids });
      saveFile(file.name, file.mimeType, file.text);
      onDone(
        `Saved the case brief of “${caseName}” (${file.clauseCount} clause${file.clauseCount === 1 ? '' : 's'} from ${file.documentCount} document${file.documentCount === 1 ? '' : 's'}) as ${file.name}.`,
      );
      onClose();
    } catch (e) {
      onDone(`The case brief could not be made: ${e instanceof Error ? e.message : String(e)}. Nothing was saved; try again.`);
    }
  };

  return (
    <form
      className="case-brief-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>Group clauses</legend>
        <label className="check">
          <input type="radio" name="grouping" checked={grouping === 'type'} onChange={() => setGrouping('type')} /> By clause type
        </label>
        <label className="check">
          <input type="radio" name="grouping" checked={grouping === 'document'} onChange={() => setGrouping('document')} /> By document
        </label>
      </fieldset>
      <fieldset>
        <legend>Format</legend>
        <label className="check">
          <input type="radio" name="format" checked={format === 'html'} onChange={() => setFormat('html')} /> HTML (one file, prints well)
        </label>
        <label className="check">
          <input type="radio" name="format" checked={format === 'md'} onChange={() => setFormat('md')} /> Markdown
        </label>
      </fieldset>
      <fieldset>
        <legend>Documents</legend>
        {source === 'loading' && <p className="loading">Gathering the clauses…</p>}
        {typeof source === 'object' && 'error' in source && (
          <p role="alert" className="error">
            The clauses of “{caseName}” could not be read: {source.error}. Close this dialog and try again.
          </p>
        )}
        {ready && ready.documents.length === 0 && <p className="hint">There are no clauses in “{caseName}” yet: mark some in the reader first.</p>}
        {ready && (
          <Checklist
            label="Documents"
            items={ready.documents.map((d) => ({
              id: d.id,
              label: d.title || d.fileName,
              detail: `${d.clauseCount} clause${d.clauseCount === 1 ? '' : 's'}`,
            }))}
            chosen={chosen}
            onChange={setChosen}
          />
        )}
      </fieldset>
      {ready && ready.documents.length > 0 && chosen.size === 0 && <p className="hint">Choose at least one document.</p>}
      <DialogActions onCancel={onClose} confirmLabel="Save brief" />
    </form>
  );
}
