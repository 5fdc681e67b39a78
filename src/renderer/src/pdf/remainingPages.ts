/**
 * Loads every page of an open document in the background, after its first page is on screen.
 *
 * pdf.js's PDFViewer does this itself as soon as page 1's canvas is drawn, which floods its
 * worker with hundreds of GetPage requests while page 1's text layer is still being extracted
 * (about 4 ms more to the first usable page of a 500-page document, A/B with `npm run bench`). The reader opens
 * documents with `disableAutoFetch` (see pdfjs.ts), which turns that off, and calls this once page
 * 1 has its text layer. Loading gives each page view its true size (pages of other sizes than
 * page 1 stop jumping on scroll) and tells which pages pdf.js cannot load at all.
 */
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs';

/** Pages asked for at once; the next batch waits for this one, so the worker stays responsive. */
const BATCH = 100;

export interface RemainingPagesTarget {
  /** Hands a loaded page to its page view, unless the view already has one. */
  setPage(pageNumber: number, page: PDFPageProxy): void;
  pageFailed(pageNumber: number, reason: unknown): void;
}

export async function loadRemainingPages(pdf: PDFDocumentProxy, target: RemainingPagesTarget, signal: AbortSignal): Promise<void> {
  for (let first = 1; first <= pdf.numPages; first += BATCH) {
    if (signal.aborted) return;
    const last = Math.min(first + BATCH - 1, pdf.numPages);
    const batch: Promise<void>[] = [];
    for (let n = first; n <= last; n++) {
      batch.push(
        pdf.getPage(n).then(
          (page) => {
            if (!signal.aborted) target.setPage(n, page);
          },
          (reason: unknown) => {
            if (!signal.aborted) target.pageFailed(n, reason);
          },
        ),
      );
    }
    await Promise.all(batch);
  }
}
