/**
 * Loads pdf.js's viewer components (pdf_viewer.mjs) and their stylesheet. The viewer module reads
 * pdf.js from globalThis.pdfjsLib when it is evaluated, which pdf.mjs sets as it loads: the static
 * import below guarantees that order, and the dynamic import keeps the viewer out of the first
 * chunk. The stylesheet goes through Vite (a <link> to a file), so the strict CSP holds.
 */
import 'pdfjs-dist/web/pdf_viewer.css';
import { version } from 'pdfjs-dist';

export type ViewerLib = typeof import('pdfjs-dist/web/pdf_viewer.mjs');
export type { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

let lib: Promise<ViewerLib> | undefined;

export function loadViewerLib(): Promise<ViewerLib> {
  lib ??= import('pdfjs-dist/web/pdf_viewer.mjs').then((mod) => {
    // The viewer throws on a version mismatch itself; this keeps `version` referenced (and pdf.mjs loaded first).
    if (!version) throw new Error('pdf.js did not load');
    return mod;
  });
  return lib;
}
