import { useState, type DragEvent } from 'react';
import type { DocumentMetadata, DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { deleteDocument, restoreDocument, updateDocumentMetadata } from '../../db/documentsRepo';
import { readFiles } from '../../platform/host';
import { useUndo } from '../../ui/undo';
import { DocumentsTable } from './DocumentsTable';
import { ImportPanel } from './ImportPanel';
import { MetadataDialog } from './MetadataDialog';
import { PasswordDialog } from './PasswordDialog';
import type { ImportState } from './useImport';

interface LibraryViewProps {
  documents: DocumentRecord[];
  /** The case documents are deleted from; undefined in "All cases" (delete from the library). */
  caseId: string | undefined;
  caseName: string;
  importer: ImportState;
  onImportClick: () => void;
  onOpen: (doc: DocumentRecord) => void;
}

export function LibraryView({ documents, caseId, caseName, importer, onImportClick, onOpen }: LibraryViewProps) {
  const [editing, setEditing] = useState<DocumentRecord | null>(null);
  const [dragging, setDragging] = useState(false);
  const undo = useUndo();

  const onDelete = async (doc: DocumentRecord) => {
    const deleted = await deleteDocument(db(), doc.id, caseId);
    if (!deleted) return;
    const where = deleted.removed ? 'the library' : `“${caseName}”`;
    undo.push({ label: `Deleted “${doc.title}” from ${where}.`, undo: () => restoreDocument(db(), deleted) });
  };

  const onSave = async (doc: DocumentRecord, metadata: DocumentMetadata) => {
    const before: DocumentMetadata = {
      title: doc.title,
      kind: doc.kind,
      issuer: doc.issuer,
      date: doc.date,
      citation: doc.citation,
      jurisdiction: doc.jurisdiction,
    };
    await updateDocumentMetadata(db(), doc.id, metadata);
    setEditing(null);
    undo.push({ label: `Edited the details of “${metadata.title}”.`, undo: () => updateDocumentMetadata(db(), doc.id, before) });
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) await importer.start(await readFiles(files));
  };

  return (
    <section
      className={`library${dragging ? ' dragging' : ''}`}
      aria-label="Library"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <div className="library-toolbar">
        <h1>Library</h1>
        <button type="button" className="primary" onClick={onImportClick} disabled={importer.progress !== null}>
          Import PDFs
        </button>
        <span className="hint">or drop PDF files here</span>
      </div>
      <ImportPanel progress={importer.progress} outcomes={importer.outcomes} onCancel={importer.cancel} onDismiss={importer.clearOutcomes} />
      <DocumentsTable documents={documents} onOpen={onOpen} onEdit={setEditing} onDelete={(d) => void onDelete(d)} />
      <MetadataDialog document={editing} onSave={onSave} onClose={() => setEditing(null)} />
      <PasswordDialog request={importer.passwordRequest} />
    </section>
  );
}
