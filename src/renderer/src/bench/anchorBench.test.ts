/**
 * The anchoring bench input, scored: a small run asserts what must hold (no clause placed on the
 * wrong words, most surviving clauses placed); one full-size run prints its time for the record
 * (timings are never asserted: `npm run bench` measures them).
 */
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../core/anchoring/anchorTarget';
import { buildAnchorIndex } from '../core/anchoring/anchorIndex';
import { joinDocumentText, pageStartOffsets } from '../core/documentText';
import { editDocument, makeAnchorBench, pickPassages } from './anchorBenchData';
import { formatAnchorScore, placedShare, scoreAnchoring } from './anchorScore';

function run(pageCount: number, clauseCount: number) {
  const t0 = performance.now();
  const data = makeAnchorBench(pageCount, clauseCount);
  const t1 = performance.now();
  const text = joinDocumentText(data.edited.pages);
  const index = buildAnchorIndex(text, pageStartOffsets(data.edited.pages));
  const t2 = performance.now();
  const results = anchorAll(index, data.clauses.map((c) => c.target));
  const t3 = performance.now();
  const score = scoreAnchoring(results, data.edited.truth, { text, quotes: data.clauses.map((c) => c.target.quote.exact) });
  return { data, text, results, score, ms: { generate: t1 - t0, index: t2 - t1, anchor: t3 - t2 } };
}

describe('anchoring bench data', () => {
  it('is deterministic and its truth points at the clause words in the edited text', () => {
    const a = makeAnchorBench(6, 60);
    const b = makeAnchorBench(6, 60);
    expect(a).toEqual(b);
    expect(a.pages).toHaveLength(6);
    expect(a.edited.pages).toHaveLength(7);
    const old = joinDocumentText(a.pages);
    const now = joinDocumentText(a.edited.pages);
    a.clauses.forEach((c, i) => {
      expect(c.target.quote.exact).toBe(old.slice(c.range.start, c.range.end));
      const t = a.edited.truth[i]!;
      if (t.removed) return;
      // The words at the truth range are mostly the clause's own (1% of them may be edited).
      const oldWords = new Set(c.target.quote.exact.split(/\W+/));
      const nowWords = now.slice(t.start, t.end).split(/\W+/);
      expect(nowWords.filter((w) => oldWords.has(w)).length / nowWords.length).toBeGreaterThan(0.5);
    });
  });

  it('editDocument with no edits maps every range onto itself, shifted past an inserted page', () => {
    const pages = ['alpha beta gamma\n', 'delta epsilon\n'];
    const text = joinDocumentText(pages);
    const ranges = pickPassages(text, 5, 1).concat([{ start: 6, end: 16 }]);
    const e = editDocument(pages, ranges, { seed: 1, insertAt: 1, insertedPage: 'NEW', changeRate: 0, removeRate: 0, deleteRanges: [] });
    expect(e.pages).toEqual(['alpha beta gamma\n', 'NEW', 'delta epsilon\n']);
    const shift = (offset: number) => (offset > pages[0]!.length ? offset + 4 : offset);
    ranges.forEach((r, i) => expect(e.truth[i]).toEqual({ removed: false, start: shift(r.start), end: shift(r.end) }));
    const d = editDocument(pages, [{ start: 6, end: 10 }], { seed: 1, insertAt: 2, insertedPage: 'END', changeRate: 0, removeRate: 0, deleteRanges: [{ start: 6, end: 10 }] });
    expect(d.truth).toEqual([{ removed: true }]);
    expect(d.pages).toEqual(['alpha  gamma\n', 'delta epsilon\n', 'END']);
  });
});

describe('anchoring bench', () => {
  it('50 pages, 500 clauses: nothing placed wrongly, most surviving clauses placed', () => {
    const { score, ms } = run(50, 500);
    console.log(`[anchorBench] 50 pages / 500 clauses: ${formatAnchorScore(score)}; index ${ms.index.toFixed(0)} ms, anchor ${ms.anchor.toFixed(0)} ms`);
    expect(score.wrong).toEqual([]);
    expect(score.placedWrongly).toBe(0);
    expect(placedShare(score)).toBeGreaterThan(0.9);
    expect(score.orphanedWordsRemoved).toBeGreaterThan(0);
  });

  it('full size (500 pages, 5,000 clauses), timed once for the record', () => {
    const { score, ms, text } = run(500, 5000);
    console.log(
      `[anchorBench] 500 pages (${(text.length / 1e6).toFixed(2)} M chars) / 5,000 clauses: ${formatAnchorScore(score)}; ` +
        `generate ${ms.generate.toFixed(0)} ms, index ${ms.index.toFixed(0)} ms, anchor ${ms.anchor.toFixed(0)} ms`,
    );
    expect(score.placedWrongly).toBe(0);
  });
});
