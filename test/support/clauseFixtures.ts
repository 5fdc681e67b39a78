/**
 * Clauses for export/import tests: a plain text clause, one with comment and tags, an area clause
 * (no text layer) and one full of non-ASCII text, on a real-looking document and a sample one.
 */
import type { ClauseExportItem } from '../../src/renderer/src/core/clauseExport';
import type { Clause } from '../../src/renderer/src/core/types';

export const DOC_SHA = 'ab'.repeat(32);
export const SAMPLE_SHA = 'C0FFEE'.repeat(10) + 'ABCD';

export const realDocument = { sha256: DOC_SHA, fileName: 'eo-14999.pdf', title: 'Executive Order 14999' };
export const sampleDocument = { sha256: SAMPLE_SHA, fileName: 'commerce-letter.pdf', title: 'Letter from the Department of Commerce' };

export function clause(overrides: Partial<Clause> & { id: string }): Clause {
  return {
    caseId: 'case-1',
    documentId: 'doc-1',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'shall not share any covered model',
        prefix: 'Sec. 3. (b) A United States developer ',
        suffix: ' with a foreign national, wherever',
      },
      position: { type: 'TextPositionSelector', start: 1040, end: 1073 },
      pageIndex: 1,
      rects: [{ pageIndex: 1, rects: [[72, 600.5, 540, 614]] }],
    },
    type: 'prohibition',
    label: 'Sec. 3(b)',
    comment: '',
    tags: [],
    colour: '#e15759',
    anchorStatus: 'anchored',
    createdBy: 'Ada Analyst',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T11:30:00.000Z',
    ...overrides,
  };
}

/** A plain clause: no comment, no tags. */
export const plainItem: ClauseExportItem = {
  clause: clause({ id: '0b6f1c1e-8d43-4c55-9d7e-1f2a3b4c5d6e' }),
  document: realDocument,
  cleanQuote: 'shall not share any covered model',
  citation: 'Exec. Order No. 14999, § 3(b)',
  illustrative: false,
  pageLabel: '8637',
};

/** Comment (Markdown, with a comma, quotes and a newline) and tags; on the sample case. */
export const commentedItem: ClauseExportItem = {
  clause: clause({
    id: '1c7a2d2f-9e54-4d66-8e8f-2a3b4c5d6e7f',
    documentId: 'doc-2',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'wher-\never located', prefix: 'any foreign national, ', suffix: '.\n12 ' },
      position: { type: 'TextPositionSelector', start: 88, end: 106 },
      pageIndex: 0,
      rects: [
        { pageIndex: 0, rects: [[300, 700, 540, 712]] },
        { pageIndex: 1, rects: [[72, 90, 160, 102]] },
      ],
    },
    type: 'scope',
    label: '¶ 42',
    comment: 'Reaches engineers *in Canada*, e.g. "remote staff".\nSee the complaint, ¶ 42.',
    tags: ['extraterritorial', 'foreign nationals'],
  }),
  document: sampleDocument,
  cleanQuote: 'wherever located',
  citation: 'Commerce letter (Mar. 3, 2026), at 1',
  illustrative: true,
  // In clauseEntityLinks order (by role: issued by before addressed to). One entity has an IRI, one has none.
  links: [
    {
      entity: { id: '5a0c7e52-1d3b-4f6a-8b9c-0d1e2f3a4b5c', name: 'Department of Commerce', type: 'agency' },
      link: { id: '6b1d8f63-2e4c-4a7b-9cad-1e2f3a4b5c6d', role: 'issued-by', note: '' },
    },
    {
      entity: {
        id: '7c2e9a74-3f5d-4b8c-8dbe-2f3a4b5c6d7e',
        name: 'Northwind Labs',
        type: 'organisation',
        externalId: 'https://example.org/entities/northwind-labs',
      },
      link: { id: '8d3fab85-406e-4c9d-9ecf-3a4b5c6d7e8f', role: 'addressed-to', note: 'Its engineers work from Canada.' },
    },
  ],
};

/** An area clause: a rectangle on a scanned page, the quote typed by the user. */
export const areaItem: ClauseExportItem = {
  clause: clause({
    id: '2d8b3e30-af65-4e77-9f90-3b4c5d6e7f80',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'Signed: Secretary of Commerce', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
      pageIndex: 4,
      rects: [{ pageIndex: 4, rects: [[100, 100, 300, 160]] }],
      area: true,
    },
    type: 'other',
    label: '',
    tags: ['signature'],
  }),
  document: sampleDocument,
  cleanQuote: 'Signed: Secretary of Commerce',
  citation: '',
  illustrative: true,
};

/** Non-ASCII everywhere: accents, CJK, RTL, emoji, section signs; a user-defined type. */
export const unicodeItem: ClauseExportItem = {
  clause: clause({
    id: '3e9c4f41-b076-4f88-a0a1-4c5d6e7f8091',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'Règlement (UE) 2021/821 — 出口管制 § 5 «ressortissant»', prefix: 'vu le ', suffix: ' ✓ مرحبا' },
      position: { type: 'TextPositionSelector', start: 5, end: 53 },
      pageIndex: 2,
      rects: [],
    },
    type: 'dual-use-régime',
    label: 'Art. 5 §2',
    comment: 'Égalité — ça marche? 😀',
    tags: ['UE', 'ressortissant étranger', '=SUM(A1)'],
    createdBy: 'Zoë Ølstad',
  }),
  document: { sha256: DOC_SHA, fileName: 'règlement-2021-821.pdf', title: 'Règlement (UE) 2021/821' },
  cleanQuote: 'Règlement (UE) 2021/821 — 出口管制 § 5 «ressortissant»',
  citation: 'Règl. (UE) 2021/821, art. 5',
  illustrative: false,
  // An external id that is no IRI, and a name a spreadsheet would run as a formula.
  links: [
    {
      entity: { id: '9e40bc96-517f-4dae-8fd0-4b5c6d7e8f90', name: '=Ressortissants étrangers', type: 'class-of-persons', externalId: 'fiche 12/β' },
      link: { id: 'af51cda7-6280-4ebf-90e1-5c6d7e8f9001', role: 'restricts', note: 'Où qu’ils soient 😀' },
    },
  ],
};

export const allItems = [plainItem, commentedItem, areaItem, unicodeItem];
