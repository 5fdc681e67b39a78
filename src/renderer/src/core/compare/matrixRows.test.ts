import { describe, expect, it } from 'vitest';
import type { Dimension } from '../types';
import { rowAgrees } from './differences';
import { displayOrder, groupsOf, matrixRows, type RowSource } from './matrixRows';
import { moveDimension, moveRegime } from './reorder';

const stamp = { createdBy: 'me', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
function dim(id: string, group: string, order: number, extra: Partial<Dimension> = {}): Dimension {
  return { id, caseId: 'A', comparisonId: 'C', question: `Question ${id}?`, group, order, ...stamp, ...extra };
}

// Groups interleave in `order`: the display keeps each group together, in order of first question.
const dimensions = [
  dim('trigger', 'Scope', 0, { question: 'What triggers control?' }),
  dim('weights', 'Technology', 1, { question: 'Are AI model weights covered?' }),
  dim('persons', 'Scope', 2, { question: 'Who counts as a foreign person?' }),
  dim('penalty', '', 3, { question: 'Penalties' }),
  dim('cloud', 'Technology', 4, { question: 'Remote access and cloud' }),
];

const answers: Record<string, Record<string, { answer: string; detail: string }>> = {
  us: {
    trigger: { answer: 'Nationality', detail: 'Follows the **person**.' },
    weights: { answer: 'Yes', detail: '' },
    persons: { answer: 'Any non-US national', detail: 'Permanent residents are not exempted.' },
    cloud: { answer: 'Yes', detail: '' },
  },
  ear: {
    trigger: { answer: 'Release in the US', detail: 'Deemed export rule, 734.13(b).' },
    weights: { answer: 'yes.', detail: '' },
    persons: { answer: 'Foreign person', detail: 'Permanent residents are US persons.' },
    cloud: { answer: 'Yes', detail: '' },
  },
};

const source: RowSource = {
  dimensions,
  cellAt: (r, d) => answers[r]?.[d],
  agrees: (dimension, regimeIds) =>
    rowAgrees(
      dimension,
      regimeIds.map((r) => answers[r]?.[dimension.id]),
    ),
};
const all = { group: null, text: '', onlyDifferences: false };
const keys = (rows: ReturnType<typeof matrixRows>) => rows.map((r) => (r.kind === 'group' ? `[${r.group}:${r.count}]` : r.key));

describe('matrixRows', () => {
  it('groups questions, groups in order of their first question, a header before each', () => {
    expect(displayOrder(dimensions).map((d) => d.id)).toEqual(['trigger', 'persons', 'weights', 'cloud', 'penalty']);
    expect(groupsOf(dimensions)).toEqual(['Scope', 'Technology', '']);
    expect(keys(matrixRows(source, ['us', 'ear'], all))).toEqual([
      '[Scope:2]',
      'trigger',
      'persons',
      '[Technology:2]',
      'weights',
      'cloud',
      '[:1]',
      'penalty',
    ]);
  });

  it('filters by group', () => {
    expect(keys(matrixRows(source, ['us', 'ear'], { ...all, group: 'Technology' }))).toEqual(['[Technology:2]', 'weights', 'cloud']);
    expect(keys(matrixRows(source, ['us'], { ...all, group: '' }))).toEqual(['[:1]', 'penalty']);
  });

  it('filters by text in the question, a shown answer or detail, every word, without case or accents', () => {
    expect(keys(matrixRows(source, ['us', 'ear'], { ...all, text: 'PERMANENT résidents' }))).toEqual(['[Scope:1]', 'persons']);
    expect(keys(matrixRows(source, ['us', 'ear'], { ...all, text: 'cloud' }))).toEqual(['[Technology:1]', 'cloud']);
    expect(keys(matrixRows(source, ['us', 'ear'], { ...all, text: '734.13' }))).toEqual(['[Scope:1]', 'trigger']);
    // A hidden regime's words do not count: the user cannot see why the row matched.
    expect(keys(matrixRows(source, ['us'], { ...all, text: '734.13' }))).toEqual([]);
    expect(keys(matrixRows(source, ['us', 'ear'], { ...all, text: 'person nationality' }))).toEqual(['[Scope:1]', 'trigger']);
  });

  it('"Show only differences" leaves out rows where the shown regimes agree, and empty groups with them', () => {
    const rows = matrixRows(source, ['us', 'ear'], { ...all, onlyDifferences: true });
    // weights ("Yes" = "yes.") and cloud agree; penalty has no answers, so there is something to look at.
    expect(keys(rows)).toEqual(['[Scope:2]', 'trigger', 'persons', '[:1]', 'penalty']);
  });

  it("the analyst's call overrides equal answers", () => {
    const marked: RowSource = {
      ...source,
      dimensions: dimensions.map((d) =>
        d.id === 'cloud' ? { ...d, agreement: 'differ' as const } : d.id === 'trigger' ? { ...d, agreement: 'agree' as const } : d,
      ),
    };
    marked.agrees = (dimension, regimeIds) =>
      rowAgrees(
        dimension,
        regimeIds.map((r) => answers[r]?.[dimension.id]),
      );
    expect(keys(matrixRows(marked, ['us', 'ear'], { ...all, onlyDifferences: true }))).toEqual([
      '[Scope:1]',
      'persons',
      '[Technology:1]',
      'cloud',
      '[:1]',
      'penalty',
    ]);
  });
});

describe('moveRegime', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves past the nearest shown neighbour, hopping hidden ones', () => {
    expect(moveRegime(ids, ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveRegime(ids, ids, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveRegime(ids, ['a', 'c', 'd'], 'c', -1)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveRegime(ids, ['a', 'b', 'd'], 'b', 1)).toEqual(['a', 'c', 'd', 'b']);
  });
  it('refuses to move past the edge', () => {
    expect(moveRegime(ids, ids, 'a', -1)).toBeUndefined();
    expect(moveRegime(ids, ['a', 'b'], 'b', 1)).toBeUndefined();
    expect(moveRegime(ids, ids, 'zz', 1)).toBeUndefined();
  });
});

describe('moveDimension', () => {
  it('swaps with the neighbour in the same group, in display order', () => {
    expect(moveDimension(dimensions, 'persons', -1)).toEqual(['persons', 'trigger', 'weights', 'cloud', 'penalty']);
    expect(moveDimension(dimensions, 'weights', 1)).toEqual(['trigger', 'persons', 'cloud', 'weights', 'penalty']);
  });
  it('does not cross into another group', () => {
    expect(moveDimension(dimensions, 'persons', 1)).toBeUndefined();
    expect(moveDimension(dimensions, 'trigger', -1)).toBeUndefined();
    expect(moveDimension(dimensions, 'penalty', -1)).toBeUndefined();
  });
});
