import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { getDocumentFile } from '../../db/documentsRepo';
import { classifyOpenError, describeInvalidPdf } from '../../pdf/openErrors';
import { loadPdf, type PDFDocumentProxy } from '../../pdf/pdfjs';
import { markDocumentOpen } from '../../pdf/viewerTiming';
import { forgetPassword, rememberPassword, sessionPassword } from './sessionPasswords';

export type OpenState =
  | { kind: 'loading' }
  | { kind: 'password'; retry: boolean }
  | { kind: 'locked' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; pdf: PDFDocumentProxy };

/** One opening of the document; a later one (or unmounting) makes an earlier one stale. */
interface Session {
  bytes: Uint8Array | null;
  pdf: PDFDocumentProxy | null;
  closed: boolean;
}

/**
 * Opens a stored document with pdf.js. Encrypted files are stored as given, so their password is
 * asked for again (once per session: see sessionPasswords.ts). The document is closed (its
 * loading task destroyed) when the reader unmounts.
 */
export function useOpenedPdf(doc: DocumentRecord): {
  state: OpenState;
  submitPassword(password: string): void;
  cancelPassword(): void;
  askPassword(): void;
} {
  const [state, setState] = useState<OpenState>({ kind: 'loading' });
  const current = useRef<Session | null>(null);
  // Renaming the document while it is open must not reopen it: read the title when needed.
  const title = useRef(doc.title);
  title.current = doc.title;

  const attempt = useCallback(
    async (session: Session, password: string | undefined, typed: boolean) => {
      if (!session.bytes) return;
      try {
        const pdf = await loadPdf(session.bytes, password);
        if (session.closed) return void pdf.loadingTask.destroy();
        session.pdf = pdf;
        if (password !== undefined) rememberPassword(doc.sha256, password);
        setState({ kind: 'ready', pdf });
      } catch (error) {
        if (session.closed) return;
        const failure = classifyOpenError(error);
        if (failure.kind === 'invalid')
          return setState({ kind: 'error', message: `Could not open “${title.current}”: ${describeInvalidPdf(failure.detail)}` });
        if (password !== undefined && !typed) forgetPassword(doc.sha256);
        setState({ kind: 'password', retry: typed && failure.kind === 'password-incorrect' });
      }
    },
    [doc.sha256],
  );

  useEffect(() => {
    const session: Session = { bytes: null, pdf: null, closed: false };
    current.current = session;
    setState({ kind: 'loading' });
    markDocumentOpen(doc.id);
    (async () => {
      const file = await getDocumentFile(db(), doc.sha256);
      if (!file) throw new Error('The stored PDF is missing. Delete the document and import the file again.');
      session.bytes = new Uint8Array(await file.bytes.arrayBuffer());
      await attempt(session, sessionPassword(doc.sha256), false);
    })().catch((e: unknown) => {
      if (!session.closed) setState({ kind: 'error', message: `Could not open “${title.current}”: ${e instanceof Error ? e.message : String(e)}` });
    });
    return () => {
      session.closed = true;
      // React runs this cleanup before the viewer's and the thumbnails' (parent before child), so
      // destroying now would leave them fetching pages of a dead document ("Transport destroyed").
      // pdf.js's own viewer closes in this order too: viewer first, then the loading task.
      const closing = session.pdf;
      if (closing) setTimeout(() => void closing.loadingTask.destroy(), 0);
      session.pdf = null;
      session.bytes = null;
    };
  }, [doc.id, doc.sha256, attempt]);

  return {
    state,
    submitPassword: (password) => {
      const session = current.current;
      if (!session) return;
      setState({ kind: 'loading' });
      void attempt(session, password, true);
    },
    cancelPassword: () => setState({ kind: 'locked' }),
    askPassword: () => setState({ kind: 'password', retry: false }),
  };
}
