import { describe, expect, it } from 'vitest';
import { detectPrintedPages, romanValue, toRoman } from './printedPages';

const labels = (texts: string[]) => detectPrintedPages(texts).map((p) => p?.label ?? null);
const body = (n: number) => `Body text of page ${n} runs on here.\nIt has a second line, and a third.\nAnd a fourth line of text.`;

describe('roman numerals', () => {
  it('reads and writes them', () => {
    expect(romanValue('xiv')).toBe(14);
    expect(romanValue('XIII')).toBe(13);
    expect(romanValue('mcmxc')).toBe(1990);
    expect(romanValue('iiii')).toBeUndefined();
    expect(romanValue('civil')).toBeUndefined();
    expect(toRoman(14)).toBe('xiv');
    expect(toRoman(1990)).toBe('mcmxc');
  });
});

describe('detectPrintedPages', () => {
  it('reads Federal Register folios from the running head, with the volume', () => {
    const pages = detectPrintedPages([
      'Presidential Documents\n35393Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents\nExecutive Order 14320',
      '35394 Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents\n(c) The Department shall',
      '35395Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents\nagainst the United States',
    ]);
    expect(pages).toEqual([
      { label: '35393', kind: 'federal-register', volume: 90 },
      { label: '35394', kind: 'federal-register', volume: 90 },
      { label: '35395', kind: 'federal-register', volume: 90 },
    ]);
  });

  it('accepts a one-page Federal Register print and a split first-page head', () => {
    expect(detectPrintedPages(['Presidential Documents\n8637Federal Register / Vol. 90, No. 20 / Friday\nText'])[0]).toMatchObject({
      label: '8637',
      volume: 90,
    });
    expect(detectPrintedPages(['Presidential Documents\n60521\nFederal Register\nVol. 90, No. 244\nText'])[0]).toMatchObject({
      label: '60521',
      volume: 90,
    });
  });

  it('ignores GPO slugs below the text when looking at the foot', () => {
    const slug = 'VerDate Sep<11>2014 15:37 Jul 25, 2025 Jkt 265001 PO 00000 Frm 00002 Fmt 4790\nkhammond on DSK9W7S144PROD with PRESDOC3';
    expect(labels([`${body(1)}\n${slug}`, `${body(2)}\n${slug}`])).toEqual([null, null]);
  });

  it('numbers slip-opinion sections separately', () => {
    const pages = detectPrintedPages([
      '1(Slip Opinion) OCTOBER TERM, 2012\nSyllabus\nNOTE: Where it is feasible',
      '2 TARRANT REGIONAL WATER DIST. v. HERRMANN\nSyllabus\nof Reach II.',
      '_________________\n1Cite as: 569 U. S. ____ (2013)\nOpinion of the Court\nNOTICE: This opinion',
      '2 TARRANT REGIONAL WATER DIST. v. HERRMANN\nOpinion of the Court\nenters Arkansas',
      '3Cite as: 569 U. S. ____ (2013)\nOpinion of the Court\nRiver Compact in 1978.',
    ]);
    expect(pages.map((p) => [p?.label, p?.section])).toEqual([
      ['1', 'Syllabus'],
      ['2', 'Syllabus'],
      ['1', 'Opinion of the Court'],
      ['2', 'Opinion of the Court'],
      ['3', 'Opinion of the Court'],
    ]);
    expect(pages.every((p) => p?.kind === 'slip-opinion')).toBe(true);
  });

  it('reads "Page n of m" footers, alone or in a run', () => {
    expect(labels([`${body(1)}\nPage 1 of 1`])).toEqual(['1']);
    expect(labels([1, 2, 3].map((n) => `${body(n)}\nPage ${n} of 3`))).toEqual(['1', '2', '3']);
    expect(detectPrintedPages([`${body(1)}\nPage 1 of 1`])[0]?.kind).toBe('page-of');
  });

  it('reads dashed folios and PACER stamps, preferring the dashed folio', () => {
    const stamp = (n: number) => `Case: 20-1507 Document: 00117684624 Page: ${n} Date Filed: 12/22/2020 Entry ID: 6390389`;
    const texts = [1, 2, 3, 4].map((n) => (n > 2 ? `- ${n + 10} -\n${body(n)}\n${stamp(n)}` : `${body(n)}\n${stamp(n)}`));
    expect(labels(texts)).toEqual(['1', '2', '13', '14']);
  });

  it('reads book running heads with roman front matter, and leaves a part-title page alone', () => {
    const texts = [
      'CONTENTS\nPREFACE xiii\nINTRODUCTION 1\nCHAPTER ONE 21',
      `PREFACE\n${body(1)}\nxiii<http://free-culture.org/get-it>`,
      `${body(2)}\nxiv PREFACE`,
      `${body(3)}\nPREFACE xv<http://free-culture.org/get-it>`,
      `INTRODUCTION\n${body(4)}\n1`,
      `${body(5)}\n2 FREE CULTURE`,
      `${body(6)}\nINTRODUCTION 3`,
      '“PIRACY”',
      `${body(8)}\n7`,
      `${body(9)}\n8 FREE CULTURE`,
    ];
    expect(labels(texts)).toEqual([null, 'xiii', 'xiv', 'xv', '1', '2', '3', null, '7', '8']);
  });

  it('fills a short gap inside an agreeing run and marks it inferred', () => {
    const texts = [`${body(1)}\n10 BOOK`, `${body(2)}\nBOOK 11`, 'CHAPTER TWO', `${body(4)}\nBOOK 13`, `${body(5)}\n14 BOOK`];
    const pages = detectPrintedPages(texts);
    expect(pages.map((p) => p?.label)).toEqual(['10', '11', '12', '13', '14']);
    expect(pages[2]?.inferred).toBe(true);
    expect(pages[1]?.inferred).toBeUndefined();
  });

  it('does not take pleading line numbers, table cells or contents entries for folios', () => {
    const pleading = Array.from({ length: 28 }, (_, i) => String(i + 1)).join('\n');
    const texts = [
      `${pleading}\nIN THE UNITED STATES DISTRICT COURT\n${body(1)}`,
      'In re Bard IVC Filters, No. MDL 15-02641\nSUGGESTION OF REMAND\nSchedule A\n1\nCase Caption',
      'In re Bard IVC Filters, No. MDL 15-02641\nSUGGESTION OF REMAND\nSchedule B\n24\nCase Caption',
      'In re Bard IVC Filters, No. MDL 15-02641\n1\nSUGGESTION OF REMAND\nExhibit 1',
      'In re Bard IVC Filters, No. MDL 15-02641\nSUGGESTION OF REMAND\nExhibit 2\n25\nTrial',
    ];
    expect(labels(texts)).toEqual([null, null, null, null, null]);
  });

  it('returns one entry per page, null for empty pages', () => {
    expect(detectPrintedPages(['', '', ''])).toEqual([null, null, null]);
    expect(detectPrintedPages([])).toEqual([]);
  });
});
