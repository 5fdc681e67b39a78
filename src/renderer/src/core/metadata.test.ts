/** Metadata proposals for government documents and the fallbacks (court papers: metadataCourt.test.ts). */
import { describe, expect, it } from 'vitest';
import { expectWellFormed, page, propose } from '../../../../test/support/metadataKit';
import { proposeMetadata, type MetadataInput } from './metadata';

describe('proposeMetadata: agency letters', () => {
  it('recognises a letter on a department letterhead', () => {
    const m = propose([
      page(
        'UNITED STATES DEPARTMENT OF COMMERCE',
        'Bureau of Industry and Security',
        'Washington, D.C. 20230',
        'March 3, 2026',
        'Ms. Jane Roe',
        'General Counsel, Northwind Models, Inc.',
        'Dear Ms. Roe:',
        'This letter informs you that under 15 CFR Part 734 the interim final rule applies to you.',
        'Sincerely,',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'agency-letter',
      issuer: 'United States Department of Commerce',
      date: '2026-03-03',
      jurisdiction: 'United States',
      title: 'Letter from United States Department of Commerce to Ms. Roe',
    });
  });

  it('keeps "U.S. Department of ..." and takes the subject line as title', () => {
    const m = propose([page('U.S. Department of Commerce', '14 April 2026', 'Re: Deemed exports of model weights', 'Dear Sir or Madam,', 'Text.')]);
    expect(m.kind).toBe('agency-letter');
    expect(m.issuer).toBe('U.S. Department of Commerce');
    expect(m.title).toBe('Deemed exports of model weights');
    expect(m.date).toBe('2026-04-14');
  });

  it('does not call a letter without an agency letterhead an agency letter', () => {
    expect(propose([page('Northwind Models, Inc.', 'Dear Secretary:', 'We write to comment.')]).kind).toBe('other');
  });

  it('does not take the addressee agency for the issuer', () => {
    const m = propose([
      page(
        'Northwind Models, Inc.',
        '1 Market Street',
        'March 3, 2026',
        'U.S. Department of Commerce',
        'Bureau of Industry and Security',
        'Dear Under Secretary:',
        'We write.',
      ),
    ]);
    expect(m.kind).toBe('other');
    expect(m.issuer).toBe('');
  });
});

describe('proposeMetadata: presidential documents', () => {
  it('reads a Federal Register executive order whose page number ends the running head', () => {
    const m = propose([
      page(
        'Federal Register / Vol. 88, No. 210 / Wednesday, November 1, 2023 / Presidential Documents 75191',
        'Presidential Documents',
        'Executive Order 14110 of October 30, 2023',
        'Safe, Secure, and Trustworthy Development and Use of',
        'Artificial Intelligence',
        'By the authority vested in me as President by the Constitution and the',
        'VerDate Sep<11>2014 16:05 Oct 31, 2023 Jkt 262001 PO 00000 Frm 00001 Fmt 4705 Sfmt 4790 E:\\FR\\FM\\01NOE0.SGM 01NOE0',
      ),
    ]);
    expect(m).toEqual({
      kind: 'executive-order',
      title: 'Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence',
      citation: 'Executive Order 14110, 88 FR 75191',
      date: '2023-10-30',
      issuer: 'The President',
      jurisdiction: 'United States',
    });
  });

  it('keeps a proclamation’s citation but does not call it an executive order', () => {
    const m = propose([
      page(
        '12345Federal Register / Vol. 90, No. 1 / Monday, January 6, 2025 / Presidential Documents',
        'Proclamation 10890 of January 2, 2025',
        'National Example Month, 2025',
        'By the President of the United States of America',
        'A Proclamation',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'other',
      title: 'National Example Month, 2025',
      citation: 'Proclamation 10890, 90 FR 12345',
      date: '2025-01-02',
    });
  });

  it('reads an executive order as printed from the White House website', () => {
    const m = propose([
      page(
        'Presidential Actions',
        'REMOVING BARRIERS TO AMERICAN LEADERSHIP IN ARTIFICIAL INTELLIGENCE',
        'Executive Orders',
        'January 23, 2025',
        'By the authority vested in me as President by the Constitution and the laws',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'executive-order',
      title: 'Removing Barriers to American Leadership in Artificial Intelligence',
      issuer: 'The President',
      date: '2025-01-23',
    });
  });
});

describe('proposeMetadata: regulations and statutes', () => {
  it('recognises a rule by its CFR part and rule wording', () => {
    const m = propose([page('This interim final rule amends 15 CFR Part 734 to control model weights.', 'It takes effect on publication.')]);
    expect(m.kind).toBe('regulation');
    expect(m.citation).toBe('15 CFR Part 734');
    expect(m.jurisdiction).toBe('United States');
  });

  it('reads a Federal Register rule document', () => {
    const m = propose([
      page(
        '4544 Federal Register / Vol. 90, No. 10 / Wednesday, January 15, 2025 / Rules and Regulations',
        'DEPARTMENT OF COMMERCE',
        'Bureau of Industry and Security',
        '15 CFR Parts 734, 740, 742, and 774',
        '[Docket No. 250110-0005]',
        'RIN 0694-AJ90',
        'Framework for Artificial Intelligence',
        'Diffusion',
        'AGENCY: Bureau of Industry and Security, Commerce.',
        'ACTION: Interim final rule; request for comments.',
        'DATES: Effective date: This rule is effective January 13, 2025.',
      ),
    ]);
    expect(m).toEqual({
      kind: 'regulation',
      title: 'Framework for Artificial Intelligence Diffusion',
      issuer: 'Bureau of Industry and Security, Department of Commerce',
      citation: '90 FR 4544; 15 CFR Parts 734, 740, 742, and 774',
      date: '2025-01-15',
      jurisdiction: 'United States',
    });
  });

  it('does not call a Federal Register notice a regulation', () => {
    const m = propose([
      page(
        '2001 Federal Register / Vol. 90, No. 5 / Wednesday, January 8, 2025 / Notices',
        'DEPARTMENT OF COMMERCE',
        'Bureau of Industry and Security',
        'Example Technical Advisory Committee; Notice of Open Meeting',
        'AGENCY: Bureau of Industry and Security, Commerce.',
        'ACTION: Notice.',
        'The committee advises on 15 CFR Part 774.',
      ),
    ]);
    expect(m).toMatchObject({ kind: 'other', citation: '90 FR 2001; 15 CFR Part 774', date: '2025-01-08' });
    expect(m.title).toBe('Example Technical Advisory Committee; Notice of Open Meeting');
  });

  it('does not call an article that cites a rule deep in its text a regulation', () => {
    const filler = 'Analysts have debated export controls on model weights for years. '.repeat(40);
    expect(propose([page('Why Deemed Exports Matter', filler, 'The interim final rule amended 15 CFR Part 734.')]).kind).toBe('other');
  });

  it('reads an EU regulation and a UK statutory instrument', () => {
    const eu = propose([
      page(
        'REGULATION (EU) 2021/821 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
        'of 20 May 2021',
        'setting up a Union regime for the control of exports, brokering, technical assistance, transit and transfer of dual-use items',
        '(recast)',
      ),
    ]);
    expect(eu).toMatchObject({
      kind: 'regulation',
      citation: 'Regulation (EU) 2021/821',
      date: '2021-05-20',
      jurisdiction: 'European Union',
      issuer: 'European Parliament and Council',
    });
    expect(eu.title).toMatch(/^Regulation \(EU\) 2021\/821 setting up a Union regime .* dual-use items$/);
    const uk = propose([
      page('STATUTORY INSTRUMENTS', '2008 No. 3231', 'CUSTOMS', 'The Export Control Order 2008', 'Made - - - - 17th December 2008'),
    ]);
    expect(uk).toMatchObject({
      kind: 'regulation',
      citation: 'SI 2008/3231',
      title: 'The Export Control Order 2008',
      date: '2008-12-17',
      jurisdiction: 'United Kingdom',
    });
  });

  it('reads a US public law', () => {
    const m = propose([
      page(
        'PUBLIC LAW 118-50—APR. 24, 2024',
        '138 STAT. 895',
        'An Act',
        'Making emergency supplemental appropriations.',
        'Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,',
        'SECTION 1. SHORT TITLE.',
        'This Act may be cited as the “Example Security Act”.',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'statute',
      title: 'Example Security Act',
      citation: 'Pub. L. 118-50, 138 Stat. 895',
      jurisdiction: 'United States',
    });
  });
});

describe('proposeMetadata: fallbacks and garbage', () => {
  it('titles an empty document by its file name and never throws', () => {
    expect(propose([], { fileName: 'Scan 2026-01-02.PDF' })).toEqual({
      title: 'Scan 2026-01-02',
      kind: 'other',
      issuer: '',
      date: '',
      citation: '',
      jurisdiction: '',
    });
    expect(propose(['', '\n\n'], { fileName: 'C:\\cases\\exhibit-4.pdf' }).title).toBe('exhibit-4');
  });

  it('survives garbage values anywhere in the input', () => {
    const garbage = [
      { fileName: 'a.pdf', info: { Title: 42, CreationDate: { year: 2020 } }, pageTexts: [null, 7, '\u0000\ufffd\u0001'] },
      { fileName: undefined, info: null, pageTexts: 'not an array' },
      { fileName: 'b.pdf', info: { CreationDate: 'D:99999999' }, pageTexts: ['v.\nv.\nIN RE:\nDear\nExecutive Order 1 of'] },
      null,
    ];
    for (const input of garbage) {
      const m = proposeMetadata(input as unknown as MetadataInput);
      expectWellFormed(m);
    }
  });

  it('handles long hostile text quickly', () => {
    const noise = `${'v. '.repeat(20_000)}\n${'A, '.repeat(20_000)}\n${'No. 1-'.repeat(10_000)}`;
    const started = Date.now();
    expectWellFormed(propose([noise, noise]));
    // Generous: a catastrophic regex would take minutes, not seconds.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('uses a meaningful PDF Title, never a placeholder', () => {
    const titled = (Title: unknown): string => propose([], { fileName: 'doc7.pdf', info: { Title } }).title;
    expect(titled('Export Controls Primer')).toBe('Export Controls Primer');
    expect(titled('Microsoft Word - brief final v2.docx')).toBe('doc7');
    expect(titled('untitled')).toBe('doc7');
    expect(titled('opinion_pdf_text_based.png')).toBe('doc7');
    expect(titled('   ')).toBe('doc7');
  });

  it('prefers dates and titles found in the text over the Info dictionary', () => {
    const info = { Title: 'Some Draft', CreationDate: 'D:20260201120000Z' };
    const eo = propose([page('Executive Order 14999 of January 5, 2026', 'Example Order', 'By the authority vested in me')], { info });
    expect(eo.date).toBe('2026-01-05');
    expect(eo.title).toBe('Example Order');
    const plain = propose([page('Some notes without a date.')], { info });
    expect(plain.date).toBe('2026-02-01');
    expect(plain.title).toBe('Some Draft');
  });
});
