/**
 * The scale pdf.js's PDFViewer would pick for a zoom setting, computed before it lays out the
 * pages, so it lays them out once at that scale instead of at 100% and then again (for 500 pages
 * that second pass cost about 4.5 ms of the first page's time in `npm run bench`).
 * The constants are PDFViewer's own (pdf_viewer.mjs #setScale); if they ever differ, pdf.js simply
 * rescales as before: a wrong guess costs time, never correctness.
 */
import type { ZoomSetting } from '../core/viewState';

const SCROLLBAR_PADDING = 40;
const VERTICAL_PADDING = 5;
const MAX_AUTO_SCALE = 1.25;

/** `page`: page 1's size in CSS pixels at 100% (viewport at scale 1 x PDF_TO_CSS_UNITS); `box`: the scroll container's client size. */
export function initialScale(zoom: ZoomSetting, page: { width: number; height: number }, box: { width: number; height: number }): number | null {
  if (typeof zoom === 'number') return zoom > 0 ? zoom : null;
  if (page.width <= 0 || page.height <= 0 || box.width <= 0 || box.height <= 0) return null;
  const pageWidthScale = (box.width - SCROLLBAR_PADDING) / page.width;
  const pageHeightScale = (box.height - VERTICAL_PADDING) / page.height;
  switch (zoom) {
    case 'page-actual':
      return 1;
    case 'page-width':
      return pageWidthScale;
    case 'page-fit':
      return Math.min(pageWidthScale, pageHeightScale);
    case 'auto':
      return Math.min(MAX_AUTO_SCALE, page.width <= page.height ? pageWidthScale : Math.min(pageHeightScale, pageWidthScale));
    default:
      return null;
  }
}
