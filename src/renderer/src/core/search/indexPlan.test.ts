import { describe, expect, it } from 'vitest';
import { EMPTY_INDEXED_STATE, isEmptyPlan, planIndexSync, plannedPages, type IndexedState } from './indexPlan';

describe('planIndexSync', () => {
  const indexed: IndexedState = {
    documents: { a: { sha256: 'sa', pageCount: 3 }, b: { sha256: 'sb', pageCount: 2 } },
    clauses: { c1: '2026-01-01T00:00:00.000Z', c2: '2026-01-02T00:00:00.000Z' },
  };

  it('indexes everything the first time', () => {
    const plan = planIndexSync(EMPTY_INDEXED_STATE, {
      documents: [{ id: 'a', sha256: 'sa', pageCount: 3 }],
      clauses: [{ id: 'c1', updatedAt: 'x' }],
    });
    expect(plan).toEqual({ removeDocuments: [], addDocuments: [{ id: 'a', pageCount: 3 }], removeClauses: [], addClauses: ['c1'] });
    expect(plannedPages(plan)).toBe(3);
  });

  it('finds added, removed and changed documents and clauses, and nothing when all is indexed', () => {
    const plan = planIndexSync(indexed, {
      documents: [
        { id: 'a', sha256: 'sa', pageCount: 3 },
        { id: 'c', sha256: 'sc', pageCount: 1 },
      ],
      // c1 edited; c2 put back as it was (undo of an edit gives an older updatedAt: still a change).
      clauses: [
        { id: 'c1', updatedAt: '2026-01-03T00:00:00.000Z' },
        { id: 'c3', updatedAt: '2026-01-01T00:00:00.000Z' },
      ],
    });
    expect(plan).toEqual({
      removeDocuments: [{ id: 'b', pageCount: 2 }],
      addDocuments: [{ id: 'c', pageCount: 1 }],
      removeClauses: ['c2'],
      addClauses: ['c1', 'c3'],
    });
    const same = planIndexSync(indexed, {
      documents: Object.entries(indexed.documents).map(([id, d]) => ({ id, ...d })),
      clauses: Object.entries(indexed.clauses).map(([id, updatedAt]) => ({ id, updatedAt })),
    });
    expect(isEmptyPlan(same)).toBe(true);
  });

  it('replaces a document whose bytes changed under the same id', () => {
    const plan = planIndexSync(indexed, {
      documents: [
        { id: 'a', sha256: 'other', pageCount: 4 },
        { id: 'b', sha256: 'sb', pageCount: 2 },
      ],
      clauses: [],
    });
    expect(plan.removeDocuments).toEqual([{ id: 'a', pageCount: 3 }]);
    expect(plan.addDocuments).toEqual([{ id: 'a', pageCount: 4 }]);
  });
});
