// "Use as evidence for…" over a real (fake-indexeddb) database: the clause goes after the cell's
// evidence, a missing cell is made, the stored status follows the evidence (except "disputed"),
// and undo/redo put back exactly what was there.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comparison, Dimension, Regime } from '../../core/types';
import { db } from '../../db/database';
import { caseRecord, cellRecord, clauseRecord, documentRecord, testStamp } from '../../db/testRecords';
import type { UndoApi, UndoEntry } from '../../ui/undo';
import { addEvidenceUndoably, type CellTarget } from './evidenceActions';

// loadEvidence reads clause exports through features/clauses' index, which also carries its React
// parts; DOMPurify (under ui/Markdown) needs a DOM that Node has not.
vi.mock('../../ui/Markdown', () => ({ Markdown: () => null }));

const entries: UndoEntry[] = [];
const undo: UndoApi = {
  push: (e) => void entries.push(e),
  undoLast: async () => undefined,
  redoLast: async () => undefined,
  notify: () => undefined,
  clear: () => undefined,
};

const comparison: Comparison = { id: 'cmp', caseId: 'k', title: 'Deemed exports', ...testStamp };
const regime: Regime = {
  id: 'r1',
  caseId: 'k',
  comparisonId: 'cmp',
  name: 'EAR',
  jurisdiction: 'US',
  status: '',
  instruments: [],
  order: 0,
  ...testStamp,
};
const dim = (id: string, order: number): Dimension => ({
  id,
  caseId: 'k',
  comparisonId: 'cmp',
  question: `Q ${id}`,
  group: 'Scope',
  order,
  ...testStamp,
});
const target = (dimensionId: string): CellTarget => ({ caseId: 'k', comparisonId: 'cmp', regimeId: 'r1', dimensionId });

beforeAll(async () => {
  const d = db();
  await d.cases.bulkAdd([caseRecord('k'), caseRecord('other')]);
  await d.documents.bulkAdd([
    documentRecord('eo', ['k'], { kind: 'executive-order', pageCount: 1, pageStatus: ['text'] }),
    documentRecord('note', ['k', 'other'], { kind: 'executive-order', pageCount: 1, pageStatus: ['text'] }),
  ]);
  await d.pageTexts.bulkAdd([
    { documentId: 'eo', pageIndex: 0, text: 'Sec. 1 The order text.', start: 0, status: 'text' },
    // A reconstruction: its kind says order, its footer says otherwise.
    { documentId: 'note', pageIndex: 0, text: 'Sec. 1 Notes. ILLUSTRATIVE STUDY DOCUMENT', start: 0, status: 'text' },
  ]);
  await d.clauses.bulkAdd([clauseRecord('primary', 'k', 'eo'), clauseRecord('paraphrase', 'k', 'note'), clauseRecord('elsewhere', 'other', 'note')]);
  await d.comparisons.add(comparison);
  await d.regimes.add(regime);
  await d.dimensions.bulkAdd([dim('d1', 0), dim('d2', 1), dim('d3', 2)]);
});
beforeEach(() => {
  entries.length = 0;
});
afterAll(async () => {
  await db().delete();
});

describe('addEvidenceUndoably', () => {
  it('appends to an existing cell, promotes its status, and undo/redo put back each state', async () => {
    await db().cells.put({ ...cellRecord('cell-1', 'k', 'cmp', 'r1', 'd1', ['paraphrase']), status: 'paraphrased' });
    expect(await addEvidenceUndoably(target('d1'), 'primary', 'me', 'Added', undo)).toBe('added');
    const after = await db().cells.get('cell-1');
    expect(after).toMatchObject({ evidenceClauseIds: ['paraphrase', 'primary'], status: 'sourced', answer: 'yes' });
    expect(entries.map((e) => e.label)).toEqual(['Added']);

    await entries[0]!.undo();
    expect(await db().cells.get('cell-1')).toMatchObject({ evidenceClauseIds: ['paraphrase'], status: 'paraphrased' });
    await entries[0]!.redo!();
    // Redo runs the write again (with its checks), so only the change time differs.
    expect({ ...(await db().cells.get('cell-1')), updatedAt: after!.updatedAt }).toEqual(after);
  });

  it('writes nothing when the clause is already evidence there', async () => {
    const before = await db().cells.get('cell-1');
    expect(await addEvidenceUndoably(target('d1'), 'primary', 'me', 'Added', undo)).toBe('already-there');
    expect(await db().cells.get('cell-1')).toEqual(before);
    expect(entries).toEqual([]);
  });

  it('makes the cell when the regime has none for the question; undo removes it, redo brings it back', async () => {
    await addEvidenceUndoably(target('d2'), 'paraphrase', 'Ana', 'Added', undo);
    const made = await db().cells.where('[regimeId+dimensionId]').equals(['r1', 'd2']).toArray();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      caseId: 'k',
      answer: '',
      detail: '',
      evidenceClauseIds: ['paraphrase'],
      status: 'paraphrased',
      createdBy: 'Ana',
    });
    await entries[0]!.undo();
    expect(await db().cells.get(made[0]!.id)).toBeUndefined();
    await entries[0]!.redo!();
    expect(await db().cells.get(made[0]!.id)).toEqual(made[0]);
    // A redo never makes a second cell for the pair (another path filled it meanwhile).
    await entries[0]!.undo();
    await db().cells.put({ ...cellRecord('other', 'k', 'cmp', 'r1', 'd2', []), status: 'unsourced' });
    await expect(entries[0]!.redo!()).rejects.toThrow(/already a cell/);
    expect(await db().cells.where('[regimeId+dimensionId]').equals(['r1', 'd2']).count()).toBe(1);
    await db().cells.delete('other');
  });

  it('keeps the analyst’s “disputed” mark', async () => {
    await db().cells.put({ ...cellRecord('cell-3', 'k', 'cmp', 'r1', 'd3', []), status: 'disputed' });
    await addEvidenceUndoably(target('d3'), 'primary', 'me', 'Added', undo);
    expect(await db().cells.get('cell-3')).toMatchObject({ evidenceClauseIds: ['primary'], status: 'disputed' });
  });

  it('refuses a clause of another case and a question deleted meanwhile, writing nothing', async () => {
    const before = await db().cells.get('cell-3');
    await expect(addEvidenceUndoably(target('d3'), 'elsewhere', 'me', 'Added', undo)).rejects.toThrow(/own case/);
    await expect(addEvidenceUndoably(target('gone'), 'primary', 'me', 'Added', undo)).rejects.toThrow(/deleted meanwhile/);
    expect(await db().cells.get('cell-3')).toEqual(before);
    expect(entries).toEqual([]);
  });
});
