import { describe, expect, it } from 'vitest';
import { pdfPointToView, pdfRectToView, viewPointToPdf, viewRectToPdf } from './coordinates';

// pdf.js viewports of a US Letter page (612 x 792 pt) at scale 1.5: unrotated, and rotated 90°.
const upright = { transform: [1.5, 0, 0, -1.5, 0, 1188] };
const rotated = { transform: [0, 1.5, 1.5, 0, 0, 0] };

describe('coordinates', () => {
  it('maps PDF user space (y up) to the page view (y down)', () => {
    expect(pdfPointToView([0, 792], upright)).toEqual([0, 0]);
    expect(pdfPointToView([612, 0], upright)).toEqual([918, 1188]);
    expect(pdfRectToView([72, 700, 300, 720], upright)).toEqual([108, 108, 450, 138]);
  });
  it('maps back, normalised, whatever the rotation', () => {
    for (const v of [upright, rotated]) {
      const view = pdfRectToView([72, 700, 300, 720], v);
      expect(view[0]).toBeLessThan(view[2]);
      expect(view[1]).toBeLessThan(view[3]);
      viewRectToPdf(view, v).forEach((n, i) => expect(n).toBeCloseTo([72, 700, 300, 720][i] as number, 9));
      const [x, y] = viewPointToPdf(pdfPointToView([10, 20], v), v);
      expect(x).toBeCloseTo(10, 9);
      expect(y).toBeCloseTo(20, 9);
    }
  });
  it('refuses a transform that cannot be inverted', () => {
    expect(() => viewPointToPdf([1, 1], { transform: [0, 0, 0, 0, 0, 0] })).toThrow(/inverted/);
  });
});
