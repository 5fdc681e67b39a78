import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_NOTE, citeClause, quoteWithCitation, type CitableDocument } from './citation';

const EO: CitableDocument = {
  kind: 'executive-order',
  citation: 'Executive Order 14320 of July 23, 2025',
  title: 'Promoting the Export of the American AI Technology Stack',
};

describe('citeClause', () => {
  it('executive orders: "EO n § x", with the Federal Register page when known', () => {
    expect(citeClause({ document: EO, label: 'Sec. 3(a)', printedPage: '90 FR 35393', pageIndex: 0 })).toBe('EO 14320 § 3(a), 90 FR 35393');
    expect(citeClause({ document: EO, label: 'Section 1', pageIndex: 0 })).toBe('EO 14320 § 1');
    expect(citeClause({ document: { ...EO, citation: 'Exec. Order No. 14174, 90 Fed. Reg. 8637' }, label: 'Sec. 2(a)(i)', pageIndex: 0 })).toBe(
      'EO 14174 § 2(a)(i)',
    );
    // The number may only be in the title.
    expect(
      citeClause({
        document: { ...EO, citation: '', title: 'Executive Order 14368: Adjustments of Certain Rates of Pay' },
        label: 'Sec. 7',
        pageIndex: 0,
      }),
    ).toBe('EO 14368 § 7');
    // The sample case's order has no reported number.
    expect(citeClause({ document: { ...EO, citation: 'Executive Order [number not reported]' }, label: 'Sec. 3(b)', pageIndex: 1 })).toBe(
      'EO [number not reported] § 3(b)',
    );
    // No label: the page.
    expect(citeClause({ document: EO, label: '', printedPage: '90 FR 35394', pageIndex: 1 })).toBe('EO 14320, 90 FR 35394');
    expect(citeClause({ document: EO, label: '', pageIndex: 1 })).toBe('EO 14320, p. 2');
  });

  it('complaints: "Compl. ¶ n"; counts and the prayer with a comma', () => {
    const doc: CitableDocument = { kind: 'complaint', citation: 'Legion v. Commerce, No. 1:26-cv-1', title: 'Complaint' };
    expect(citeClause({ document: doc, label: '¶ 42', printedPage: '7', pageIndex: 6 })).toBe('Compl. ¶ 42');
    expect(citeClause({ document: doc, label: '¶ 46(a)', pageIndex: 4 })).toBe('Compl. ¶ 46(a)');
    expect(citeClause({ document: doc, label: 'Count I', pageIndex: 3 })).toBe('Compl., Count I');
    expect(citeClause({ document: doc, label: '', pageIndex: 3 })).toBe('Legion v. Commerce, No. 1:26-cv-1, p. 4');
  });

  it('regulations: the CFR title from the citation before the section', () => {
    const doc: CitableDocument = { kind: 'regulation', citation: '15 CFR part 734', title: 'Scope of the EAR' };
    expect(citeClause({ document: doc, label: '§ 734.13(a)(2)', pageIndex: 2 })).toBe('15 CFR § 734.13(a)(2)');
    expect(citeClause({ document: doc, label: '734.13(b)', pageIndex: 2 })).toBe('15 CFR § 734.13(b)');
    expect(citeClause({ document: { ...doc, citation: '', title: 'Export rules' }, label: '§ 734.13', pageIndex: 0 })).toBe('§ 734.13');
    expect(citeClause({ document: { ...doc, citation: '90 FR 4544' }, label: '§ 740.27(a)', printedPage: '90 FR 4560', pageIndex: 16 })).toBe(
      '§ 740.27(a), 90 FR 4560',
    );
  });

  it('letters: "Letter ¶ n" when numbered, else "Letter at p"', () => {
    const doc: CitableDocument = { kind: 'agency-letter', citation: 'Letter, Commerce to Anthropic', title: 'Letter' };
    expect(citeClause({ document: doc, label: '', pageIndex: 1 })).toBe('Letter at 2');
    expect(citeClause({ document: doc, label: '', printedPage: '3', pageIndex: 1 })).toBe('Letter at 3');
    expect(citeClause({ document: doc, label: '¶ 2', pageIndex: 0 })).toBe('Letter ¶ 2');
  });

  it('other kinds: citation or title with the label, else with the page', () => {
    const opinion: CitableDocument = { kind: 'court-order', citation: 'Calvary Chapel of Bangor v. Mills, No. 20-1507 (1st Cir. 2020)', title: '' };
    expect(citeClause({ document: opinion, label: '', printedPage: 'slip op. at 5', pageIndex: 8 })).toBe(
      'Calvary Chapel of Bangor v. Mills, No. 20-1507 (1st Cir. 2020), slip op. at 5',
    );
    expect(citeClause({ document: opinion, label: '', printedPage: 'xiv', pageIndex: 8 })).toBe(
      'Calvary Chapel of Bangor v. Mills, No. 20-1507 (1st Cir. 2020), p. xiv',
    );
    expect(citeClause({ document: opinion, label: '¶ 3', pageIndex: 0 })).toBe('Calvary Chapel of Bangor v. Mills, No. 20-1507 (1st Cir. 2020) ¶ 3');
    expect(citeClause({ document: { kind: 'other', citation: ' ', title: 'Study   note' }, label: '', pageIndex: 0 })).toBe('Study note, p. 1');
    expect(citeClause({ document: { kind: 'other', citation: '', title: '' }, label: '', pageIndex: 4 })).toBe('Document, p. 5');
  });
});

describe('quoteWithCitation', () => {
  it('puts the clean quote in curly quotes before the citation', () => {
    expect(quoteWithCitation('No covered developer shall share a covered model.', 'EO 14320 § 3(a)', false)).toBe(
      '“No covered developer shall share a covered model.” EO 14320 § 3(a)',
    );
  });

  it('marks every quotation from the sample case as an illustrative reconstruction', () => {
    expect(quoteWithCitation('The term "share" means to give access.', 'EO [number not reported] § 2(d)', true)).toBe(
      '“The term "share" means to give access.” EO [number not reported] § 2(d) (illustrative reconstruction)',
    );
    expect(quoteWithCitation('Text.', '', true)).toBe(`“Text.” ${ILLUSTRATIVE_NOTE}`);
    expect(quoteWithCitation('Text.', '', false)).toBe('“Text.”');
  });
});
