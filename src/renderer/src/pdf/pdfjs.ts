/**
 * The one place pdf.js is configured. Its worker, CMaps (CJK text), standard fonts and wasm
 * decoders are served by the app itself under ./pdfjs/ (see electron.vite.config.ts), never from
 * a network. PDF JavaScript never runs: no scripting is wired (pdf.js 6 dropped its eval path; the CSP forbids eval).
 */
import { PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

let sharedWorker: PDFWorker | undefined;

/**
 * One module worker shared by every document, so opening a document does not start a worker.
 * It is handed to getDocument explicitly: pdf.js then never destroys it with a document, so
 * closing one tab cannot pull the worker from under a document another tab is opening.
 */
function pdfWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) {
    // pdf.js types the port as null, but a Worker (anything with postMessage) is what it takes.
    const port = new Worker(workerUrl, { type: 'module', name: 'pdf.js' }) as unknown as null;
    sharedWorker = new PDFWorker({ port });
  }
  return sharedWorker;
}

function assetUrl(dir: string): string {
  return new URL(`./pdfjs/${dir}/`, document.baseURI).href;
}

/**
 * Loads a PDF from bytes. pdf.js transfers the buffer to its worker, so it gets a copy and the
 * caller's bytes stay usable (for hashing, storing, retrying with a password).
 */
export function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  const task = getDocument({
    worker: pdfWorker(),
    data: bytes.slice(),
    password,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    enableXfa: false,
    stopAtErrors: false,
    // We always hand pdf.js the whole file, so there are no ranges to fetch; what this flag still
    // does is stop PDFViewer from loading every page the moment page 1 is drawn (see remainingPages.ts).
    disableAutoFetch: true,
  });
  return task.promise;
}
