import { useEffect, useState } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentMetadata, type DocumentRecord } from '../../core/types';
import { DialogActions } from '../../ui/DialogActions';
import { Dialog } from '../../ui/Dialog';

interface MetadataDialogProps {
  document: DocumentRecord | null;
  onSave: (doc: DocumentRecord, metadata: DocumentMetadata) => Promise<void>;
  onClose: () => void;
}

const TEXT_FIELDS: { key: Exclude<keyof DocumentMetadata, 'kind'>; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'issuer', label: 'Issuer' },
  { key: 'date', label: 'Date', hint: 'yyyy-mm-dd, or text such as “before 2026-06-23”' },
  { key: 'citation', label: 'Citation' },
  { key: 'jurisdiction', label: 'Jurisdiction' },
];

/** Edits a document's descriptive metadata (proposed on import; the user has the last word). */
export function MetadataDialog({ document: doc, onSave, onClose }: MetadataDialogProps) {
  const [draft, setDraft] = useState<DocumentMetadata | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setError('');
    setDraft(
      doc ? { title: doc.title, kind: doc.kind, issuer: doc.issuer, date: doc.date, citation: doc.citation, jurisdiction: doc.jurisdiction } : null,
    );
  }, [doc]);

  return (
    <Dialog title="Edit document details" open={doc !== null} onClose={onClose} description={doc ? `File: ${doc.fileName}` : undefined}>
      {doc && draft && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!draft.title.trim()) {
              setError('A document needs a title: type one, or Cancel to keep the old one.');
              return;
            }
            await onSave(doc, { ...draft, title: draft.title.trim() });
          }}
        >
          {TEXT_FIELDS.map((f) => (
            <label key={f.key} className="field">
              {f.label}
              <input value={draft[f.key]} title={f.hint} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
            </label>
          ))}
          <label className="field">
            Kind
            <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as DocumentKind })}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DOCUMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <DialogActions onCancel={onClose} confirmLabel="Save details" />
        </form>
      )}
    </Dialog>
  );
}
