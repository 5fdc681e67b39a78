import { describe, expect, it } from 'vitest';
import { describeRange } from './anchoring';
import { carryOverClauses } from './carryOver';
import { joinDocumentText, pageStartOffsets } from './documentText';
import type { Clause } from './types';

const OLD = [
  'Sec. 1. Purpose. The policy is to protect advanced models.\nSec. 2. A covered developer shall not share a covered model with any foreign national.\n',
  'Sec. 4. The Secretary shall enforce this order.\n',
];
const NEW = [
  'Findings. A page inserted before the order.\n',
  OLD[0]!.replace('advanced models', 'the most advanced models'),
  'Sec. 5. General provisions.\n',
];

function clauseOn(text: string, words: string, over: Partial<Clause> = {}): Clause {
  const start = text.indexOf(words);
  const { quote, position } = describeRange(text, start, start + words.length);
  return {
    id: `old-${words.slice(0, 8)}`,
    caseId: 'case-1',
    documentId: 'old',
    target: { quote, position, pageIndex: 0, rects: [{ pageIndex: 0, rects: [[1, 2, 3, 4]] }] },
    type: 'prohibition',
    label: 'Sec. 2',
    comment: 'kept',
    tags: ['t'],
    colour: '#000000',
    anchorStatus: 'anchored',
    createdBy: 'Analyst',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('carryOverClauses', () => {
  const oldText = joinDocumentText(OLD);
  const newText = joinDocumentText(NEW);
  const kept = clauseOn(oldText, 'A covered developer shall not share a covered model with any foreign national.');
  const edited = clauseOn(oldText, 'The policy is to protect advanced models.', { label: 'Sec. 1' });
  const removed = clauseOn(oldText, 'The Secretary shall enforce this order.', { label: 'Sec. 4' });
  const area: Clause = { ...clauseOn(oldText, 'Sec. 1.'), id: 'area', label: 'Fig.', target: { ...clauseOn(oldText, 'Sec. 1.').target, area: true } };
  let n = 0;
  const result = carryOverClauses(
    [kept, edited, removed, area],
    newText,
    pageStartOffsets(NEW),
    'new',
    () => `new-${++n}`,
    '2026-02-02T00:00:00.000Z',
  );

  it('makes one new clause per old one, on the new document, keeping what the analyst wrote', () => {
    expect(result.clauses.map((c) => c.id)).toEqual(['new-1', 'new-2', 'new-3', 'new-4']);
    for (const c of result.clauses) {
      expect(c.documentId).toBe('new');
      expect(c.caseId).toBe('case-1');
      expect(c.createdBy).toBe('Analyst');
    }
    expect(result.clauses[0]?.comment).toBe('kept');
  });

  it('places moved words exactly, edited ones by fuzzy match, and orphans removed ones with their old quote', () => {
    const [a, b, c, d] = result.clauses;
    expect(a?.anchorStatus).toBe('anchored');
    expect(newText.slice(a!.target.position.start, a!.target.position.end)).toBe(kept.target.quote.exact);
    expect(a?.target.pageIndex).toBe(1);
    expect(a?.target.rects).toEqual([]); // moved: the reader finds its rectangles again
    expect(b?.anchorStatus).toBe('fuzzy');
    expect(newText.slice(b!.target.position.start, b!.target.position.end)).toContain('most advanced models');
    expect(c?.anchorStatus).toBe('orphaned');
    expect(c?.target).toEqual({ ...removed.target, rects: [] }); // old words kept, no place drawn
    expect(d?.anchorStatus).toBe('anchored');
    expect(d?.target).toEqual(area.target);
    expect(result.report).toEqual({
      exact: 1,
      areas: [{ clauseId: 'new-4', label: 'Fig.', quote: 'Sec. 1.' }],
      fuzzy: [{ clauseId: 'new-2', label: 'Sec. 1', quote: 'The policy is to protect advanced models.' }],
      orphaned: [{ clauseId: 'new-3', label: 'Sec. 4', quote: 'The Secretary shall enforce this order.' }],
    });
  });
});
