import { describe, expect, it } from 'vitest';
import { EMPTY_INDEXED_STATE, isEmptyPlan, planIndexSync, plannedPages, type IndexedState } from './indexPlan';

describe('planIndexSync', () => {
  const indexed: IndexedState = {
    documents: { a: { sha256: 'sa', pageCount: 3 }, b: { sha256: 'sb', pageCount: 2 } },
    clauses: { c1: '2026-01-01T00:00:00.000Z', c2: '2026-01-02T00:00:00.000Z' },
    entities: { e1: '2026-01-01T00:00:00.000Z', e2: '2026-01-02T00:00:00.000Z' },
  };

  it('indexes everything the first time', () => {
    const plan = planIndexSync(EMPTY_INDEXED_STATE, {
      documents: [{ id: 'a', sha256: 'sa', pageCount: 3 }],
      clauses: [{ id: 'c1', updatedAt: 'x' }],
      entities: [{ id: 'e1', updatedAt: 'y' }],
    });
    expect(plan).toEqual({
      removeDocuments: [],
      addDocuments: [{ id: 'a', pageCount: 3 }],
      removeClauses: [],
      addClauses: ['c1'],
      removeEntities: [],
      addEntities: ['e1'],
    });
    expect(plannedPages(plan)).toBe(3);
  });

  it('finds added, removed and changed documents, clauses and entities, and nothing when all is indexed', () => {
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
      // e1 renamed, e2 deleted, e3 new.
      entities: [
        { id: 'e1', updatedAt: '2026-01-05T00:00:00.000Z' },
        { id: 'e3', updatedAt: '2026-01-05T00:00:00.000Z' },
      ],
    });
    expect(plan).toEqual({
      removeDocuments: [{ id: 'b', pageCount: 2 }],
      addDocuments: [{ id: 'c', pageCount: 1 }],
      removeClauses: ['c2'],
      addClauses: ['c1', 'c3'],
      removeEntities: ['e2'],
      addEntities: ['e1', 'e3'],
    });
    const same = planIndexSync(indexed, {
      documents: Object.entries(indexed.documents).map(([id, d]) => ({ id, ...d })),
      clauses: Object.entries(indexed.clauses).map(([id, updatedAt]) => ({ id, updatedAt })),
      entities: Object.entries(indexed.entities).map(([id, updatedAt]) => ({ id, updatedAt })),
    });
    expect(isEmptyPlan(same)).toBe(true);
    // An entity's edit alone is work to do.
    const renamed = planIndexSync(indexed, {
      documents: Object.entries(indexed.documents).map(([id, d]) => ({ id, ...d })),
      clauses: Object.entries(indexed.clauses).map(([id, updatedAt]) => ({ id, updatedAt })),
      entities: [
        { id: 'e1', updatedAt: 'later' },
        { id: 'e2', updatedAt: indexed.entities.e2! },
      ],
    });
    expect(renamed.addEntities).toEqual(['e1']);
    expect(isEmptyPlan(renamed)).toBe(false);
  });

  it('reads a saved state without entities as holding none', () => {
    const old = { documents: {}, clauses: {} } as unknown as IndexedState;
    expect(planIndexSync(old, { documents: [], clauses: [], entities: [{ id: 'e1', updatedAt: 'x' }] }).addEntities).toEqual(['e1']);
  });

  it('replaces a document whose bytes changed under the same id', () => {
    const plan = planIndexSync(indexed, {
      documents: [
        { id: 'a', sha256: 'other', pageCount: 4 },
        { id: 'b', sha256: 'sb', pageCount: 2 },
      ],
      clauses: [],
      entities: [],
    });
    expect(plan.removeDocuments).toEqual([{ id: 'a', pageCount: 3 }]);
    expect(plan.addDocuments).toEqual([{ id: 'a', pageCount: 4 }]);
  });
});
