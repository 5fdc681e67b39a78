import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import type { ReaderScope } from './readerScope';
import type { RevealRequest } from './revealRequest';
import { sanitiseViewState, type ViewStateRecord } from '../../core/viewState';
import { db } from '../../db/database';
import { getViewState } from '../../db/viewStateRepo';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import { PasswordDialog } from '../../ui/PasswordDialog';
import { ReaderView } from './ReaderView';
import { usePageLabels } from './usePageLabels';
import { useOpenedPdf } from './useOpenedPdf';

/** Opens one document (asking for its password when it is encrypted) and shows its reader. */
export function DocumentReader({
  document: doc,
  scope,
  onClose,
  reveal,
}: {
  document: DocumentRecord;
  scope: ReaderScope;
  onClose(): void;
  reveal?: RevealRequest;
}) {
  const opened = useOpenedPdf(doc);
  const [stored, setStored] = useState<ViewStateRecord | undefined | null>(null);
  useEffect(() => {
    let cancelled = false;
    getViewState(db(), doc.id).then(
      (s) => !cancelled && setStored(s),
      () => !cancelled && setStored(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [doc.id]);

  const { state } = opened;
  if (state.kind === 'ready' && stored !== null) {
    return <LoadedReader doc={doc} pdf={state.pdf} stored={stored} scope={scope} onClose={onClose} reveal={reveal} />;
  }
  return (
    <section className="reader" aria-label="Document viewer">
      <div className="reader-toolbar">
        <button type="button" onClick={onClose}>
          Back to library
        </button>
        <h1 className="reader-title">{doc.title || doc.fileName}</h1>
      </div>
      <div className="reader-message">
        {state.kind === 'error' ? (
          <p role="alert" className="error">
            {state.message}
          </p>
        ) : state.kind === 'locked' ? (
          <p>
            “{doc.fileName}” is encrypted; it opens with its password.{' '}
            <button type="button" onClick={opened.askPassword}>
              Enter password
            </button>
          </p>
        ) : (
          <p role="status" className="loading">
            Opening “{doc.title || doc.fileName}”…
          </p>
        )}
      </div>
      <PasswordDialog
        purpose="read it"
        open={state.kind === 'password'}
        fileName={doc.fileName}
        retry={state.kind === 'password' && state.retry}
        onSubmit={opened.submitPassword}
        onCancel={opened.cancelPassword}
      />
    </section>
  );
}

function LoadedReader({
  doc,
  pdf,
  stored,
  scope,
  onClose,
  reveal,
}: {
  doc: DocumentRecord;
  pdf: PDFDocumentProxy;
  stored: ViewStateRecord | undefined;
  scope: ReaderScope;
  onClose(): void;
  reveal?: RevealRequest;
}) {
  const labels = usePageLabels(doc.id, pdf);
  const [initial] = useState(() => sanitiseViewState(stored, pdf.numPages));
  return (
    <ReaderView
      doc={doc}
      pdf={pdf}
      labels={labels}
      initial={initial}
      onClose={onClose}
      caseId={scope.caseId}
      cases={scope.cases}
      profile={scope.profile}
      onNewVersion={() => scope.onNewVersion(doc)}
      reveal={reveal?.documentId === doc.id ? reveal : undefined}
    />
  );
}
