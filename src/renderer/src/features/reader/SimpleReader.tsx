import { useEffect, useRef, useState } from 'react';
import type { DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { loadPdf, type PDFDocumentProxy } from '../../pdf/pdfjs';
import { renderPageToCanvas } from '../../pdf/renderPage';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const BASE_WIDTH = 800;

/** A simple one-page-at-a-time pdf.js view (issue 2/7 replaces it with the full reader). */
export function SimpleReader({ document: doc, onClose }: { document: DocumentRecord; onClose: () => void }) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState('');
  const [page, setPage] = useState(1);
  const [pageField, setPageField] = useState('1');
  const [zoom, setZoom] = useState(2);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let loaded: PDFDocumentProxy | undefined;
    let cancelled = false;
    (async () => {
      const file = await db().files.get(doc.sha256);
      if (!file) throw new Error('The stored PDF is missing. Delete the document and import the file again.');
      // Encrypted files are stored as given; the reader needs the password again (2/7 remembers it per session).
      loaded = await loadPdf(new Uint8Array(await file.bytes.arrayBuffer()));
      if (cancelled) return void loaded.loadingTask.destroy();
      setPdf(loaded);
    })().catch((e: unknown) => setError(`Could not open “${doc.title}”: ${e instanceof Error ? e.message : String(e)}`));
    return () => {
      cancelled = true;
      void loaded?.loadingTask.destroy();
    };
  }, [doc.sha256, doc.title]);

  useEffect(() => {
    if (!pdf || !canvasRef.current) return;
    const render = renderPageToCanvas(pdf, page, canvasRef.current, BASE_WIDTH * (ZOOMS[zoom] ?? 1));
    render.done.catch(() => undefined);
    return () => render.cancel();
  }, [pdf, page, zoom]);

  const count = pdf?.numPages ?? doc.pageCount;
  const go = (n: number) => {
    const next = Math.max(1, Math.min(count, n));
    setPage(next);
    setPageField(String(next));
  };
  const status = doc.pageStatus[page - 1];

  return (
    <section className="reader" aria-label="Document viewer">
      <div className="reader-toolbar">
        <button type="button" onClick={onClose}>
          Back to library
        </button>
        <h1 className="reader-title">{doc.title}</h1>
        <button type="button" onClick={() => go(page - 1)} disabled={page <= 1}>
          Previous page
        </button>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            go(Number.parseInt(pageField, 10) || page);
          }}
        >
          <label className="field inline">
            Page
            <input value={pageField} onChange={(e) => setPageField(e.target.value)} size={4} inputMode="numeric" />
          </label>
          <span> of {count}</span>
        </form>
        <button type="button" onClick={() => go(page + 1)} disabled={page >= count}>
          Next page
        </button>
        <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
          Zoom out
        </button>
        <span>{Math.round((ZOOMS[zoom] ?? 1) * 100)}%</span>
        <button type="button" onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} disabled={zoom === ZOOMS.length - 1}>
          Zoom in
        </button>
        {status && status !== 'text' && <span className="badge">{status === 'no-text-layer' ? 'No text layer' : 'Text not extracted'}</span>}
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : (
        <div className="reader-canvas" data-page-number={page}>
          <canvas ref={canvasRef} role="img" aria-label={`Rendered page ${page} of ${count}`} />
        </div>
      )}
    </section>
  );
}
