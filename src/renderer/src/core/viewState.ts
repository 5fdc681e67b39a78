/**
 * Where a reader left a document: the page, the zoom and the rotation, remembered per document
 * so reopening it (or reloading the app) lands where the user was.
 *
 * Invariants: pure; sanitiseViewState never returns a page outside 1..pageCount, a rotation
 * other than 0/90/180/270, or a zoom other than a named fit or a finite scale in ZOOM_LIMITS.
 */

/** Named zooms pdf.js understands, or a scale factor (1 = 100%). */
export type ZoomSetting = 'auto' | 'page-width' | 'page-fit' | 'page-actual' | number;

export interface ViewStateRecord {
  documentId: string;
  /** 1-based page number. */
  pageNumber: number;
  zoom: ZoomSetting;
  rotation: 0 | 90 | 180 | 270;
  updatedAt: string;
}

export const ZOOM_LIMITS = { min: 0.1, max: 10 } as const;
const NAMED_ZOOMS = new Set(['auto', 'page-width', 'page-fit', 'page-actual']);

export function isZoomSetting(value: unknown): value is ZoomSetting {
  if (typeof value === 'string') return NAMED_ZOOMS.has(value);
  return typeof value === 'number' && Number.isFinite(value) && value >= ZOOM_LIMITS.min && value <= ZOOM_LIMITS.max;
}

/** A stored (possibly stale or hand-edited) state made safe for a document of `pageCount` pages. */
export function sanitiseViewState(
  stored: Partial<ViewStateRecord> | undefined,
  pageCount: number,
): Pick<ViewStateRecord, 'pageNumber' | 'zoom' | 'rotation'> {
  const page = Math.trunc(Number(stored?.pageNumber));
  const rotation = Number(stored?.rotation);
  return {
    pageNumber: Number.isFinite(page) ? Math.min(Math.max(page, 1), Math.max(pageCount, 1)) : 1,
    zoom: isZoomSetting(stored?.zoom) ? stored.zoom : 'auto',
    rotation: rotation === 90 || rotation === 180 || rotation === 270 ? rotation : 0,
  };
}
