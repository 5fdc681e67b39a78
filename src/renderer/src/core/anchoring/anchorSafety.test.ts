/**
 * The "never guess" rules: places that look right to a matcher but are not the clause's words.
 */
import { describe, expect, it } from 'vitest';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';
import { buildAnchorIndex } from './anchorIndex';
import { anchorTarget, type AnchorableTarget } from './anchorTarget';
import { describeRange } from './describeRange';

function doc(pages: string[]) {
  const text = joinDocumentText(pages);
  return { text, index: buildAnchorIndex(text, pageStartOffsets(pages)) };
}

function target(pages: string[], words: string, nth = 0): AnchorableTarget {
  const text = joinDocumentText(pages);
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${JSON.stringify(words)}`);
  return { ...describeRange(text, start, start + words.length), pageIndex: pageIndexAtOffset(pageStartOffsets(pages), start) };
}

/** Distinct filler pages, so "far away" means many pages of unrelated text. */
function filler(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return `Part ${k}. Filler paragraph number ${k} discusses topic ${k * 7} at length, citing volume ${k + 3}.\nIt continues with remark ${k * 13} and closes the page.\n`;
  });
}

describe('never guess', () => {
  it('a quote that ended on a word does not match the start of a longer word', () => {
    const pages = ['The Bureau shall publish the results of evaluations on a form it prescribes.\n'];
    const t = target(pages, 'the results of evaluations on a');
    const after = doc(['The Bureau shall publish the results of evaluations on agency form it prescribes.\n']);
    const r = anchorTarget(after.index, t);
    // Not "anchored" on "…on a|gency": the words changed, so at best a fuzzy match on them.
    expect(r.status).toBe('fuzzy');
    expect(after.text.slice(r.start, r.end)).toMatch(/^the results of evaluations on agency?$/);
  });

  it('a short quote is not matched to the same formula with another number', () => {
    const pages = [
      '(a) The report is due no later than 143 days after the effective date.\n(b) The notice is due no later than 97 days after the effective date.\n',
    ];
    const t = target(pages, '143 days after');
    const after = doc(['(b) The notice is due no later than 97 days after the effective date.\n']);
    expect(anchorTarget(after.index, t)).toEqual({ status: 'orphaned' });
  });

  it('a clause edited beyond recognition in place is not sent to an identical sentence pages away', () => {
    const clause = 'Each covered developer shall retain the evaluation records for five years.';
    const pages = [
      ...filler(3),
      `Sec. 4. Records. ${clause} Sec. 5. Audits follow.\n`,
      ...filler(10, 3),
      `Annex B repeats: ${clause} End of annex.\n`,
    ];
    const t = target(pages, clause);
    const edited = pages.map((p, i) => (i === 3 ? p.replace(clause, 'Developers keep whatever records they choose, at their discretion.') : p));
    expect(anchorTarget(doc(edited).index, t)).toEqual({ status: 'orphaned' });
  });

  it('a clause moved many pages with its surroundings is still found there', () => {
    // The clause sits inside the moved section, so its 32 characters of context moved with it.
    const passage =
      'Sec. 9. Appeals. Appeals are heard in writing by the agency that decided.\n' +
      'An applicant may appeal a denial to the Under Secretary within 45 days.\n' +
      'The Under Secretary decides within 60 days of the appeal. Sec. 10. Costs.\n';
    const pages = [...filler(2), passage, ...filler(12, 2)];
    const t = target(pages, 'An applicant may appeal a denial to the Under Secretary within 45 days.');
    const moved = [...filler(2), ...filler(12, 2), passage];
    const after = doc(moved);
    const r = anchorTarget(after.index, t);
    const at = after.text.indexOf('An applicant may appeal');
    expect(r).toEqual({ status: 'anchored', start: at, end: at + 'An applicant may appeal a denial to the Under Secretary within 45 days.'.length });
  });

  it('a stamp repeated on every page, its context differing only by page number, is not moved to another page', () => {
    const stamp = (n: number) => `Case: 20-1507 Document: 00117684624 Page: ${n} Date Filed: 12/22/2020\n`;
    const pages = Array.from({ length: 6 }, (_, i) => `Body text of page ${i + 1} about a distinct matter ${i * 31}.\n${stamp(i + 1)}`);
    const t = target(pages, 'Document: 00117684624', 2);
    // The page the clause was on loses its stamp (an extraction that drops it): the other pages'
    // stamps match as well as one another, so none of them is the clause.
    const after = doc(pages.map((p, i) => (i === 2 ? p.replace(stamp(3), '') : p)));
    expect(anchorTarget(after.index, t)).toEqual({ status: 'orphaned' });
  });

  it('the stored position is not trusted when its text now cuts a word the quote ended with', () => {
    const pages = ['The officer may grant a waiver for good cause shown.\n'];
    const t = target(pages, 'may grant a');
    const after = doc(['The officer may grant agency waiver for good cause shown.\n']);
    expect(anchorTarget(after.index, t).status).not.toBe('anchored');
  });
});
