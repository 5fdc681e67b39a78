import { describe, expect, it } from 'vitest';
import { dateInRange, isEmptyQuery, mergeFilters, NO_FILTERS, parseQuery } from './query';

describe('parseQuery', () => {
  it('folds words, fuzzy for long words, and takes the last word as a prefix while typing', () => {
    const q = parseQuery('Nationality rule expo');
    expect(q.terms).toEqual([
      { term: 'nationality', prefix: false, fuzzy: true },
      { term: 'rule', prefix: false, fuzzy: false },
      { term: 'expo', prefix: true, fuzzy: false },
    ]);
  });

  it('a trailing space ends the last word; exact mode turns prefix and fuzzy off', () => {
    expect(parseQuery('model ').terms).toEqual([{ term: 'model', prefix: false, fuzzy: true }]);
    expect(parseQuery('nationality expo', { exact: true }).terms).toEqual([
      { term: 'nationality', prefix: false, fuzzy: false },
      { term: 'expo', prefix: false, fuzzy: false },
    ]);
  });

  it('reads explicit prefix (*) and fuzzy (~) on any word, exact mode included', () => {
    const q = parseQuery('nation* law~ rule', { exact: true });
    expect(q.terms).toEqual([
      { term: 'nation', prefix: true, fuzzy: false },
      { term: 'law', prefix: false, fuzzy: true },
      { term: 'rule', prefix: false, fuzzy: false },
    ]);
  });

  it('keeps quoted phrases whole and adds their words as exact terms; an unclosed quote runs to the end', () => {
    const q = parseQuery('"Deemed  Export" approval "foreign nat');
    expect(q.phrases).toEqual(['Deemed  Export', 'foreign nat']);
    expect(q.terms.map((t) => [t.term, t.prefix, t.fuzzy])).toEqual([
      ['deemed', false, false],
      ['export', false, false],
      ['approval', false, true],
      ['foreign', false, false],
      ['nat', false, false],
    ]);
  });

  it('splits words at punctuation as the index does ("U.S." is two words)', () => {
    expect(parseQuery('U.S. § 734.13', { exact: true }).terms.map((t) => t.term)).toEqual(['u', 's', '734', '13']);
  });

  it('reads filters and reports the ones it cannot use', () => {
    const q = parseQuery('kind:complaint type:Definition tag:deemed-export date:2026 in:clauses kind:memo from:soon harm');
    expect(q.filters).toEqual({
      kinds: ['complaint'],
      clauseTypes: ['definition'],
      tags: ['deemed-export'],
      from: '2026',
      to: '2026',
      within: 'clauses',
    });
    expect(q.problems).toHaveLength(2);
    expect(q.problems[0]).toMatch(/kind:memo is not a document kind/);
    expect(q.problems[1]).toMatch(/from:soon is not a date/);
    expect(q.terms.map((t) => t.term)).toEqual(['harm']);
  });

  it('searches an unknown key:value as words', () => {
    expect(parseQuery('section:3', { exact: true }).terms.map((t) => t.term)).toEqual(['section', '3']);
  });

  it('knows an empty query from a filter-only one', () => {
    expect(isEmptyQuery(parseQuery('  ""  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('tag:harm'))).toBe(false);
  });
});

describe('mergeFilters', () => {
  it('joins lists and keeps the narrower dates', () => {
    const typed = parseQuery('kind:complaint from:2025-06 to:2026').filters;
    const merged = mergeFilters({ kinds: ['statute'], from: '2025-01-01', to: '2025-12-31', within: 'pages' }, typed);
    expect(merged).toEqual({ kinds: ['statute', 'complaint'], clauseTypes: [], tags: [], from: '2025-06', to: '2025-12-31', within: 'pages' });
    expect(mergeFilters({}, NO_FILTERS)).toEqual(NO_FILTERS);
  });
});

describe('dateInRange', () => {
  it.each([
    ['2026-06-23', '2026', '2026', true],
    ['2026-06-23', '2026-07', undefined, false],
    ['2026-06-23', undefined, '2026-06', true],
    ['2026-06-23', undefined, '2026-06-22', false],
    ['before 2026-06-23', '2020', undefined, false],
    // Free-text dates: within a range only where every date they allow is.
    ['before 2026-06-23', undefined, '2026', true],
    ['before 2026-06-23', undefined, '2026-06-23', true],
    ['before 2026-06-23', undefined, '2026-05', false],
    ['after 2025-01-01', '2024', undefined, true],
    ['after 2025-01-01', '2024', '2030', false],
    ['signed 2026-06-23 (date stamp)', '2026-06', '2026-06', true],
    // The sample complaint's date: a day whose year is assumed is still that day.
    ['2026-06-23 (year assumed from the reporting)', '2026-06', '2026-06', true],
    ['2026-06-23 (year assumed from the reporting)', '2026-07', undefined, false],
    ['by June 2026', undefined, '2026-06', true],
    ['by June 2026', '2026-01', undefined, false],
    ['mid-2026', '2026', '2026', true],
    ['from 2025-03 to 2025-05', '2025', '2025-06', true],
    ['from 2025-03 to 2025-05', '2025-04', undefined, false],
    ['FY2026', '2026', undefined, false],
    ['undated', '2020', undefined, false],
    ['undated', undefined, undefined, true],
  ])('%s in [%s, %s] is %s', (date, from, to, expected) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });
});
