/** Draws one page into a canvas at a CSS width, sharp on high-DPI screens. Returns a cancel function. */
import type { PDFDocumentProxy } from './pdfjs';

export interface RenderedPage {
  cancel(): void;
  done: Promise<void>;
}

export function renderPageToCanvas(pdf: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): RenderedPage {
  let cancelled = false;
  let cancelTask: (() => void) | undefined;
  const done = (async () => {
    const page = await pdf.getPage(pageNumber);
    if (cancelled) return;
    const base = page.getViewport({ scale: 1 });
    const scale = cssWidth / base.width;
    const ratio = globalThis.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    const task = page.render({ canvas, viewport });
    cancelTask = () => task.cancel();
    await task.promise;
  })();
  return {
    cancel() {
      cancelled = true;
      cancelTask?.();
    },
    done,
  };
}
