/**
 * Page thumbnails for the reader's sidebar (pdf_viewer ships none). Each is drawn small on a
 * canvas, kept as a PNG blob URL (a few kB instead of a live canvas per page), at most two at a
 * time so they never crowd out the main view. The sidebar asks only for thumbnails it shows.
 */
import type { PDFDocumentProxy } from './pdfjs';

const CONCURRENCY = 2;

interface Job {
  pageNumber: number;
  resolve(url: string): void;
  reject(reason: unknown): void;
}

export class ThumbnailRenderer {
  readonly #pdf: PDFDocumentProxy;
  readonly #width: number;
  readonly #urls = new Map<number, Promise<string>>();
  readonly #queue: Job[] = [];
  #running = 0;
  #destroyed = false;
  readonly #rotation: number;

  /** `rotation`: the reader's rotation in degrees, added to each page's own /Rotate as pdf.js's viewer does. */
  constructor(pdf: PDFDocumentProxy, cssWidth: number, rotation = 0) {
    this.#pdf = pdf;
    this.#width = cssWidth;
    this.#rotation = rotation;
  }

  /** A blob URL of the page's thumbnail; rejects with the reason when the page cannot be drawn. */
  request(pageNumber: number): Promise<string> {
    let url = this.#urls.get(pageNumber);
    if (!url) {
      url = new Promise<string>((resolve, reject) => this.#queue.push({ pageNumber, resolve, reject }));
      this.#urls.set(pageNumber, url);
      this.#pump();
    }
    return url;
  }

  /** Drops a page that scrolled away before its turn came. */
  forget(pageNumber: number): void {
    const i = this.#queue.findIndex((j) => j.pageNumber === pageNumber);
    if (i < 0) return;
    this.#queue.splice(i, 1)[0]?.reject(new DOMException('Thumbnail no longer needed', 'AbortError'));
    this.#urls.delete(pageNumber);
  }

  destroy(): void {
    this.#destroyed = true;
    for (const job of this.#queue.splice(0)) job.reject(new DOMException('Viewer closed', 'AbortError'));
    for (const url of this.#urls.values()) url.then(URL.revokeObjectURL, () => undefined);
    this.#urls.clear();
  }

  #pump(): void {
    while (this.#running < CONCURRENCY && this.#queue.length > 0) {
      const job = this.#queue.shift() as Job;
      this.#running++;
      this.#draw(job.pageNumber)
        .then((url) => {
          if (this.#destroyed) URL.revokeObjectURL(url);
          job.resolve(url);
        }, job.reject)
        .finally(() => {
          this.#running--;
          this.#pump();
        });
    }
  }

  async #draw(pageNumber: number): Promise<string> {
    const page = await this.#pdf.getPage(pageNumber);
    const rotation = (page.rotate + this.#rotation) % 360;
    const base = page.getViewport({ scale: 1, rotation });
    const ratio = Math.min(globalThis.devicePixelRatio || 1, 2);
    const viewport = page.getViewport({ scale: (this.#width / base.width) * ratio, rotation });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, annotationMode: 0 }).promise;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = canvas.height = 0; // free the bitmap now rather than at the next GC
    if (!blob) throw new Error('The thumbnail could not be encoded.');
    return URL.createObjectURL(blob);
  }
}
