import { describe, expect, it } from 'vitest';
import { mergeLineBoxes } from './lineRects';

describe('mergeLineBoxes', () => {
  it('joins fragments of one line and keeps lines apart', () => {
    const merged = mergeLineBoxes([
      [10, 100, 50, 112],
      [51, 100, 90, 112],
      [10, 115, 80, 127],
    ]);
    expect(merged).toEqual([
      [10, 100, 90, 112],
      [10, 115, 80, 127],
    ]);
  });
  it('absorbs a nested box and drops empty ones', () => {
    expect(
      mergeLineBoxes([
        [0, 0, 100, 10],
        [20, 1, 30, 9],
        [5, 5, 5, 5],
      ]),
    ).toEqual([[0, 0, 100, 10]]);
  });
  it('keeps two columns of the same line apart', () => {
    expect(
      mergeLineBoxes([
        [0, 0, 100, 10],
        [200, 0, 300, 10],
      ]),
    ).toHaveLength(2);
  });
});
