/**
 * The one place pdf.js is configured. Its worker, CMaps (CJK text), standard fonts and wasm
 * decoders are served by the app itself under ./pdfjs/ (see electron.vite.config.ts), never from
 * a network. PDF JavaScript never runs: no scripting is wired (pdf.js 6 dropped its eval path; the CSP forbids eval).
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

let workerStarted = false;

/** One module worker shared by every document, so opening a document does not start a worker. */
function ensureWorker(): void {
  if (workerStarted) return;
  GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  workerStarted = true;
}

function assetUrl(dir: string): string {
  return new URL(`./pdfjs/${dir}/`, document.baseURI).href;
}

/**
 * Loads a PDF from bytes. pdf.js transfers the buffer to its worker, so it gets a copy and the
 * caller's bytes stay usable (for hashing, storing, retrying with a password).
 */
export function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  ensureWorker();
  const task = getDocument({
    data: bytes.slice(),
    password,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    enableXfa: false,
    stopAtErrors: false,
  });
  return task.promise;
}
