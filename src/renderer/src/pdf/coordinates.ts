/**
 * PDF <-> screen coordinates: the only place they are converted (DESIGN.md). Positions are stored
 * in PDF user space (origin bottom-left, y up, PdfRect = [x1, y1, x2, y2]); a page view is drawn
 * with a pdf.js viewport whose `transform` maps user space to CSS pixels of the page (origin
 * top-left, y down), including zoom and rotation. Pure: takes any object with that transform.
 *
 * Invariants: viewportRectToPdf(pdfRectToViewport(r, v), v) equals r normalised (x1 <= x2,
 * y1 <= y2) up to floating point; results are normalised whatever the rotation.
 */
import type { PdfRect } from '../core/types';

/** The part of a pdf.js PageViewport these functions need. */
export interface ViewportTransform {
  transform: number[];
}

/** A rectangle in page-view CSS pixels: left, top, right, bottom. */
export type ViewRect = [number, number, number, number];

type Point = [number, number];

function matrix(v: ViewportTransform): [number, number, number, number, number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = v.transform;
  return [a, b, c, d, e, f];
}

export function pdfPointToView([x, y]: Point, v: ViewportTransform): Point {
  const [a, b, c, d, e, f] = matrix(v);
  return [a * x + c * y + e, b * x + d * y + f];
}

export function viewPointToPdf([x, y]: Point, v: ViewportTransform): Point {
  const [a, b, c, d, e, f] = matrix(v);
  const det = a * d - b * c;
  if (det === 0) throw new Error('The viewport transform cannot be inverted.');
  return [(d * (x - e) - c * (y - f)) / det, (a * (y - f) - b * (x - e)) / det];
}

function bounds(points: Point[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function pdfRectToView([x1, y1, x2, y2]: PdfRect, v: ViewportTransform): ViewRect {
  return bounds([pdfPointToView([x1, y1], v), pdfPointToView([x2, y2], v), pdfPointToView([x1, y2], v), pdfPointToView([x2, y1], v)]);
}

export function viewRectToPdf([l, t, r, b]: ViewRect, v: ViewportTransform): PdfRect {
  return bounds([viewPointToPdf([l, t], v), viewPointToPdf([r, b], v), viewPointToPdf([l, b], v), viewPointToPdf([r, t], v)]);
}
