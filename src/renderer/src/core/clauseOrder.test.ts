import { describe, expect, it } from 'vitest';
import { sortInReadingOrder, targetTop } from './clauseOrder';
import type { Clause, ClauseTarget, PdfRect } from './types';

const at = '2026-01-01T00:00:00.000Z';
function clause(id: string, target: ClauseTarget, createdAt = at): Clause {
  return {
    id,
    caseId: 'c',
    documentId: 'd',
    target,
    type: 'other',
    label: id,
    comment: '',
    tags: [],
    colour: '',
    anchorStatus: 'anchored',
    createdBy: 'me',
    createdAt,
    updatedAt: createdAt,
  };
}
function text(start: number, pageIndex: number, rect: PdfRect = [72, 700, 300, 712]): ClauseTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 1 },
    pageIndex,
    rects: [{ pageIndex, rects: [rect] }],
  };
}
function area(pageIndex: number, rect: PdfRect): ClauseTarget {
  return { ...text(0, pageIndex, rect), position: { type: 'TextPositionSelector', start: 0, end: 0 }, area: true };
}
const order = (clauses: Clause[]) => sortInReadingOrder(clauses).map((c) => c.id);

describe('sortInReadingOrder', () => {
  it('orders text clauses by their position in the document text', () => {
    expect(order([clause('c', text(300, 1)), clause('a', text(5, 0)), clause('b', text(120, 0))])).toEqual(['a', 'b', 'c']);
  });

  it('orders area clauses by page, then top of their first rectangle (PDF y grows upwards)', () => {
    expect(
      order([
        clause('low', area(0, [50, 100, 200, 150])),
        clause('next', area(1, [50, 700, 200, 750])),
        clause('high', area(0, [50, 600, 200, 650])),
      ]),
    ).toEqual(['high', 'low', 'next']);
  });

  it('places area clauses among text clauses by page and height', () => {
    const clauses = [
      clause('t-p0', text(10, 0, [72, 700, 300, 712])),
      clause('t-p1-top', text(500, 1, [72, 700, 300, 712])),
      clause('t-p1-bottom', text(600, 1, [72, 100, 300, 112])),
      clause('a-p1-middle', area(1, [72, 400, 300, 450])),
      clause('a-p2', area(2, [72, 400, 300, 450])),
    ];
    expect(order(clauses)).toEqual(['t-p0', 't-p1-top', 'a-p1-middle', 't-p1-bottom', 'a-p2']);
  });

  it('keeps text order in two columns even where heights disagree, and is deterministic', () => {
    // Left column low on the page before the right column high on it: text order wins.
    const left = clause('left', text(10, 0, [50, 100, 250, 112]));
    const right = clause('right', text(900, 0, [320, 700, 520, 712]));
    const twin = clause('twin', text(10, 0, [50, 100, 250, 112]), '2026-02-01T00:00:00.000Z');
    const input = [right, twin, left];
    expect(order(input)).toEqual(['left', 'twin', 'right']);
    expect(order([...input].reverse())).toEqual(['left', 'twin', 'right']);
    expect(input.map((c) => c.id)).toEqual(['right', 'twin', 'left']);
  });

  it('reads the top from either corner order and puts a rectless area last on its page', () => {
    expect(targetTop(area(0, [10, 500, 20, 300]))).toBe(500);
    const empty: ClauseTarget = { ...area(0, [0, 0, 0, 0]), rects: [] };
    expect(targetTop(empty)).toBe(Number.NEGATIVE_INFINITY);
    expect(order([clause('none', empty), clause('some', area(0, [0, 10, 5, 20]))])).toEqual(['some', 'none']);
  });
});
