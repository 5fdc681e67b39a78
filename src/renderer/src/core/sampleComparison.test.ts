import { describe, expect, it } from 'vitest';
import type { SampleClausesFile } from './sampleClauses';
import {
  parseSampleComparisons,
  planSampleComparisons,
  sampleComparisonDescriber,
  sampleComparisonRecords,
  type SampleComparisonStoreState,
  type SampleComparisonsFile,
} from './sampleComparison';

const uuid = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
const [CLAUSE, OTHER_CLAUSE, COMPARISON, R1, R2, D1, D2, C11, C12, C21, C22] = Array.from({ length: 11 }, (_, i) => uuid(i + 1)) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const clauses: SampleClausesFile = {
  version: 1,
  clauses: [CLAUSE, OTHER_CLAUSE].map((id, i) => ({
    id,
    fileName: 'note.pdf',
    label: `¶ ${i + 1}`,
    type: 'scope',
    tags: [],
    comment: 'A note.',
    quote: { exact: 'words', prefix: '', suffix: '' },
  })),
};

const cell = (
  id: string,
  regimeId: string,
  dimensionId: string,
  evidenceClauseIds: string[],
  status = evidenceClauseIds.length ? 'paraphrased' : 'unsourced',
) =>
  ({
    id,
    regimeId,
    dimensionId,
    answer: 'An answer',
    detail: 'A detail.',
    evidenceClauseIds,
    status,
  }) as SampleComparisonsFile['comparisons'][number]['cells'][number];

const good: SampleComparisonsFile = {
  version: 1,
  comparisons: [
    {
      id: COMPARISON,
      title: 'Deemed exports',
      baselineRegimeId: R1,
      regimes: [
        { id: R1, name: 'Order', jurisdiction: 'United States', status: 'Reported', instruments: ['Order'], order: 0 },
        { id: R2, name: 'EAR', jurisdiction: 'United States', status: 'Read', instruments: [], order: 1 },
      ],
      dimensions: [
        { id: D1, question: 'Who is foreign?', group: 'Scope', order: 0 },
        { id: D2, question: 'Penalties?', group: 'Enforcement', order: 1 },
      ],
      cells: [
        cell(C11, R1, D1, [CLAUSE]),
        cell(C12, R1, D2, []),
        cell(C21, R2, D1, [CLAUSE, OTHER_CLAUSE]),
        cell(C22, R2, D2, [OTHER_CLAUSE], 'disputed'),
      ],
    },
  ],
};
const only = good.comparisons[0]!;
const withComparison = (changes: Partial<typeof only>) => ({ ...good, comparisons: [{ ...only, ...changes }] });
const withCells = (cells: unknown[]) => withComparison({ cells: cells as typeof only.cells });

describe('parseSampleComparisons', () => {
  it('accepts a complete, consistent file whose evidence names shipped clauses', () => {
    expect(parseSampleComparisons(good, clauses)).toEqual(good);
  });

  const broken: [string, unknown, RegExp][] = [
    ['another version', { ...good, version: 2 }, /"version"/],
    ['an empty answer', withCells([{ ...only.cells[0], answer: ' ' }, ...only.cells.slice(1)]), /"answer"/],
    ['an empty detail', withCells([{ ...only.cells[0], detail: '' }, ...only.cells.slice(1)]), /"detail"/],
    ['a sourced cell (no sample document is primary)', withCells([{ ...only.cells[0], status: 'sourced' }, ...only.cells.slice(1)]), /"status"/],
    [
      'a cell with evidence called unsourced',
      withCells([{ ...only.cells[0], status: 'unsourced' }, ...only.cells.slice(1)]),
      /with evidence is paraphrased/,
    ],
    [
      'a cell without evidence called paraphrased',
      withCells([only.cells[0], { ...only.cells[1], status: 'paraphrased' }, ...only.cells.slice(2)]),
      /without evidence is unsourced/,
    ],
    ['a clause cited twice', withCells([{ ...only.cells[0], evidenceClauseIds: [CLAUSE, CLAUSE] }, ...only.cells.slice(1)]), /cited twice/],
    ['a cell of an unknown regime', withCells([...only.cells, cell(uuid(90), uuid(91), D1, [])]), /no regime has the id/],
    ['two cells for one pair', withCells([...only.cells, cell(uuid(90), R1, D1, [])]), /two cells for one regime and dimension/],
    ['a missing cell', withCells(only.cells.slice(1)), /no cell for “Order” × “Who is foreign\?”/],
    ['a baseline that is no regime', withComparison({ baselineRegimeId: uuid(92) }), /baseline is not a regime/],
    ['a regime id equal to a cell id', withComparison({ regimes: [{ ...only.regimes[0]!, id: C11 }, only.regimes[1]!] }), /duplicate id/],
    ['an id that is not a uuid', withComparison({ id: 'deemed-exports' }), /Invalid UUID/],
  ];
  it.each(broken)('refuses %s', (_, json, message) => {
    expect(() => parseSampleComparisons(json, clauses)).toThrow(message);
  });

  it('refuses evidence naming a clause clauses.json lacks, and names it', () => {
    const missing = uuid(99);
    const json = withCells([{ ...only.cells[0], evidenceClauseIds: [missing] }, ...only.cells.slice(1)]);
    expect(() => parseSampleComparisons(json, clauses)).toThrow(new RegExp(`clauses that clauses.json lacks \\(${missing}\\)`));
  });
});

