import { describe, expect, it } from 'vitest';
import type { Cell, Clause, Comparison, Dimension, Regime } from '../types';
import { deriveCellStatus, type EvidenceFacts } from './cellStatus';
import { buildComparisonModel, type EvidenceItem } from './comparisonModel';
import { answerKey, differsFromBaseline, rowAgrees } from './differences';
import { carriesIllustrativeMark, sourceKindOf } from './sourceKind';

const at = '2026-07-01T00:00:00.000Z';
const prov = { createdBy: 'A', createdAt: at, updatedAt: at };
const comparison: Comparison = { id: 'cmp', caseId: 'k', title: 'Deemed exports', ...prov };
const regime = (id: string, order: number): Regime => ({
  id,
  caseId: 'k',
  comparisonId: 'cmp',
  name: id.toUpperCase(),
  jurisdiction: '',
  status: '',
  instruments: [],
  order,
  ...prov,
});
const dimension = (id: string, order: number, agreement?: Dimension['agreement']): Dimension => ({
  id,
  caseId: 'k',
  comparisonId: 'cmp',
  question: `Q ${id}`,
  group: 'Scope',
  order,
  ...(agreement ? { agreement } : {}),
  ...prov,
});
const cell = (
  regimeId: string,
  dimensionId: string,
  answer: string,
  evidenceClauseIds: string[] = [],
  status: Cell['status'] = 'unsourced',
): Cell => ({
  id: `${regimeId}-${dimensionId}`,
  caseId: 'k',
  comparisonId: 'cmp',
  regimeId,
  dimensionId,
  answer,
  detail: '',
  evidenceClauseIds,
  status,
  ...prov,
});
const primary: EvidenceFacts = { anchorStatus: 'anchored', sourceKind: 'primary' };
const secondary: EvidenceFacts = { anchorStatus: 'fuzzy', sourceKind: 'secondary' };
const orphan: EvidenceFacts = { anchorStatus: 'orphaned', sourceKind: 'primary' };

describe('cell status from evidence', () => {
  it('no evidence is unsourced; only secondary is paraphrased; any primary is sourced', () => {
    expect(deriveCellStatus({ status: 'sourced' }, [])).toBe('unsourced');
    expect(deriveCellStatus({ status: 'unsourced' }, [secondary])).toBe('paraphrased');
    expect(deriveCellStatus({ status: 'unsourced' }, [secondary, primary])).toBe('sourced');
  });
  it('the analyst’s "disputed" stays, whatever the evidence', () => {
    expect(deriveCellStatus({ status: 'disputed' }, [primary])).toBe('disputed');
    expect(deriveCellStatus({ status: 'disputed' }, [])).toBe('disputed');
  });
  it('an orphaned or missing evidence clause demotes the cell to needs-review, even a disputed one', () => {
    expect(deriveCellStatus({ status: 'sourced' }, [primary, orphan])).toBe('needs-review');
    expect(deriveCellStatus({ status: 'disputed' }, [undefined])).toBe('needs-review');
  });
});

describe('source kind', () => {
  it('a primary kind is primary unless it carries the illustrative mark', () => {
    expect(sourceKindOf({ kind: 'executive-order' }, false)).toBe('primary');
    expect(sourceKindOf({ kind: 'executive-order' }, true)).toBe('secondary');
    expect(sourceKindOf({ kind: 'other' }, false)).toBe('secondary');
    expect(sourceKindOf({ kind: 'article' }, false)).toBe('secondary');
    expect(carriesIllustrativeMark('Sec. 3\nILLUSTRATIVE STUDY DOCUMENT - not an official text. Clausebench sample case.')).toBe(true);
    expect(carriesIllustrativeMark('Executive Order 14320 of July 23, 2025')).toBe(false);
  });
});

