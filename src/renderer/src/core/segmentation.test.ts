/**
 * Segmentation on synthetic texts and on the sample case's own PDFs (resources/sample-case/pdf,
 * part of the repository), extracted as the app extracts them (test/support/nodePdf.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { boilerplateLines, cleanQuote, isBoilerplateLine } from './cleanQuote';
import { BUILT_IN_CLAUSE_TYPES } from './clauseTypes';
import { joinDocumentText } from './documentText';
import { suggestClauses, type SuggestedClause } from './segmentation';
import { suggestLabel } from './structureLabels';
import type { DocumentKind } from './types';

const SAMPLE = join(process.cwd(), 'resources', 'sample-case', 'pdf');
const BUILT_IN = new Set(BUILT_IN_CLAUSE_TYPES.map((t) => t.id));

interface Segmented {
  pages: string[];
  doc: string;
  boilerplate: Set<string>;
  clauses: SuggestedClause[];
  byLabel: Map<string, SuggestedClause>;
  clean: (label: string) => string;
}
function segment(pages: string[], kind: DocumentKind): Segmented {
  const doc = joinDocumentText(pages);
  const boilerplate = boilerplateLines(pages);
  const clauses = suggestClauses(pages, kind);
  const byLabel = new Map(clauses.map((c) => [c.label, c]));
  const clean = (label: string) => {
    const c = byLabel.get(label);
    if (!c) throw new Error(`no clause ${label}`);
    return cleanQuote(doc.slice(c.start, c.end), boilerplate);
  };
  return { pages, doc, boilerplate, clauses, byLabel, clean };
}

/** The invariants every suggestion list keeps. */
function expectWellFormed(s: Segmented, kind: DocumentKind): void {
  let last = -1;
  for (const c of s.clauses) {
    expect(c.start).toBeGreaterThanOrEqual(last);
    last = c.start;
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(s.doc.length);
    expect(s.doc[c.end - 1]).toMatch(/\S/);
    expect(BUILT_IN.has(c.type), `${c.label}: ${c.type}`).toBe(true);
    if (c.label) expect(suggestLabel(s.doc, c.start, kind)).toBe(c.label);
    // The last line of a range is the clause's own text, never page furniture.
    const lastLine =
      s.doc
        .slice(0, c.end)
        .split(/[\n\f]/)
        .at(-1) ?? '';
    expect(isBoilerplateLine(lastLine, s.boilerplate), `${c.label} ends in "${lastLine}"`).toBe(false);
  }
  // Children lie inside their parents.
  for (const c of s.clauses) {
    const parent = s.clauses.filter((p) => p.depth < c.depth && p.start <= c.start && p.label && c.label.startsWith(p.label)).at(-1);
    if (parent) expect(c.end, `${c.label} inside ${parent.label}`).toBeLessThanOrEqual(parent.end);
  }
}

describe('suggestClauses on synthetic texts', () => {
  it('EO sections contain their subsections; ranges stop before the next unit and the signature', () => {
    const pages = [
      'Sec. 1. Purpose. It is the policy of the United States to lead.\nSec. 2. Prohibition. (a) No developer shall share a model.\n(b) The term "model" means a trained system.',
      '12345 Federal Register / Vol. 90, No. 1 / Monday / Presidential Documents\n(c) This order is effective January 1, 2026.\nTHE WHITE HOUSE,\nJanuary 1, 2026.',
    ];
    const s = segment(pages, 'executive-order');
    expectWellFormed(s, 'executive-order');
    expect(s.clauses.map((c) => [c.label, c.type, c.depth])).toEqual([
      ['Sec. 1', 'finding-purpose', 0],
      ['Sec. 2', 'prohibition', 0],
      ['Sec. 2(a)', 'prohibition', 1],
      ['Sec. 2(b)', 'definition', 1],
      ['Sec. 2(c)', 'effective-date', 1],
    ]);
    expect(s.clean('Sec. 2(b)')).toBe('(b) The term "model" means a trained system.');
    expect(s.clean('Sec. 2')).toMatch(/^Sec\. 2\. Prohibition\. .* effective January 1, 2026\.$/);
    expect(s.clean('Sec. 2')).not.toMatch(/Federal Register|WHITE HOUSE/);
  });

  it('a letter without numbered paragraphs is split into body paragraphs without labels', () => {
    const long = 'This sentence is long enough to fill a whole printed line of the letter body,';
    const pages = [
      [
        'Dear Ms. Smith:',
        long,
        'and the first paragraph ends here.',
        long,
        'so a licence is required before any export.',
        'Sincerely,',
        'A. Official',
      ].join('\n'),
    ];
    const s = segment(pages, 'agency-letter');
    expect(s.clauses.map((c) => [c.label, c.type])).toEqual([
      ['', 'other'],
      ['', 'licence-requirement'],
    ]);
    expect(s.doc.slice(s.clauses[1]!.start, s.clauses[1]!.end)).toBe(`${long}\nso a licence is required before any export.`);
  });

  it('documents without printed structure give no suggestions', () => {
    expect(suggestClauses(['Just prose.\nMore prose.'], 'executive-order')).toEqual([]);
    expect(suggestClauses([], 'complaint')).toEqual([]);
  });
});

