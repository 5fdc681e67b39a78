/**
 * How much of a page is painted by images, from pdf.js's operator list: the current transform is
 * tracked through save/restore/transform and form XObjects, each image's unit square is mapped to
 * page space, and the union of their boxes is measured on a coarse grid (images drawn in strips
 * or tiles add up; overlapping ones are not double-counted). For image-sized pages a thumbnail
 * render measures ink, so a scanned blank sheet is told apart from a scanned page of text.
 */
import { OPS } from 'pdfjs-dist';
import type { PDFPageProxy } from 'pdfjs-dist';
import { isImageSized, type ImageMeasure } from '../core/pageFlags';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const GRID = 64;

function multiply(m: Matrix, n: Matrix): Matrix {
  // Apply n in m's space (PDF "cm" semantics: new CTM = n x m).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function unitSquareBox(m: Matrix): [number, number, number, number] {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintSolidColorImageMask,
]);

/** Share of the page covered by images, and the widest single-image span (see core/pageFlags.ts). */
export async function measureImageCoverage(page: PDFPageProxy): Promise<ImageMeasure> {
  const [vx1, vy1, vx2, vy2] = page.view as [number, number, number, number];
  const width = vx2 - vx1;
  const height = vy2 - vy1;
  if (width <= 0 || height <= 0) return { coverage: 0, span: 0 };
  const ops = await page.getOperatorList({ intent: 'display' });
  const covered = new Uint8Array(GRID * GRID);
  let span = 0;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args.slice(0, 6) as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn !== undefined && IMAGE_OPS.has(fn)) {
      const box = unitSquareBox(ctm);
      const w = Math.min(box[2], vx2) - Math.max(box[0], vx1);
      const h = Math.min(box[3], vy2) - Math.max(box[1], vy1);
      if (w > 0 && h > 0) span = Math.max(span, w / width, h / height);
      markBox(covered, box, vx1, vy1, width, height);
    }
  }
  let count = 0;
  for (const cell of covered) count += cell;
  const measure: ImageMeasure = { coverage: count / covered.length, span };
  if (isImageSized(measure)) measure.ink = await measureInk(page);
  return measure;
}

const INK_WIDTH = 96;
const NEAR_WHITE = 200;

/** Share of non-near-white pixels when the page is rendered at thumbnail size. */
async function measureInk(page: PDFPageProxy): Promise<number | undefined> {
  try {
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: INK_WIDTH / base.width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return undefined;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luminance = 0.299 * (data[i] ?? 255) + 0.587 * (data[i + 1] ?? 255) + 0.114 * (data[i + 2] ?? 255);
      if (luminance < NEAR_WHITE) inked++;
    }
    return inked / (data.length / 4);
  } catch {
    return undefined; // Rendering is a refinement; without it the coverage rule alone decides.
  }
}

function markBox(covered: Uint8Array, box: [number, number, number, number], x0: number, y0: number, w: number, h: number): void {
  const clamp = (v: number) => Math.max(0, Math.min(GRID, v));
  const cx1 = clamp(Math.floor(((box[0] - x0) / w) * GRID));
  const cx2 = clamp(Math.ceil(((box[2] - x0) / w) * GRID));
  const cy1 = clamp(Math.floor(((box[1] - y0) / h) * GRID));
  const cy2 = clamp(Math.ceil(((box[3] - y0) / h) * GRID));
  for (let y = cy1; y < cy2; y++) covered.fill(1, y * GRID + cx1, y * GRID + cx2);
}
