import { describe, expect, it } from 'vitest';
import type { AnchorResult } from './anchorTarget';
import { buildAnchorIndex } from './anchorIndex';
import { anchorAll } from './anchorTarget';
import { describeRange } from './describeRange';
import { predictedShifts } from './drift';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';

const placed = (start: number): AnchorResult => ({ status: 'anchored', start, end: start + 10 });

describe('predictedShifts', () => {
  it('predicts the displacement most neighbours agree on, never from the target itself', () => {
    const stored = [0, 100, 200, 300, 400, 500, 600].map((start) => ({ start }));
    const results = stored.map((s, i) => (i === 3 ? placed(9999) : placed(s.start + 50)));
    const shifts = predictedShifts(stored, results);
    expect(shifts[3]).toBe(50);
    expect(shifts[0]).toBe(50);
  });
  it('predicts nothing where neighbours disagree or are too few', () => {
    const stored = [0, 100, 200, 300].map((start) => ({ start }));
    expect(predictedShifts(stored, [placed(0), placed(5000), placed(1200), placed(2300)])[1]).toBeUndefined();
    expect(predictedShifts(stored.slice(0, 2), [placed(50), placed(150)])).toEqual([undefined, undefined]);
  });
});

describe('anchorAll with repeated passages', () => {
  it('follows its neighbours to the right copy of a passage repeated word for word', () => {
    const para = (n: number) => `Paragraph ${n} says something of its own about item ${n * 7}.\n`;
    // A form paragraph every page prints word for word, with the same words around it: only
    // position tells the copies apart.
    const filler = 'Standard wording printed on every page of the form. ';
    const repeated = 'The same sentence recurs in exactly the same words here.';
    const block = `${filler}${repeated} ${filler}\n`;
    const pages = Array.from({ length: 6 }, (_, p) => [para(p * 3), block, para(p * 3 + 1), para(p * 3 + 2)].join(''));
    const oldText = joinDocumentText(pages);
    const oldStarts = pageStartOffsets(pages);
    const edited = [
      pages[0]!,
      'An inserted page of findings, long enough to move everything after it by a page or so.\n'.repeat(3),
      ...pages.slice(1),
    ];
    const newText = joinDocumentText(edited);
    const index = buildAnchorIndex(newText, pageStartOffsets(edited));
    // Clauses: every paragraph and the repeated sentence on page 4.
    const targets = [];
    let from = 0;
    for (;;) {
      const at = oldText.indexOf('Paragraph', from);
      if (at < 0) break;
      const end = oldText.indexOf('\n', at);
      targets.push({ ...describeRange(oldText, at, end), pageIndex: pageIndexAtOffset(oldStarts, at) });
      from = end;
    }
    const copyStart = oldStarts[4]! + pages[4]!.indexOf(repeated);
    targets.push({ ...describeRange(oldText, copyStart, copyStart + repeated.length), pageIndex: 4 });
    const results = anchorAll(index, targets);
    const last = results[results.length - 1]!;
    const truth = newText.indexOf(repeated, newText.indexOf(para(12)));
    expect(last.status).toBe('anchored');
    expect(last.start).toBe(truth);
  });
});
