/** The reader's JS heap after page 1 and after every page of a long document (see ../benchEntry.ts). */
import { type PDFDocumentProxy } from '../pdf/pdfjs';
import { DocumentViewer } from '../pdf/viewer';
import { benchHost, openViewer, pageRendered, withTimeout, type FirstPage } from './viewerHarness';

// Three steps, so the bench can read the pdf.js worker's heap (over CDP) between them:
// memoryOpen (page 1 painted, heap read), memoryScroll (every page in turn, heap read), memoryClose.

interface MemoryInfo {
  usedJSHeapSize: number;
}

/** Chromium's main-thread JS heap, after a full gc when window.gc exists (--js-flags=--expose-gc). */
async function heapNow(collect = true): Promise<number> {
  const gc = (window as { gc?: () => void }).gc;
  if (collect && gc) {
    // Two passes with a task between: pdf.js and DOM wrappers free through finalizers and weak maps.
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
  }
  const memory = (performance as { memory?: MemoryInfo }).memory;
  if (!memory) throw new Error('performance.memory is missing (Chromium only; launch with --enable-precise-memory-info)');
  return memory.usedJSHeapSize;
}

function waitForPage(root: HTMLElement, n: number): Promise<void> {
  if (pageRendered(root, n)) return Promise.resolve();
  let observer: MutationObserver | undefined;
  return withTimeout(
    new Promise<void>((resolve) => {
      observer = new MutationObserver(() => {
        if (pageRendered(root, n)) resolve();
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    }),
    `page ${n} to render`,
  ).finally(() => observer?.disconnect());
}

let reading: { host: HTMLElement; pdf: PDFDocumentProxy; viewer: DocumentViewer } | undefined;

/** Opens `bytes` in the DocumentViewer and reads the heap (after gc) once page 1 is painted with its text layer. */
export async function memoryOpen(bytes: Uint8Array): Promise<{ gcAvailable: boolean; heapAfterFirstPage: number; pages: number; firstPage: FirstPage }> {
  if (reading) throw new Error('memoryOpen: a document is already open; call memoryClose first');
  const host = benchHost();
  let opened: Awaited<ReturnType<typeof openViewer>>;
  try {
    opened = await openViewer(bytes, host);
  } catch (error) {
    host.remove();
    throw error;
  }
  reading = { host, pdf: opened.pdf, viewer: opened.viewer };
  return {
    gcAvailable: typeof (window as { gc?: unknown }).gc === 'function',
    heapAfterFirstPage: await heapNow(),
    pages: opened.viewer.pageCount,
    firstPage: opened.first,
  };
}

/**
 * Goes to every page of the open document in turn, as scrolling through it does, waiting for each
 * to be drawn with its text layer; then reads the heap (after gc). The peak is read without gc
 * every 25 pages.
 */
export async function memoryScroll(): Promise<{ heapAfterAllPages: number; heapPeakWhileScrolling: number; scrollMs: number; pagesRendered: number }> {
  if (!reading) throw new Error('memoryScroll: call memoryOpen first');
  const { viewer } = reading;
  const t0 = performance.now();
  let peak = 0;
  let rendered = 0;
  for (let n = 1; n <= viewer.pageCount; n++) {
    viewer.goToPage(n);
    await waitForPage(viewer.container, n);
    rendered++;
    if (n % 25 === 0) peak = Math.max(peak, await heapNow(false));
  }
  const scrollMs = performance.now() - t0;
  return { heapAfterAllPages: await heapNow(), heapPeakWhileScrolling: peak, scrollMs, pagesRendered: rendered };
}

/** Closes what memoryOpen opened. */
export async function memoryClose(): Promise<void> {
  const open = reading;
  reading = undefined;
  if (!open) return;
  open.viewer.destroy();
  await open.pdf.loadingTask.destroy();
  open.host.remove();
}

