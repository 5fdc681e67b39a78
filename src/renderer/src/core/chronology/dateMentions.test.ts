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
    ['Mid-2026 (date not reported)', '2026', 'year', 'mid', 'mid-2026'],
    ['mid-June 2026', '2026-06', 'month', 'mid', 'mid-June 2026'],
    ['early 2026', '2026', 'year', 'early', 'early 2026'],
    ['late 2025', '2025', 'year', 'late', 'late 2025'],
    ['c. 1998', '1998', 'year', 'about', 'about 1998'],
    ['by June 2026', '2026-06', 'month', 'by', 'by June 2026'],
    ['no later than 1 March 2027', '2027-03-01', 'day', 'by', 'by 2027-03-01'],
    ['on or before 2026-06-23', '2026-06-23', 'day', 'by', 'by 2026-06-23'],
    ['after June 2026', '2026-06', 'month', 'after', 'after June 2026'],
    ['since 2020', '2020', 'year', 'from', 'from 2020'],
  ])('%s', (text, iso, precision, qualifier, display) => {
    expect(parseDateExpression(text)).toMatchObject({ iso, precision, qualifier, display });
  });

  it.each(['undated', '', '  ', 'n.d.', 'date not reported', 'FY2026', 'No. 24-1234'])('%j has no date', (text) => {
    expect(parseDateExpression(text)).toBeUndefined();
  });

  const sortedDisplays = (texts: string[]) =>
    texts
      .map((t) => parseDateExpression(t)!)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
      .map((d) => d.display);

  it('sorts "before" just before its date, "after" just after, and a year or month at its start', () => {
    const order = ['2026-06-24', 'after 2026-06-23', 'before 2026-06-23', '2026-06-22', '2026-06-23', '2026', 'June 2026', '2025-12-31'];
    expect(sortedDisplays(order)).toEqual([
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

  it('sorts "after" a month or year after the whole period, "before" one before its start', () => {
    expect(sortedDisplays(['2026-07-01', 'after June 2026', '2026-06-15', '2026-06-30'])).toEqual([
      '2026-06-15',
      '2026-06-30',
      'after June 2026',
      '2026-07-01',
    ]);
    expect(sortedDisplays(['2027-01-01', 'after 2026', '2026-12-31', '2026-01-01'])).toEqual([
      '2026-01-01',
      '2026-12-31',
      'after 2026',
      '2027-01-01',
    ]);
    expect(sortedDisplays(['2026-06-01', 'before June 2026', '2026-05-31', 'June 2026'])).toEqual([
      '2026-05-31',
      'before June 2026',
      'June 2026',
      '2026-06-01',
    ]);
    expect(sortedDisplays(['2026-01-01', 'before 2026', '2025-12-31'])).toEqual(['2025-12-31', 'before 2026', '2026-01-01']);
  });

  it('sorts "mid-" in the middle of its period and "by" at the end, inside it', () => {
    expect(sortedDisplays(['2026-06-23', 'Mid-2026', '2026-05-12', '2026-07-02', '2026-01-01'])).toEqual([
      '2026-01-01',
      '2026-05-12',
      '2026-06-23',
      'mid-2026',
      '2026-07-02',
    ]);
    expect(sortedDisplays(['mid-June 2026', '2026-06-14', '2026-06-16'])).toEqual(['2026-06-14', 'mid-June 2026', '2026-06-16']);
    expect(sortedDisplays(['by June 2026', '2026-06-29', '2026-06-30', '2026-07-01', 'before June 2026'])).toEqual([
      'before June 2026',
      '2026-06-29',
      'by June 2026',
      '2026-06-30',
      '2026-07-01',
    ]);
    expect(sortedDisplays(['late 2026', 'early 2026', '2026-06-30', 'since 2026', '2026-01-01'])).toEqual([
      'early 2026',
      'from 2026',
      '2026-01-01',
      '2026-06-30',
      'late 2026',
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
    expect(found('At the time of the reporting (mid-2026; exact date not given).')[0]?.display).toBe('mid-2026');
    expect(found('no later than March 1, 2027')[0]?.display).toBe('by 2027-03-01');
    expect(found('Approval must be sought by June 2026.')[0]?.display).toBe('by June 2026');
    expect(found('in force since 2020-01-01')[0]?.display).toBe('from 2020-01-01');
    expect(found('announced shortly after 2026-06-23')[0]?.display).toBe('after 2026-06-23');
    expect(found('Around 2019 the rule changed.')[0]?.display).toBe('about 2019');
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
    ['by June 2026', { latest: '2026-06' }],
    ['after 2025-01-01', { earliest: '2025-01-01' }],
    ['since 2025-01-01', { earliest: '2025-01-01' }],
    ['mid-2026', { earliest: '2026', latest: '2026' }],
    ['2026-06-23 (year assumed from the reporting)', { earliest: '2026-06-23', latest: '2026-06-23' }],
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
