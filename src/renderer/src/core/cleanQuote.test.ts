import { describe, expect, it } from 'vitest';
import { boilerplateKey, boilerplateLines, cleanQuote, isBoilerplateLine } from './cleanQuote';

const frHead = (page: number) => `${page}Federal Register / Vol. 90, No. 142 / Monday, July 28, 2025 / Presidential Documents`;
const slug = (frame: number) =>
  `VerDate Sep<11>2014 15:37 Jul 25, 2025 Jkt 265001 PO 00000 Frm 0000${frame} Fmt 4790 Sfmt 4790 E:\\FR\\FM\\28JYE2.SGM 28JYE2\nkhammond on DSK9W7S144PROD with PRESDOC3`;

describe('cleanQuote: whitespace, hyphens, characters', () => {
  it('folds line breaks, page separators and runs of spaces; trims', () => {
    expect(cleanQuote('  The Secretary\nshall   act\f within 90\n days.  ')).toBe('The Secretary shall act within 90 days.');
    expect(cleanQuote('')).toBe('');
    expect(cleanQuote('\n\f \n')).toBe('');
  });

  it('joins line-end hyphenation of a lowercase word before a lowercase line', () => {
    expect(cleanQuote('the global deploy-\nment of United States')).toBe('the global deployment of United States');
    expect(cleanQuote('accelera-\ntors), data center')).toBe('accelerators), data center');
  });

  it('keeps real hyphens: compounding prefixes, capitalised words, numbers, dashes', () => {
    expect(cleanQuote('a self-\nexecuting treaty')).toBe('a self-executing treaty');
    expect(cleanQuote('United States-\norigin AI')).toBe('United States-origin AI');
    // A capitalised word broken before a bare suffix is typesetting, not a compound.
    expect(cleanQuote('Office of Invest-\nment and Innovation')).toBe('Office of Investment and Innovation');
    expect(cleanQuote('FR Doc. 2025–\n14218')).toBe('FR Doc. 2025–14218');
    expect(cleanQuote('export means—\n(1) An actual')).toBe('export means—(1) An actual');
    // The next line starts with a capital: a hyphen before a name, not a broken word.
    expect(cleanQuote('pre-\nApproval')).toBe('pre-Approval');
    // A spaced dash is punctuation: the lines stay apart.
    expect(cleanQuote('the order -\nand the letter')).toBe('the order - and the letter');
  });

  it('removes soft hyphens (joining at a line end) and zero-width characters; expands ligatures', () => {
    expect(cleanQuote('regu\u00AD\nlation of exports')).toBe('regulation of exports');
    expect(cleanQuote('con\u00ADtrol')).toBe('control');
    expect(cleanQuote('the \uFB01nal de\uFB01nition of \uFB02ows, e\uFB03cient')).toBe('the final definition of flows, efficient');
    expect(cleanQuote('a\u200Bb')).toBe('ab');
  });
});

