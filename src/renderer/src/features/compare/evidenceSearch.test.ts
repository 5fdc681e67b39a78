import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../core/compare/comparisonModel';
import type { SourceKind } from '../../core/compare/sourceKind';
import { clauseRecord } from '../../db/testRecords';
import { clauseOptionText, excerpt, groupByDocument, matchEvidence, searchable, toggleChoice } from './evidenceSearch';

function item(
  id: string,
  documentId: string,
  documentTitle: string,
  quote: string,
  fields: { label?: string; comment?: string; kind?: SourceKind } = {},
): EvidenceItem {
  const clause = { ...clauseRecord(id, 'k', documentId), label: fields.label ?? '', comment: fields.comment ?? '', type: 'definition' };
  return {
    clause,
    documentId,
    documentTitle,
    quote,
    citation: `${documentTitle}, ${fields.label ?? ''}`,
    sourceKind: fields.kind ?? 'primary',
    anchorStatus: 'anchored',
  };
}

const items = [
  item('c1', 'eo', 'Executive order', 'Covered persons means any foreign national, wherever located.', { label: 'Sec. 2(a)' }),
  item('c2', 'eo', 'Executive order', 'No US developer shall share a covered model.', { label: 'Sec. 3', comment: 'The **ban** itself' }),
  item('c3', 'note', 'EAR study note', 'A release to a foreign person in the United States is a deemed export.', { kind: 'secondary' }),
  item('c4', 'eo', 'Executive order', 'This order takes effect at once.', { label: 'Sec. 9' }),
];

describe('matchEvidence', () => {
  const entries = searchable(items);
  const ids = (query: string) => matchEvidence(entries, query).map((e) => e.item.clause.id);

  it('keeps everything, in order, for an empty query', () => {
    expect(ids('  ')).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
  it('matches quote text, label, comment and document title, every word, any case', () => {
    expect(ids('foreign')).toEqual(['c1', 'c3']);
    expect(ids('sec. 3')).toEqual(['c2']);
    expect(ids('ban')).toEqual(['c2']);
    expect(ids('study NOTE deemed')).toEqual(['c3']);
    expect(ids('foreign wherever')).toEqual(['c1']);
    expect(ids('nothing-like-this')).toEqual([]);
  });
  it('names a clause without a label by its type', () => {
    expect(entries[2]!.name).toBe('Definition');
    expect(clauseOptionText(entries[0]!)).toBe('Sec. 2(a) — Executive order');
  });
});

describe('groupByDocument', () => {
  it('groups consecutive clauses of one document, with its source kind', () => {
    const groups = groupByDocument(searchable(items));
    expect(groups.map((g) => [g.documentTitle, g.sourceKind, g.entries.map((e) => e.item.clause.id)])).toEqual([
      ['Executive order', 'primary', ['c1', 'c2']],
      ['EAR study note', 'secondary', ['c3']],
      ['Executive order', 'primary', ['c4']],
    ]);
  });
});

describe('toggleChoice', () => {
  it('keeps earlier evidence first: new ones go last, unchecked ones leave their place', () => {
    expect(toggleChoice(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleChoice(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleChoice(toggleChoice(['a', 'b'], 'a'), 'a')).toEqual(['b', 'a']);
  });
});

describe('excerpt', () => {
  it('collapses whitespace and cuts long quotes with an ellipsis', () => {
    expect(excerpt('a\n  b')).toBe('a b');
    expect(excerpt('one two three four', 7)).toBe('one two…');
  });
});
