/**
 * pdf.js draws the next page ahead as soon as the visible ones have their canvas, while the
 * first page's text layer is still being extracted; both want the worker. Until `ready()`, only
 * visible pages are drawn (pdf.js's rendering queue, asked which view comes next, hears "none"
 * for a page out of view).
 */
import type { PDFViewer } from './viewerLib';

export function holdPreRenderingUntil(viewer: PDFViewer, ready: () => boolean): void {
  type Visible = { views: { view: unknown }[] };
  const queue = viewer.renderingQueue as unknown as { getHighestPriority(visible: Visible, ...rest: unknown[]): unknown };
  const next = queue.getHighestPriority.bind(queue);
  queue.getHighestPriority = (visible, ...rest) => {
    const view = next(visible, ...rest);
    return ready() || !view || visible.views.some((v) => v.view === view) ? view : null;
  };
}