describe('suggestClauses on the sample case PDFs', () => {
  let eo: Segmented;
  let letter: Segmented;
  let complaint: Segmented;
  beforeAll(async () => {
    const read = async (file: string) => (await extractPageTexts(join(SAMPLE, file))).pageTexts;
    const [a, b, c] = await Promise.all(['01-executive-order.pdf', '02-commerce-letter.pdf', '03-complaint.pdf'].map(read));
    eo = segment(a!, 'executive-order');
    letter = segment(b!, 'agency-letter');
    complaint = segment(c!, 'complaint');
  });

  it('the executive order: Sec. 1-7 with their subsections and guessed types', () => {
    expectWellFormed(eo, 'executive-order');
    const top = eo.clauses.filter((c) => c.depth === 0).map((c) => c.label);
    expect(top).toEqual(['Sec. 1', 'Sec. 2', 'Sec. 3', 'Sec. 4', 'Sec. 5', 'Sec. 6', 'Sec. 7']);
    const labels = eo.clauses.map((c) => c.label);
    for (const l of ['Sec. 2(a)', 'Sec. 2(d)(iii)', 'Sec. 2(f)', 'Sec. 3(b)(iii)', 'Sec. 4(e)', 'Sec. 6(b)', 'Sec. 7(c)'])
      expect(labels).toContain(l);
    // 7 sections; 2(a)-(f), 2(d)(i)-(iii); 3(a)-(c), 3(b)(i)-(iii); 4(a)-(e), 4(b)(i)-(iv), 4(c)(i)-(iii); 5(a)-(c); 6(a)-(b); 7(a)-(c).
    expect(eo.clauses).toHaveLength(42);
    const type = (label: string) => eo.byLabel.get(label)?.type;
    expect(type('Sec. 1')).toBe('finding-purpose');
    expect(type('Sec. 2')).toBe('definition');
    expect(type('Sec. 2(a)')).toBe('definition');
    expect(type('Sec. 3(a)')).toBe('prohibition');
    expect(type('Sec. 4(a)')).toBe('obligation');
    expect(type('Sec. 5(c)')).toBe('penalty-enforcement');
    expect(type('Sec. 6(b)')).toBe('licence-requirement');
  });

  it('the executive order: a subsection across a page break reads clean, its range stops before the footer', () => {
    expect(eo.clean('Sec. 2(d)(ii)')).toBe('(ii) the release of credentials or other access information; and');
    expect(eo.clean('Sec. 2(d)')).toBe(
      '(d) The term "share" means to give a foreign national access to a covered model or to its parameters by any means, including: (i) remote or cloud access to the model\'s capabilities; (ii) the release of credentials or other access information; and (iii) the transfer of a copy of the model or its parameters. [assumed]',
    );
    const last = eo.byLabel.get('Sec. 7')!;
    expect(eo.doc.slice(last.start, last.end)).not.toMatch(/Executive Office of the President|ILLUSTRATIVE/);
  });

  it('the letter: numbered paragraphs 1-9, the last one stopping before the signature block', () => {
    expectWellFormed(letter, 'agency-letter');
    expect(letter.clauses.map((c) => c.label)).toEqual(Array.from({ length: 9 }, (_, i) => `¶ ${i + 1}`));
    expect(letter.byLabel.get('¶ 2')?.type).toBe('obligation');
    expect(letter.clean('¶ 9')).toBe('9. [assumed] Questions about this letter may be addressed to the Office of the Secretary.');
  });

  it('the complaint: paragraphs 1-46, Count I and II, the prayer and its items', () => {
    expectWellFormed(complaint, 'complaint');
    const paragraphs = complaint.clauses.filter((c) => /^¶ \d+$/.test(c.label)).map((c) => c.label);
    expect(paragraphs).toEqual(Array.from({ length: 46 }, (_, i) => `¶ ${i + 1}`));
    const others = complaint.clauses.filter((c) => !/^¶ \d+$/.test(c.label)).map((c) => [c.label, c.type]);
    expect(others).toEqual([
      ['Count I', 'claim'],
      ['Count II', 'claim'],
      ['Prayer for relief', 'relief-requested'],
      ['¶ 46(a)', 'relief-requested'],
      ['¶ 46(b)', 'relief-requested'],
      ['¶ 46(c)', 'relief-requested'],
      ['¶ 46(d)', 'relief-requested'],
    ]);
    expect(complaint.byLabel.get('¶ 12')?.type).toBe('factual-allegation');
    expect(complaint.byLabel.get('¶ 46')?.type).toBe('relief-requested');
  });

  it('the complaint: ranges leave out the headings and furniture between paragraphs', () => {
    // ¶ 5 ends its page; the footer, the next page's head and "PARTIES" follow.
    expect(complaint.clean('¶ 5')).toMatch(/^5\. The harm to Legion is, .* product cycles are disrupted\. \(Report\.\)$/);
    expect(complaint.clean('¶ 11')).toMatch(/\(Report\.\)$/);
    expect(complaint.clean('¶ 37')).toMatch(/untouched\.$/);
    expect(complaint.clean('Count I')).toMatch(/^COUNT I \[assumed\]: Action in Excess of Authority 38\. .* as applied to Legion's engineers\.$/);
    expect(complaint.clean('¶ 46(b)')).toBe(
      '(b) enjoin Defendants, preliminarily and permanently, from enforcing them against such sharing; [assumed]',
    );
    expect(complaint.clean('¶ 46')).not.toMatch(/Dated|ILLUSTRATIVE|Reconstruction -/);
  });
});
