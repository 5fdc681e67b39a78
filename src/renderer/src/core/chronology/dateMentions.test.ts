import { describe, expect, it } from 'vitest';
import { dateSpan, findDateMentions, parseDateExpression } from './dateMentions';

const found = (text: string) => findDateMentions(text).map((m) => ({ text: text.slice(m.start, m.end), display: m.date.display }));

describe('parseDateExpression', () => {
  it.each([
    ['2026-06-23', '2026-06-23', 'day', 'exact', '2026-06-23'],
    ['before 2026-06-23', '2026-06-23', 'day', 'before', 'before 2026-06-23'],
    ['Shortly before 2026-06-23 (date not reported)', '2026-06-23', 'day', 'before', 'before 2026-06-23'],
    ['after 2025-01-01', '2025-01-01', 'day', 'after', 'after 2025-01-01'],
    ['2026 (year assumed from the reporting)', '2026', 'year', 'assumed', '2026 (assumed)'],
    ['2026-06-23 (year assumed from the reporting)', '2026-06-23', 'day', 'assumed', '2026-06-23 (assumed)'],
    ['June 23, 2026', '2026-06-23', 'day', 'exact', '2026-06-23'],
    ['23 July 2025', '2025-07-23', 'day', 'exact', '2025-07-23'],
    ['July 2025', '2025-07', 'month', 'exact', 'July 2025'],
    ['2025-03', '2025-03', 'month', 'exact', 'March 2025'],
    ['2006', '2006', 'year', 'exact', '2006'],
    ['Mid-2026 (date not reported)', '2026', 'year', 'about', 'about 2026'],
    ['c. 1998', '1998', 'year', 'about', 'about 1998'],
  ])('%s', (text, iso, precision, qualifier, display) => {
    expect(parseDateExpression(text)).toMatchObject({ iso, precision, qualifier, display });
  });

  it.each(['undated', '', '  ', 'n.d.', 'date not reported', 'FY2026', 'No. 24-1234'])('%j has no date', (text) => {
    expect(parseDateExpression(text)).toBeUndefined();
  });

  it('sorts "before" just before its date, "after" just after, and a year or month at its start', () => {
    const order = ['2026-06-24', 'after 2026-06-23', 'before 2026-06-23', '2026-06-22', '2026-06-23', '2026', 'June 2026', '2025-12-31'];
    const sorted = order.map((t) => parseDateExpression(t)!).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    expect(sorted.map((d) => d.display)).toEqual([
      '2025-12-31',
      '2026',
      'June 2026',
      '2026-06-22',
      'before 2026-06-23',
      '2026-06-23',
      'after 2026-06-23',
      '2026-06-24',
    ]);
  });
});

describe('findDateMentions', () => {
  it('finds the dates study notes write, with their offsets', () => {
    const text = 'On 13 May 2025 the Department announced it would not enforce the rule, which took effect on 13 January 2025.';
    const mentions = findDateMentions(text);
    expect(mentions.map((m) => m.date.iso)).toEqual(['2025-05-13', '2025-01-13']);
    expect(text.slice(mentions[0]!.start, mentions[0]!.end)).toBe('13 May 2025');
    expect(text.slice(mentions[1]!.start, mentions[1]!.end)).toBe('13 January 2025');
  });

  it('reads one day as one mention, not also its month', () => {
    expect(found('Executive Order 14320 of 23 July 2025 (90 FR 35393) set up the program.')).toEqual([
      { text: '23 July 2025', display: '2025-07-23' },
    ]);
    expect(found('GAO decision B-337935 of 12 May 2026 treated it as a rule.')).toEqual([{ text: '12 May 2026', display: '2026-05-12' }]);
    expect(found('filed June 23, 2026 in Washington')).toEqual([{ text: 'June 23, 2026', display: '2026-06-23' }]);
  });

  it('reads month-only and year-only dates as imprecise', () => {
    expect(found('In July 2025 the program began; the best practices date from 2006.')).toEqual([
      { text: 'July 2025', display: 'July 2025' },
      { text: '2006', display: '2006' },
    ]);
    expect(found('2006. The Wassenaar Arrangement adopts best practices.')).toEqual([{ text: '2006', display: '2006' }]);
    expect(found('Best Practices for Implementing Intangible Transfer of Technology Controls (2006)')).toEqual([{ text: '2006', display: '2006' }]);
  });

  it('reads the doubt written around a date', () => {
    expect(found('Before 2026-06-23 (date not reported). An executive order stops sharing.')[0]?.display).toBe('before 2026-06-23');
    expect(found('2026-06-23 (year assumed from the reporting). Legion sues.')[0]?.display).toBe('2026-06-23 (assumed)');
    expect(found('At the time of the reporting (mid-2026; exact date not given).')[0]?.display).toBe('about 2026');
    expect(found('no later than March 1, 2027')[0]?.display).toBe('before 2027-03-01');
    expect(found('in force since 2020-01-01')[0]?.display).toBe('after 2020-01-01');
  });

  it.each([
    '15 CFR 734.13(a)(2) and 734.20(b)',
    'Regulation (EU) 2021/821, Arts. 2(2)(d), 8, 11',
    'Export Control Order 2008, SI 2008/3231, arts. 19, 33',
    'Strategic Trade Act 2010 (Act 708), s. 4',
    '90 FR 4544, FR Doc. 2025-00636',
    'models trained with 10^26 or more operations',
    '8 U.S.C. 1324b(a)(3)',
    'Notice to Exporters 1159',
    'February 30, 2025 and 2025-13-01',
    'the Secretary may 2025 review',
  ])('finds no date in %j', (text) => {
    expect(findDateMentions(text)).toEqual([]);
  });

  it('takes any bare year in a date field', () => {
    expect(findDateMentions('Act 2010', { bareYears: 'all' }).map((m) => m.date.iso)).toEqual(['2010']);
    expect(findDateMentions('Act 2010')).toEqual([]);
  });
});

describe('dateSpan', () => {
  it.each([
    ['before 2026-06-23', { latest: '2026-06-23' }],
    ['after 2025-01-01', { earliest: '2025-01-01' }],
    ['from 2025-03', { earliest: '2025-03' }],
    ['from 2025-03 to 2025-05', { earliest: '2025-03', latest: '2025-05' }],
    ['June 23, 2026', { earliest: '2026-06-23', latest: '2026-06-23' }],
    ['2026 (year assumed from the reporting)', { earliest: '2026', latest: '2026' }],
  ])('%s', (text, span) => {
    expect(dateSpan(text)).toEqual(span);
  });

  it('is undefined without a date', () => {
    expect(dateSpan('undated')).toBeUndefined();
  });
});
