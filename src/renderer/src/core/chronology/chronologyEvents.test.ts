import { describe, expect, it } from 'vitest';
import { buildChronology, documentEventKind, type ChronologyClause, type ChronologyDocument } from './chronologyEvents';
import { clauseEventTitle, sentenceBounds } from './eventTitle';

const doc = (id: string, kind: ChronologyDocument['kind'], date: string, title = id): ChronologyDocument => ({ id, kind, date, title });

function clause(id: string, exact: string, type = 'other', documentId = 'note'): ChronologyClause {
  return {
    id,
    documentId,
    type,
    label: `¶ ${id}`,
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } } as ChronologyClause['target'],
  };
}

describe('buildChronology', () => {
  it('orders the sample case: the undated order and letter just before the complaint', () => {
    const { events, undatedDocuments } = buildChronology(
      [
        doc('complaint', 'complaint', '2026-06-23 (year assumed from the reporting)', 'Complaint'),
        doc('order', 'executive-order', 'before 2026-06-23', 'Executive Order'),
        doc('letter', 'agency-letter', 'before 2026-06-23', 'Commerce letter'),
        doc('note', 'other', 'undated', 'Study note'),
      ],
      [
        clause('9', 'On 13 May 2025 the Department of Commerce announced that it would not enforce the rule. (Commerce press release.)'),
        clause('2', 'The rule took effect on 13 January 2025.', 'effective-date'),
        clause('12', 'The rule’s status is therefore contested. (Press release and GAO decision, read together.)'),
        clause('11', 'GAO decision B-337935 of 12 May 2026 treated that announcement as a rule.'),
        clause('14', 'At the time of the reporting (mid-2026; exact date not given). The Department of Commerce has not answered.'),
      ],
    );
    expect(undatedDocuments).toBe(1);
    expect(events.map((e) => [e.date.display, e.kind, e.source, e.title])).toEqual([
      ['2025-01-13', 'effective', 'clause', 'The rule took effect on 13 January 2025.'],
      ['2025-05-13', 'mentioned', 'clause', 'On 13 May 2025 the Department of Commerce announced that it would not enforce the rule.'],
      ['2026-05-12', 'mentioned', 'clause', 'GAO decision B-337935 of 12 May 2026 treated that announcement as a rule.'],
      ['before 2026-06-23', 'issued', 'document', 'Commerce letter'],
      ['before 2026-06-23', 'issued', 'document', 'Executive Order'],
      ['2026-06-23 (assumed)', 'filed', 'document', 'Complaint'],
      ['mid-2026', 'mentioned', 'clause', 'The Department of Commerce has not answered.'],
    ]);
    expect(events[0]).toMatchObject({ clauseId: '2', documentId: 'note', id: 'clause:2:2025-01-13:exact' });
    expect(events[5]).toMatchObject({ documentId: 'complaint', id: 'document:complaint' });
    expect(events[5]!.date.qualifier).toBe('assumed');
    expect(events[5]!.clauseId).toBeUndefined();
  });

  it('gives one event per distinct date a clause writes, and none for section numbers', () => {
    const { events } = buildChronology(
      [],
      [
        clause('a', 'Executive Order 14148 of 20 January 2025 revoked Executive Order 14110 of 30 October 2023; see 20 January 2025.'),
        clause('b', 'Releasing technology is a deemed export (15 CFR 734.13(a)(2); Regulation (EU) 2021/821).'),
      ],
    );
    expect(events.map((e) => e.date.iso)).toEqual(['2023-10-30', '2025-01-20']);
  });

  it('takes the sentence after a date that stands as a heading, keeping its doubt', () => {
    const { events } = buildChronology(
      [],
      [
        clause('11', 'Shortly before 2026-06-23 (date not reported). Anthropic cuts off access to its two most capable models. (Report.)'),
        clause('12', '2026-06-23 (year assumed from the reporting). Legion sues the Trump administration in federal court in Washington.'),
        clause(
          '14',
          'At the time of the reporting (mid-2026; exact date not given). The Department of Commerce and the White House have not answered.',
        ),
      ],
    );
    // "mid-2026" is the middle of the year, after the filing of 23 June: not its start.
    expect(events.map((e) => [e.date.display, e.title])).toEqual([
      ['before 2026-06-23', 'Anthropic cuts off access to its two most capable models.'],
      ['2026-06-23 (assumed)', 'Legion sues the Trump administration in federal court in Washington.'],
      ['mid-2026', 'The Department of Commerce and the White House have not answered.'],
    ]);
  });

  it('reads the clean quote, so a date broken across lines is still found', () => {
    const { events } = buildChronology([], [clause('x', 'The GAO decision of 12\nMay 2026 treated the announcement as a rule.')]);
    expect(events.map((e) => e.date.iso)).toEqual(['2026-05-12']);
  });
});

describe('documentEventKind', () => {
  it.each([
    ['complaint', 'filed'],
    ['filing', 'filed'],
    ['executive-order', 'issued'],
    ['agency-letter', 'issued'],
    ['court-order', 'issued'],
    ['article', 'published'],
    ['other', 'dated'],
  ] as const)('%s is %s', (kind, expected) => {
    expect(documentEventKind(kind)).toBe(expected);
  });
});

describe('clauseEventTitle', () => {
  it('does not end a sentence at an abbreviation or initials', () => {
    const text = 'Filed in the U.S. District Court on Jan. 5, 2026 by Legion. Then more.';
    const start = text.indexOf('Jan.');
    expect(clauseEventTitle(text, start, start + 'Jan. 5, 2026'.length)).toBe('Filed in the U.S. District Court on Jan. 5, 2026 by Legion.');
  });

  it('cuts a long sentence at a word with an ellipsis', () => {
    const text = `On 1 May 2025 ${'the agency said many things '.repeat(12)}.`;
    const title = clauseEventTitle(text, 3, 13);
    expect(title.length).toBeLessThanOrEqual(180);
    expect(
      title.endsWith('things…') || title.endsWith('said…') || title.endsWith('many…') || title.endsWith('agency…') || title.endsWith('the…'),
    ).toBe(true);
  });

  it('covers the text with sentences', () => {
    const text = 'One (Report.) Two; three. Four';
    expect(sentenceBounds(text).map(([s, e]) => text.slice(s, e).trim())).toEqual(['One (Report.)', 'Two; three.', 'Four']);
  });
});