describe('sampleComparisonRecords', () => {
  it('makes records of the case with the file’s ids, texts and statuses and one provenance', () => {
    const records = sampleComparisonRecords(good, 'case-1', 'Tester', new Date('2026-01-02T03:04:05Z'));
    const provenance = { createdBy: 'Tester', createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z' };
    expect(records.comparisons).toEqual([{ id: COMPARISON, caseId: 'case-1', title: 'Deemed exports', baselineRegimeId: R1, ...provenance }]);
    expect(records.regimes[0]).toEqual({ ...only.regimes[0], caseId: 'case-1', comparisonId: COMPARISON, ...provenance });
    expect(records.dimensions[1]).toEqual({ ...only.dimensions[1], caseId: 'case-1', comparisonId: COMPARISON, ...provenance });
    expect(records.dimensions[1]).not.toHaveProperty('agreement');
    expect(records.cells.map((c) => [c.id, c.status, c.evidenceClauseIds, c.caseId, c.comparisonId])).toEqual(
      only.cells.map((c) => [c.id, c.status, c.evidenceClauseIds, 'case-1', COMPARISON]),
    );
    const noBaseline = sampleComparisonRecords(withComparison({ baselineRegimeId: undefined }) as SampleComparisonsFile, 'c', 'T', new Date(0));
    expect(noBaseline.comparisons[0]).not.toHaveProperty('baselineRegimeId');
  });
});

describe('planSampleComparisons', () => {
  const records = sampleComparisonRecords(good, 'sample', 'Tester', new Date(0));
  const none = (n: number) => Array.from({ length: n }, () => undefined);
  const fresh: SampleComparisonStoreState = {
    sampleCaseId: 'sample',
    storedComparisons: none(1),
    storedRegimes: none(2),
    storedDimensions: none(2),
    storedCells: none(4),
    occupiedPairs: new Set(),
    clauseCases: new Map([
      [CLAUSE, 'sample'],
      [OTHER_CLAUSE, 'sample'],
    ]),
  };
  const describeClause = sampleComparisonDescriber(clauses);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('adds everything to an empty store, as shipped', () => {
    const plan = planSampleComparisons(records, fresh, describeClause);
    expect(plan.failures).toEqual([]);
    expect(plan.comparisons).toEqual(records.comparisons);
    expect(plan.regimes).toEqual(records.regimes);
    expect(plan.dimensions).toEqual(records.dimensions);
    expect(plan.cells).toEqual(records.cells);
  });

  it('leaves alone what the sample case already holds and adds only what is missing', () => {
    const inSample = { caseId: 'sample' };
    const plan = planSampleComparisons(
      records,
      {
        ...fresh,
        storedComparisons: [inSample],
        storedRegimes: [inSample, undefined],
        storedDimensions: [inSample, inSample],
        storedCells: [inSample, inSample, undefined, undefined],
        occupiedPairs: new Set([`${R1} ${D1}`, `${R1} ${D2}`]),
      },
      describeClause,
    );
    expect(plan.failures).toEqual([]);
    expect(ids(plan.comparisons)).toEqual([]);
    expect(ids(plan.regimes)).toEqual([R2]);
    expect(ids(plan.dimensions)).toEqual([]);
    expect(ids(plan.cells)).toEqual([C21, C22]);
  });

  it('never overwrites a comparison of another case; reports it once and adds none of its parts', () => {
    const plan = planSampleComparisons(records, { ...fresh, storedComparisons: [{ caseId: 'mine' }] }, describeClause);
    expect(plan.failures).toEqual([{ what: 'Deemed exports', reason: 'its id is taken by a comparison of another case; nothing of it was added' }]);
    expect([plan.comparisons, plan.regimes, plan.dimensions, plan.cells].flat()).toEqual([]);
  });

  it("reports a regime held by another case and skips that regime's cells with it", () => {
    const plan = planSampleComparisons(records, { ...fresh, storedRegimes: [undefined, { caseId: 'mine' }] }, describeClause);
    expect(plan.failures).toEqual([{ what: 'EAR', reason: 'its id is taken by a regime of another case; its cells were not added' }]);
    expect(ids(plan.regimes)).toEqual([R1]);
    expect(ids(plan.cells)).toEqual([C11, C12]);
  });

  it('reports a cell whose id is held by another case, or whose place another cell holds', () => {
    const plan = planSampleComparisons(
      records,
      { ...fresh, storedCells: [{ caseId: 'mine' }, undefined, undefined, undefined], occupiedPairs: new Set([`${R2} ${D2}`]) },
      describeClause,
    );
    expect(plan.failures).toEqual([
      { what: 'Order × Who is foreign?', reason: 'its id is taken by a cell of another case' },
      { what: 'EAR × Penalties?', reason: 'another cell already holds its place' },
    ]);
    expect(ids(plan.cells)).toEqual([C12, C21]);
  });

  it('keeps a cell whose evidence clause was not placed, without that clause, and reports it', () => {
    // CLAUSE did not anchor; OTHER_CLAUSE's id belongs to another case.
    const plan = planSampleComparisons(records, { ...fresh, clauseCases: new Map([[OTHER_CLAUSE, 'mine']]) }, describeClause);
    expect(ids(plan.cells)).toEqual([C11, C12, C21, C22]);
    const [c11, c12, c21, c22] = plan.cells;
    expect(c11).toMatchObject({ evidenceClauseIds: [], status: 'unsourced' });
    expect(c12).toBe(records.cells[1]);
    expect(c21).toMatchObject({ evidenceClauseIds: [], status: 'unsourced' });
    // A cell the sources call contested stays disputed.
    expect(c22).toMatchObject({ evidenceClauseIds: [], status: 'disputed' });
    expect(plan.failures).toEqual([
      { what: 'Order × Who is foreign?', reason: 'its evidence ¶ 1 (note.pdf) is not in the sample case; the cell is kept without it' },
      { what: 'EAR × Who is foreign?', reason: 'its evidence ¶ 1 (note.pdf) is not in the sample case; the cell is kept without it' },
      { what: 'EAR × Who is foreign?', reason: 'its evidence ¶ 2 (note.pdf) is not in the sample case; the cell is kept without it' },
      { what: 'EAR × Penalties?', reason: 'its evidence ¶ 2 (note.pdf) is not in the sample case; the cell is kept without it' },
    ]);
    // The records passed in are not changed.
    expect(records.cells[0]!.evidenceClauseIds).toEqual([CLAUSE]);
  });

  it('keeps a cell paraphrased while some of its evidence is placed', () => {
    const plan = planSampleComparisons(records, { ...fresh, clauseCases: new Map([[OTHER_CLAUSE, 'sample']]) }, describeClause);
    expect(plan.cells[2]).toMatchObject({ id: C21, evidenceClauseIds: [OTHER_CLAUSE], status: 'paraphrased' });
  });
});