describe('cleanQuote: page furniture', () => {
  it('drops Federal Register running heads and GPO slugs across a page break, joining the hyphenated word', () => {
    const raw = `support the global deploy-\n${slug(1)}\f${frHead(35394)}\nment of United States-origin AI technologies.`;
    expect(cleanQuote(raw)).toBe('support the global deployment of United States-origin AI technologies.');
  });

  it('drops "Page n of m" footers and PACER stamps, not prose that mentions a page', () => {
    const raw = [
      'the Order is unlawful',
      'Case 2:25-cv-01234-ABC Document 3 Filed 07/01/25 Page 4 of 20',
      'Case: 20-1507 Document: 00117684624 Page: 1 Date Filed: 12/22/2020 Entry ID: 6390389',
      'Page 3 of 17',
      '- 5 -',
      'ILLUSTRATIVE STUDY DOCUMENT - not an official text. Clausebench sample case. Page 1 of 3',
      'as applied.',
    ].join('\n');
    expect(cleanQuote(raw)).toBe('the Order is unlawful as applied.');
    expect(cleanQuote('as explained on Page 3 of 17')).toBe('as explained on Page 3 of 17');
    expect(isBoilerplateLine('see below. Page 5 of 3')).toBe(false);
  });

  it('drops pleading-paper line numbers, in a block or interleaved, but not a lone number in text', () => {
    const block = '1\n2\n3\n4\n5\nThis multidistrict litigation proceeding\ninvolves personal injury cases';
    expect(cleanQuote(block)).toBe('This multidistrict litigation proceeding involves personal injury cases');
    const interleaved = '12\nThe MDL was transferred\n13\nto this Court in August 2015\n14\nwhen 22 cases';
    expect(cleanQuote(interleaved)).toBe('The MDL was transferred to this Court in August 2015 when 22 cases');
    expect(cleanQuote('at Schedule\n7.')).toBe('at Schedule 7.');
    expect(cleanQuote('within\n90\ndays')).toBe('within 90 days');
  });

  it('drops lines of the document boilerplate set and keeps every other word in order', () => {
    const boilerplate = new Set([boilerplateKey('Reconstruction - Complaint, Legion v. Commerce - not the official text')]);
    const raw = '(Report.)\nReconstruction - Complaint, Legion v. Commerce - not the official text\nPARTIES\n6. Plaintiff Legion';
    expect(cleanQuote(raw, boilerplate)).toBe('(Report.) PARTIES 6. Plaintiff Legion');
    expect(cleanQuote(raw)).toContain('Reconstruction - Complaint');
  });
});

describe('boilerplateLines', () => {
  const page = (n: number, body: string) => `${frHead(35392 + n)}\n${body}\n${slug(n)}`;

  it('keys heads whose folio is flush or spaced alike, and ignores body lines', () => {
    expect(boilerplateKey('35393Federal Register / Vol. 90')).toBe(boilerplateKey('35394 Federal Register / Vol. 90'));
    const pages = [1, 2, 3].map((n) => page(n, `Body ${'x'.repeat(n)} (Report.)\n(a) The Secretary shall\n(Report.)\nmore ${n}`));
    const set = boilerplateLines(pages);
    expect(set.has(boilerplateKey(frHead(35400)))).toBe(true);
    expect(set.has(boilerplateKey('khammond on DSK9W7S144PROD with PRESDOC3'))).toBe(true);
    // "(Report.)" repeats on every page but in the body, not at an edge.
    expect(set.has(boilerplateKey('(Report.)'))).toBe(false);
  });

  it('never takes structural lines, even repeated at page edges', () => {
    const pages = [1, 2, 3].map((n) => `HEAD OF THE DOCUMENT\n(a)\nText ${n} ${'y'.repeat(n)}\n${n}.`);
    const set = boilerplateLines(pages);
    expect(set.has('HEAD OF THE DOCUMENT')).toBe(true);
    expect(set.has('(a)')).toBe(false);
    expect(set.has('#.')).toBe(false);
  });

  it('two-page documents: lines at the edges of both pages; one page: none', () => {
    const two = [
      'Letter head - not official\nFirst page text here\nFooter. Page 1 of 2',
      'Letter head - not official\nSecond page\nFooter. Page 2 of 2',
    ];
    const set = boilerplateLines(two);
    expect(set.has('Letter head - not official')).toBe(true);
    expect(set.has(boilerplateKey('Footer. Page 1 of 2'))).toBe(true);
    expect(boilerplateLines(['Only page\nOnly page']).size).toBe(0);
  });

  it('skips a leading pleading run when looking for the page edges', () => {
    const margin = Array.from({ length: 28 }, (_, i) => String(i + 1)).join('\n');
    const pages = [1, 2, 3].map(
      (n) => `${margin}\nIN RE: CASE CAPTION\nBody ${'z'.repeat(n)}\nmore\nand more\nCase 2:25-cv-1 Document 3 Filed 07/01/25 Page ${n} of 3`,
    );
    expect(boilerplateLines(pages).has('IN RE: CASE CAPTION')).toBe(true);
  });
});
