/** Opening a PDF in the app's DocumentViewer on the bench page, and the page-1 geometry both sides share (see ../benchEntry.ts). */
import { loadPdf, type PDFDocumentProxy } from '../pdf/pdfjs';
import { DocumentViewer } from '../pdf/viewer';
import { OPEN_TO_FIRST_PAGE, markDocumentOpen } from '../pdf/viewerTiming';

/** Page 1 as drawn: CSS scale (the viewer's zoom, 1 = 100 %), device pixels per CSS pixel, canvas size. */
export interface PageGeometry {
  scale: number;
  outputScale: number;
  canvasWidth: number;
  canvasHeight: number;
  cssWidth: number;
  cssHeight: number;
}

export interface FirstPage extends PageGeometry {
  /** Open (bytes in hand) to page 1 painted with its text layer; for raw, to its canvas render. */
  ms: number;
  /** The same end, plus the next frame the browser paints after it. */
  framePaintedMs: number;
  textSpans: number;
  /** Cumulative ms from open at each step (ours: only when asked for, as watching the DOM costs a little). */
  stagesMs?: Record<string, number>;
}

export interface RawFirstPage extends FirstPage {
  /** Raw with pdf.js's TextLayer rendered after the canvas, as the viewer does. */
  withTextLayerMs: number;
  withTextLayerFramePaintedMs: number;
}

const FIRST_PAGE_TIMEOUT_MS = 60_000;
/** pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS: a viewer scale of 1 shows a PDF point as 96/72 CSS px (benchEntry may not import pdfjs-dist). */
export const PDF_TO_CSS_UNITS = 96 / 72;
let openSerial = 0;

/** A positioned, sized element filling the bench page's viewport, as the reader's host is in the app. */
export function benchHost(): HTMLDivElement {
  const host = document.createElement('div');
  Object.assign(host.style, { position: 'fixed', inset: '0', background: '#e6e8ec', zIndex: '1' });
  document.body.append(host);
  return host;
}

/** Resolves after the browser has painted the next frame (rAF runs before the paint, a task queued from it after). */
export function nextFramePainted(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
}

export function withTimeout<T>(promise: Promise<T>, what: string, ms = FIRST_PAGE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function geometryOf(canvas: HTMLCanvasElement, scale: number): PageGeometry {
  const rect = canvas.getBoundingClientRect();
  return {
    scale,
    outputScale: window.devicePixelRatio || 1,
    canvasWidth: canvas.width,
    canvasHeight: canvas.height,
    cssWidth: Math.round(rect.width * 100) / 100,
    cssHeight: Math.round(rect.height * 100) / 100,
  };
}

/** The page element pdf.js made for page `n` inside `root`. */
export function pageDiv(root: HTMLElement, n: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.page[data-page-number="${n}"]`);
}

/** Page `n` has its canvas drawn (pdf.js drops "loadingIcon" when the render finishes) and its text layer rendered. */
export function pageRendered(root: HTMLElement, n: number): boolean {
  const div = pageDiv(root, n);
  return Boolean(div && !div.classList.contains('loadingIcon') && div.querySelector('canvas') && div.querySelector('.textLayer .endOfContent'));
}

/** Opens `bytes` in the app's DocumentViewer; resolves once page 1 is painted with its text layer. */
export async function openViewer(bytes: Uint8Array, host: HTMLElement, stages = false): Promise<{ pdf: PDFDocumentProxy; viewer: DocumentViewer; first: FirstPage }> {
  const key = `bench-open-${Date.now()}-${++openSerial}`;
  let firstPageReady: (msSinceOpen: number | undefined) => void = () => {};
  const ready = new Promise<number | undefined>((resolve) => (firstPageReady = resolve));
  const failed: string[] = [];
  let pdf: PDFDocumentProxy | undefined;
  let viewer: DocumentViewer | undefined;
  try {
    // As useOpenedPdf + useDocumentViewer do it: mark, load, create the viewer, open.
    markDocumentOpen(key);
    const t0 = performance.now();
    const at: Record<string, number> = {};
    let watch: MutationObserver | undefined;
    if (stages) {
      // Diagnostic runs only: when pdf.js lays out the page boxes, starts page 1's canvas render
      // (adds "loadingIcon") and finishes it (drops "loadingIcon", canvas in place).
      watch = new MutationObserver(() => {
        const div = pageDiv(host, 1);
        if (!div) return;
        const now = performance.now() - t0;
        at.pagesLaidOut ??= now;
        if (div.classList.contains('loadingIcon')) at.canvasStarted ??= now;
        else if (at.canvasStarted !== undefined && div.querySelector('canvas')) at.canvasDone ??= now;
      });
      watch.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    }
    pdf = await loadPdf(bytes);
    at.loaded = performance.now() - t0;
    viewer = await DocumentViewer.create(host, {
      onFirstPageReady: ({ msSinceOpen }) => firstPageReady(msSinceOpen),
      onPageError: (page, reason) => failed.push(`page ${page}: ${reason}`),
    });
    at.viewerCreated = performance.now() - t0;
    viewer.open(pdf, { documentKey: key });
    at.openCalled = performance.now() - t0;
    const msSinceOpen = await withTimeout(ready, 'the viewer\'s first page');
    at.textLayerDone = performance.now() - t0;
    watch?.disconnect();
    const framePaintedAt = await nextFramePainted();
    const measure = performance.getEntriesByName(OPEN_TO_FIRST_PAGE, 'measure').find((m) => (m as PerformanceMeasure).detail?.documentKey === key);
    if (!measure || msSinceOpen === undefined) throw new Error(`no ${OPEN_TO_FIRST_PAGE} measure for ${key}`);
    if (failed.length) throw new Error(`the viewer could not draw ${failed.join('; ')}`);
    const div = pageDiv(viewer.container, 1);
    const canvas = div?.querySelector('canvas');
    if (!div || !canvas) throw new Error('page 1 has no canvas after its first-page event');
    performance.clearMeasures(OPEN_TO_FIRST_PAGE);
    performance.clearMarks();
    return {
      pdf,
      viewer,
      first: {
        ms: measure.duration,
        framePaintedMs: framePaintedAt - measure.startTime,
        textSpans: div.querySelectorAll('.textLayer span').length,
        ...geometryOf(canvas, viewer.scale),
        ...(stages ? { stagesMs: at } : {}),
      },
    };
  } catch (error) {
    viewer?.destroy();
    await pdf?.loadingTask.destroy();
    throw error;
  }
}

/** Ours: the reader's DocumentViewer from bytes in hand to page 1 painted with its text layer, then closed. */
export async function viewerFirstPage(bytes: Uint8Array, stages = false): Promise<FirstPage> {
  const host = benchHost();
  try {
    const { pdf, viewer, first } = await openViewer(bytes, host, stages);
    viewer.destroy();
    await pdf.loadingTask.destroy();
    return first;
  } finally {
    host.remove();
  }
}

