import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cell, Comparison, Dimension, Regime } from '../core/types';
import { deleteClause } from './clausesRepo';
import {
  addComparisonParts,
  deleteComparison,
  deleteParts,
  getComparisonParts,
  listComparisons,
  putBack,
  reorder,
  restoreParts,
  updateCell,
  updateComparison,
} from './comparisonsRepo';
import { ClausebenchDb } from './database';
import { caseRecord, clauseRecord, documentRecord, snapshot, testStamp } from './testRecords';

let database: ClausebenchDb;
const comparison: Comparison = { id: 'cmp', caseId: 'A', title: 'Deemed exports', baselineRegimeId: 'r1', ...testStamp };
const regime = (id: string, order: number): Regime => ({
  id,
  caseId: 'A',
  comparisonId: 'cmp',
  name: id,
  jurisdiction: '',
  status: '',
  instruments: [],
  order,
  ...testStamp,
});
const dimension = (id: string, order: number): Dimension => ({
  id,
  caseId: 'A',
  comparisonId: 'cmp',
  question: id,
  group: 'Scope',
  order,
  ...testStamp,
});
const cell = (id: string, regimeId: string, dimensionId: string, evidenceClauseIds: string[] = []): Cell => ({
  id,
  caseId: 'A',
  comparisonId: 'cmp',
  regimeId,
  dimensionId,
  answer: id,
  detail: '',
  evidenceClauseIds,
  status: evidenceClauseIds.length ? 'paraphrased' : 'unsourced',
  ...testStamp,
});
const parts = () => ({
  comparisons: [comparison],
  regimes: [regime('r1', 1), regime('r2', 0)],
  dimensions: [dimension('d1', 0)],
  cells: [cell('x1', 'r1', 'd1', ['c1']), cell('x2', 'r2', 'd1')],
});

beforeEach(async () => {
  database = new ClausebenchDb(`comparisons-${crypto.randomUUID()}`);
  await database.cases.bulkAdd([caseRecord('A'), caseRecord('B')]);
  await database.documents.bulkAdd([documentRecord('d', ['A', 'B'])]);
  await database.clauses.bulkAdd([clauseRecord('c1', 'A', 'd'), clauseRecord('cb', 'B', 'd')]);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('comparisonsRepo', () => {
  it('adds a comparison with its parts and reads them in order', async () => {
    await addComparisonParts(database, parts());
    const read = await getComparisonParts(database, 'cmp');
    expect(read?.regimes.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(read?.cells).toHaveLength(2);
    expect((await listComparisons(database, 'A')).map((c) => c.id)).toEqual(['cmp']);
    expect(await listComparisons(database, 'B')).toEqual([]);
  });

  it('refuses, writing nothing, evidence of another case, a second cell for a pair, parts of another case', async () => {
    const before = await snapshot(database);
    const bad = [
      { ...parts(), cells: [cell('x1', 'r1', 'd1', ['cb'])] },
      { ...parts(), cells: [cell('x1', 'r1', 'd1'), cell('x9', 'r1', 'd1')] },
      { ...parts(), regimes: [{ ...regime('r1', 0), caseId: 'B' }] },
      { ...parts(), cells: [cell('x1', 'r1', 'd1', ['missing'])] },
    ];
    for (const p of bad) await expect(addComparisonParts(database, p)).rejects.toThrow(/nothing was (added|changed)/);
    expect(await snapshot(database)).toEqual(before);
  });

  it('deleting a regime takes its cells and the baseline that named it; restore puts all back', async () => {
    await addComparisonParts(database, parts());
    const before = await snapshot(database);
    const removed = await deleteParts(database, { regimeIds: ['r1'] });
    expect(removed.cells.map((c) => c.id)).toEqual(['x1']);
    const after = await getComparisonParts(database, 'cmp');
    expect(after?.comparison.baselineRegimeId).toBeUndefined();
    expect(after?.cells.map((c) => c.id)).toEqual(['x2']);
    await restoreParts(database, removed);
    expect(await snapshot(database)).toEqual(before);
  });

  it('deleting a comparison takes every part; restore puts all back', async () => {
    await addComparisonParts(database, parts());
    const before = await snapshot(database);
    const removed = await deleteComparison(database, 'cmp');
    expect(await database.cells.count()).toBe(0);
    expect(await database.regimes.count()).toBe(0);
    await restoreParts(database, removed!);
    expect(await snapshot(database)).toEqual(before);
  });

  it('updates return the row as it was; putBack undoes; evidence of another case is refused', async () => {
    await addComparisonParts(database, parts());
    const before = await snapshot(database);
    const was = await updateComparison(database, 'cmp', { title: 'Renamed' });
    const cellWas = await updateCell(database, 'x2', { answer: 'Yes', evidenceClauseIds: ['c1'] });
    expect((await database.cells.get('x2'))?.evidenceClauseIds).toEqual(['c1']);
    await expect(updateCell(database, 'x2', { evidenceClauseIds: ['cb'] })).rejects.toThrow(/own case/);
    const reordered = (await reorder(database, 'regimes', ['r1', 'r2'])) as Regime[];
    expect((await getComparisonParts(database, 'cmp'))?.regimes.map((r) => r.id)).toEqual(['r1', 'r2']);
    await putBack(database, { comparisons: [was!], cells: [cellWas!], regimes: reordered });
    expect(await snapshot(database)).toEqual(before);
  });

  it('deleting an evidence clause strips it from the cell (the clause cascade)', async () => {
    await addComparisonParts(database, parts());
    await deleteClause(database, 'c1');
    expect((await database.cells.get('x1'))?.evidenceClauseIds).toEqual([]);
  });
});