describe('differences and agreement', () => {
  it('answers compare without case, spacing or final punctuation', () => {
    expect(answerKey('  Yes,  by nationality. ')).toBe('yes, by nationality');
    expect(differsFromBaseline({ answer: 'Yes.' }, { answer: 'yes' })).toBe(false);
    expect(differsFromBaseline({ answer: 'No' }, { answer: 'Yes' })).toBe(true);
  });
  it('an empty answer on either side is not a difference', () => {
    expect(differsFromBaseline({ answer: '' }, { answer: 'Yes' })).toBe(false);
    expect(differsFromBaseline(undefined, { answer: 'Yes' })).toBe(false);
    expect(differsFromBaseline({ answer: 'No' }, undefined)).toBe(false);
  });
  it('a row agrees on equal non-empty answers, unless the analyst decided', () => {
    expect(rowAgrees({}, [{ answer: 'Yes' }, { answer: 'yes.' }])).toBe(true);
    expect(rowAgrees({}, [{ answer: 'Yes' }, { answer: 'No' }])).toBe(false);
    expect(rowAgrees({}, [{ answer: 'Yes' }, undefined])).toBe(false);
    expect(rowAgrees({}, [])).toBe(false);
    expect(rowAgrees({ agreement: 'agree' }, [{ answer: 'Yes' }, { answer: 'No' }])).toBe(true);
    expect(rowAgrees({ agreement: 'differ' }, [{ answer: 'Yes' }, { answer: 'Yes' }])).toBe(false);
  });
});

describe('the comparison model', () => {
  const clause = (id: string, anchorStatus: Clause['anchorStatus']) => ({ id, anchorStatus }) as Clause;
  const item = (id: string, sourceKind: EvidenceItem['sourceKind'], anchorStatus: Clause['anchorStatus'] = 'anchored'): EvidenceItem => ({
    clause: clause(id, anchorStatus),
    documentId: 'd',
    documentTitle: 'Doc',
    quote: 'q',
    citation: 'c',
    sourceKind,
    anchorStatus,
  });
  const parts = {
    comparison: { ...comparison, baselineRegimeId: 'us' },
    regimes: [regime('us', 0), regime('eu', 1), regime('uk', 2)],
    dimensions: [dimension('d1', 0), dimension('d2', 1), dimension('d3', 2, 'agree')],
    cells: [
      cell('us', 'd1', 'Nationality', ['c-primary']),
      cell('eu', 'd1', 'Location', ['c-note']),
      cell('uk', 'd1', 'Location', ['c-gone']),
      cell('us', 'd2', 'Yes'),
      cell('eu', 'd2', 'yes.'),
      cell('uk', 'd2', 'Yes', ['c-orphan']),
      cell('us', 'd3', 'A'),
      cell('eu', 'd3', 'B'),
    ],
  };
  const evidence = new Map([
    ['c-primary', item('c-primary', 'primary')],
    ['c-note', item('c-note', 'secondary')],
    ['c-orphan', item('c-orphan', 'primary', 'orphaned')],
  ]);
  const model = buildComparisonModel(parts, evidence);

  it('finds cells, their evidence and derived status', () => {
    expect(model.statusOf(model.cellAt('us', 'd1'))).toBe('sourced');
    expect(model.statusOf(model.cellAt('eu', 'd1'))).toBe('paraphrased');
    expect(model.evidenceOf(model.cellAt('uk', 'd1')!)).toEqual([undefined]);
    expect(model.statusOf(model.cellAt('uk', 'd1'))).toBe('needs-review');
    expect(model.statusOf(model.cellAt('uk', 'd2'))).toBe('needs-review');
    expect(model.statusOf(model.cellAt('us', 'd2'))).toBe('unsourced');
    expect(model.statusOf(model.cellAt('uk', 'd3'))).toBe('unsourced');
  });
  it('marks differences from the baseline, never the baseline itself', () => {
    expect(model.baseline?.id).toBe('us');
    expect(model.differs('eu', 'd1')).toBe(true);
    expect(model.differs('us', 'd1')).toBe(false);
    expect(model.differs('eu', 'd2')).toBe(false);
    expect(model.differs('uk', 'd3')).toBe(false);
  });
  it('agreement follows the shown regimes and the analyst’s call', () => {
    const [d1, d2, d3] = parts.dimensions;
    expect(model.agrees(d1!, ['us', 'eu', 'uk'])).toBe(false);
    expect(model.agrees(d1!, ['eu', 'uk'])).toBe(true);
    expect(model.agrees(d2!, ['us', 'eu', 'uk'])).toBe(true);
    expect(model.agrees(d3!, ['us', 'eu'])).toBe(true);
  });
  it('no baseline when it names a regime that is gone', () => {
    const without = buildComparisonModel({ ...parts, comparison: { ...comparison, baselineRegimeId: 'gone' } }, evidence);
    expect(without.baseline).toBeUndefined();
    expect(without.differs('eu', 'd1')).toBe(false);
  });
});
