import { describe, expect, it } from 'vitest';
import { BUILT_IN_CLAUSE_TYPES } from './clauseTypes';
import { guessClauseType, guessFromHeading, guessFromText, type TypeCues } from './clauseTypeGuess';

const eo = (text: string, extra: Partial<TypeCues> = {}): string => guessClauseType({ text, kind: 'executive-order', unit: 'subsection', ...extra });

describe('guessClauseType', () => {
  it('reads the cues of the words', () => {
    expect(eo('(a) No covered developer shall share a covered model.')).toBe('prohibition');
    expect(eo('(b) A person may not export the item.')).toBe('prohibition');
    expect(eo('(c) Exporters shall not release technology.')).toBe('prohibition');
    expect(eo('(a) The term "covered model" means an advanced model.')).toBe('definition');
    expect(eo('(b) "Export" includes a release abroad.')).toBe('definition');
    expect(eo('(a) The Secretary shall establish a process.')).toBe('obligation');
    expect(eo('(a) Each applicant must file a report.')).toBe('obligation');
    expect(eo('(a) A license is required for the export of the item.')).toBe('licence-requirement');
    expect(eo('(a) No licence is required to ship to Canada.')).toBe('licence-requirement');
    expect(eo('Schedule 8 is effective January 1, 2026.')).toBe('effective-date');
    expect(eo('Civil penalties may be imposed.')).toBe('penalty-enforcement');
    expect(eo('The Secretary may enforce this order.')).toBe('penalty-enforcement');
    expect(eo('Releases to Group A:5 nationals are exempt.')).toBe('exemption');
    expect(eo('This section does not apply to published models.')).toBe('exemption');
    expect(eo('It is the policy of the United States to lead.')).toBe('finding-purpose');
    expect(eo('Congress finds that exports matter.')).toBe('finding-purpose');
    expect(eo('(i) remote or cloud access to the model.')).toBe('other');
  });

  it('avoids the usual false cues', () => {
    // "no later than ... shall" is a deadline, not a prohibition.
    expect(eo('proposals no later than 90 days after the call is issued, and shall consider them')).toBe('obligation');
    // "by any means" / "the means of access" define nothing.
    expect(eo('(iii) the purpose and the means of access; and')).toBe('finding-purpose');
    expect(eo('The United States must not only lead but also export.')).toBe('obligation');
    // "enforceable" is about rights, not enforcement.
    expect(eo('This order does not create any right enforceable at law.')).toBe('other');
  });

  it('a section heading outranks its words; "General Provisions" is other', () => {
    expect(eo('Sec. 1. Purpose. The United States must lead.', { unit: 'section', heading: 'Purpose' })).toBe('finding-purpose');
    expect(eo('Sec. 5. Enforcement. The Secretary shall act.', { unit: 'section', heading: 'Enforcement' })).toBe('penalty-enforcement');
    expect(eo('Sec. 7. General Provisions. Nothing shall impair.', { unit: 'section', heading: 'General Provisions' })).toBe('other');
    expect(guessFromHeading('Establishment of the American AI Exports Program')).toBeUndefined();
    expect(guessFromHeading('Definitions')).toBe('definition');
    expect(guessFromHeading('License Exception AIA')).toBe('exemption');
  });

  it('complaints: paragraphs are allegations, counts claims, the prayer relief', () => {
    const c = (text: string, extra: Partial<TypeCues> = {}) => guessClauseType({ text, kind: 'complaint', unit: 'paragraph', ...extra });
    expect(c('12. The Order shall not apply to Canada, Plaintiff says.')).toBe('factual-allegation');
    expect(c('COUNT I: Action in Excess of Authority', { unit: 'count' })).toBe('claim');
    expect(c('PRAYER FOR RELIEF', { unit: 'prayer' })).toBe('relief-requested');
    expect(c('46. Legion asks the Court to:', { inPrayer: true })).toBe('relief-requested');
    expect(c('WHEREFORE, Plaintiff requests judgment.')).toBe('relief-requested');
  });

  it('always returns a built-in type id', () => {
    const ids = new Set(BUILT_IN_CLAUSE_TYPES.map((t) => t.id));
    for (const text of ['', 'shall', 'means', 'random words', 'penalty', 'exempt']) expect(ids.has(guessFromText(text))).toBe(true);
  });
});
