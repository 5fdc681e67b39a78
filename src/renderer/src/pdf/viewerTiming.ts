/**
 * Performance marks for `npm run bench`: the time from opening a document (the reader starts
 * reading its bytes) to its first page painted with its text layer. The bench reads them with
 *   performance.getEntriesByName(OPEN_TO_FIRST_PAGE, 'measure')
 * whose `detail.documentKey` says which document; DocumentViewer's onFirstPageReady callback
 * reports the same figure to the app.
 */
export const OPEN_MARK = 'clausebench:document-open';
export const FIRST_PAGE_MARK = 'clausebench:first-page-ready';
export const OPEN_TO_FIRST_PAGE = 'clausebench:open-to-first-page';

const opened = new Map<string, number>();

/** Call when the user opens a document, before its bytes are read. */
export function markDocumentOpen(documentKey: string): void {
  opened.set(documentKey, performance.mark(OPEN_MARK, { detail: { documentKey } }).startTime);
}

/** Records the first page with its text layer; returns ms since markDocumentOpen (undefined without one). */
export function markFirstPageReady(documentKey: string): number | undefined {
  const end = performance.mark(FIRST_PAGE_MARK, { detail: { documentKey } }).startTime;
  const start = opened.get(documentKey);
  opened.delete(documentKey);
  if (start === undefined) return undefined;
  performance.measure(OPEN_TO_FIRST_PAGE, { start, end, detail: { documentKey } });
  return end - start;
}
