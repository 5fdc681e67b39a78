import { describe, expect, it } from 'vitest';
import { initialScale } from './initialScale';

const letter = { width: 816, height: 1056 }; // 8.5 x 11 in at 96 px/in
describe("initialScale (PDFViewer's own rules)", () => {
  it('numbers are themselves; actual size is 1', () => {
    expect(initialScale(1.5, letter, { width: 1000, height: 800 })).toBe(1.5);
    expect(initialScale('page-actual', letter, { width: 1000, height: 800 })).toBe(1);
  });
  it('page width and page fit leave room for the scrollbar and padding', () => {
    expect(initialScale('page-width', letter, { width: 856, height: 800 })).toBeCloseTo(1, 6);
    expect(initialScale('page-fit', letter, { width: 2000, height: 1061 })).toBeCloseTo(1, 6);
  });
  it('auto fits a portrait page to the width, at most 125%; a landscape page to the whole page', () => {
    expect(initialScale('auto', letter, { width: 3000, height: 800 })).toBe(1.25);
    expect(initialScale('auto', letter, { width: 448, height: 800 })).toBeCloseTo(0.5, 6);
    expect(initialScale('auto', { width: 1056, height: 816 }, { width: 3000, height: 413 })).toBeCloseTo(0.5, 6);
  });
  it('gives up (null) when there is nothing to measure', () => {
    expect(initialScale('auto', letter, { width: 0, height: 0 })).toBeNull();
    expect(initialScale(0, letter, { width: 100, height: 100 })).toBeNull();
  });
});
