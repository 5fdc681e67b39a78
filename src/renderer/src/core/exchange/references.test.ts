import { describe, expect, it } from 'vitest';
import { v1Records } from '../../../../../test/fixtures/bundles/v1Bundle';
import type { BundleRecords } from './records';
import { referenceProblems, withoutCrossCase } from './references';

const SHA = ['a'.repeat(64), 'b'.repeat(64)];

/** The fixture case plus a second case, "case-2", with an entity, a clause and a comparison of its own. */
function twoCases(): BundleRecords {
  const r = v1Records(SHA);
  r.cases.push({ ...r.cases[0]!, id: 'case-2', name: 'Second' });
  r.documents[0]!.caseIds = ['case-1', 'case-2'];
  r.clauses.push({ ...r.clauses[0]!, id: 'c2-1', caseId: 'case-2' });
  r.entities.push({ ...r.entities[0]!, id: 'e2-1', caseId: 'case-2' });
  r.comparisons.push({ ...r.comparisons[0]!, id: 'cmp2', caseId: 'case-2' });
  r.regimes.push({ ...r.regimes[0]!, id: 'rg2', caseId: 'case-2', comparisonId: 'cmp2' });
  return r;
}

describe('referenceProblems', () => {
  it('finds none in a consistent bundle of two cases', () => {
    expect(referenceProblems(twoCases())).toEqual([]);
  });

  it('refuses a link to a clause or an entity of another case', () => {
    const r = twoCases();
    r.links[0] = { ...r.links[0]!, entityId: 'e2-1' };
    r.links[1] = { ...r.links[1]!, clauseId: 'c2-1' };
    expect(referenceProblems(r)).toEqual([
      'links l1: its entityId e2-1 is of another case (case-2, not case-1)',
      'links l2: its clauseId c2-1 is of another case (case-2, not case-1)',
    ]);
  });

  it('refuses a link of another case than both its clause and its entity', () => {
    const r = twoCases();
    r.links[0] = { ...r.links[0]!, caseId: 'case-2' };
    expect(referenceProblems(r)).toHaveLength(2);
  });

  it('refuses evidence of another case, and a regime, dimension or cell in another case’s comparison', () => {
    const r = twoCases();
    r.cells[0] = { ...r.cells[0]!, evidenceClauseIds: ['c1', 'c2-1'] };
    r.regimes[1] = { ...r.regimes[1]!, comparisonId: 'cmp2' };
    r.dimensions[0] = { ...r.dimensions[0]!, comparisonId: 'cmp2' };
    expect(referenceProblems(r)).toEqual(
      expect.arrayContaining([
        'cells cell-1: its evidenceClauseIds c2-1 is of another case (case-2, not case-1)',
        'regimes rg-ca: its comparisonId cmp2 is of another case (case-2, not case-1)',
        'dimensions dm-who: its comparisonId cmp2 is of another case (case-2, not case-1)',
        'cells cell-3: its regimeId rg-ca is of another comparison (cmp2, not cmp1)',
      ]),
    );
  });

  it('refuses a baseline regime of another comparison, or one not in the bundle', () => {
    const r = twoCases();
    r.comparisons[0] = { ...r.comparisons[0]!, baselineRegimeId: 'rg2' };
    r.comparisons[1] = { ...r.comparisons[1]!, baselineRegimeId: 'gone' };
    expect(referenceProblems(r)).toEqual([
      'comparisons cmp1: its baselineRegimeId rg2 is a regime of another comparison',
      "comparisons cmp2: its baselineRegimeId gone is not among the bundle's regimes",
    ]);
  });
});

describe('withoutCrossCase', () => {
  it('leaves a consistent set of records as it is', () => {
    const r = twoCases();
    expect(withoutCrossCase(r)).toEqual(r);
  });

  it('drops what crosses cases, so what is left has no reference problem', () => {
    const r = twoCases();
    r.links[0] = { ...r.links[0]!, entityId: 'e2-1' };
    r.cells[0] = { ...r.cells[0]!, evidenceClauseIds: ['c1', 'c2-1'] };
    r.dimensions[0] = { ...r.dimensions[0]!, comparisonId: 'cmp2' };
    r.comparisons[0] = { ...r.comparisons[0]!, baselineRegimeId: 'rg2' };
    const kept = withoutCrossCase(r);
    expect(referenceProblems(kept)).toEqual([]);
    expect(kept.links.map((l) => l.id)).toEqual(['l2']);
    expect(kept.dimensions.map((d) => d.id)).toEqual(['dm-where']);
    // Cells on the dropped dimension go; cell-2 keeps its evidence, the others lose c2-1.
    expect(kept.cells.map((c) => [c.id, c.evidenceClauseIds])).toEqual([
      ['cell-2', ['c2']],
      ['cell-4', ['c3']],
    ]);
    expect(kept.comparisons[0]!.baselineRegimeId).toBeUndefined();
  });
});
