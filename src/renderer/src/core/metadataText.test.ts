import { describe, expect, it } from 'vitest';
import { contentLines, dateAfter, meaningfulInfoTitle, parseDate, pdfDate, titleCase } from './metadataText';

describe('titleCase', () => {
  it('title-cases shouted captions the way courts write them', () => {
    expect(titleCase('TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL.')).toBe('Tarrant Regional Water District v. Herrmann et al.');
    expect(titleCase('IN RE: BARD IVC FILTERS PRODUCTS LIABILITY LITIGATION')).toBe('In re Bard IVC Filters Products Liability Litigation');
    expect(titleCase("O'CONNOR v. U.S. DEPARTMENT OF THE TREASURY")).toBe("O'Connor v. U.S. Department of the Treasury");
    expect(titleCase('MCDONALD-JONES, INC.')).toBe('McDonald-Jones, Inc.');
    expect(titleCase('SCHEDULE A')).toBe('Schedule A');
  });

  it('leaves mixed-case text alone', () => {
    expect(titleCase('In re Bard IVC Filters')).toBe('In re Bard IVC Filters');
    expect(titleCase('Promoting the Export of the American AI Technology Stack')).toBe('Promoting the Export of the American AI Technology Stack');
  });
});

describe('dates', () => {
  it('parses the date forms legal documents use', () => {
    expect(parseDate('January 21, 2025')).toBe('2025-01-21');
    expect(parseDate('Jan. 21, 2025')).toBe('2025-01-21');
    expect(parseDate('Sept. 9, 2021')).toBe('2021-09-09');
    expect(parseDate('20 May 2021')).toBe('2021-05-20');
    expect(parseDate('14th day of June, 2024')).toBe('2024-06-14');
    expect(parseDate('12/22/2020')).toBe('2020-12-22');
    expect(parseDate('06/14/24')).toBe('2024-06-14');
    expect(parseDate('2025-07-23')).toBe('2025-07-23');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('February 30, 2025')).toBe('');
    expect(parseDate('13/01/2025')).toBe('');
    expect(parseDate('no date')).toBe('');
  });

  it('finds a labelled date and skips the others', () => {
    expect(dateAfter('Argued April 23, 2013—Decided June 13, 2013', /\bDecided\s*/)).toBe('2013-06-13');
  });

  it('reads PDF date strings', () => {
    expect(pdfDate("D:20201222135604-05'00'")).toBe('2020-12-22');
    expect(pdfDate('20250131')).toBe('2025-01-31');
    expect(pdfDate('garbage')).toBe('');
    expect(pdfDate(20250131)).toBe('');
  });
});

describe('contentLines', () => {
  it('drops print slugs, operator stamps, graphics markers and margin line numbers', () => {
    const text = [
      '1',
      '2',
      'Executive Order 14174 of January 21, 2025',
      'VerDate Sep<11>2014 15:50 Jan 30, 2025 Jkt 265001 PO 00000 Frm 00001 Fmt 4790 Sfmt 4790 E:\\FR\\FM\\31JAE3.SGM 31JAE3',
      'Trump.EPS</GPH>',
      'ddrumheller on DSK120RN23PROD with PRESDOC-E3',
      '[FR Doc. 2025–02098',
      'Filed 1–30–25; 8:45 am]',
      'Billing code 3395–F4–P',
      'No. 11–889',
    ].join('\n');
    expect(contentLines(text)).toEqual(['Executive Order 14174 of January 21, 2025', 'No. 11-889']);
  });
});

describe('meaningfulInfoTitle', () => {
  it('keeps real titles and drops placeholders', () => {
    expect(meaningfulInfoTitle('11-889 Tarrant Regional Water Dist. v. Herrmann (06/13/2013)')).toBe(
      '11-889 Tarrant Regional Water Dist. v. Herrmann (06/13/2013)',
    );
    expect(meaningfulInfoTitle('Microsoft Word - Order.docx')).toBe('');
    expect(meaningfulInfoTitle('Document1')).toBe('');
    expect(meaningfulInfoTitle('')).toBe('');
    expect(meaningfulInfoTitle(undefined)).toBe('');
    expect(meaningfulInfoTitle('þÿ\u0000\u0001')).toBe('');
  });
});
