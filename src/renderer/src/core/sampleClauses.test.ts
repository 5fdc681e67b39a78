import { describe, expect, it } from 'vitest';
import { clauseTypeColour } from './clauseTypes';
import { parseSampleClauses, placeSampleClauses, sampleClausesSchema, type SampleClausesFile } from './sampleClauses';

const ID = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];

const pages = [
  'Sec. 1. Purpose. This order keeps advanced models\naway from strategic competitors.\n',
  'Sec. 2. Definitions. (a) The term "covered model" means\nan advanced model named by the Secretary.\n(b) The term "share" means to give access.\n',
];

function entry(i: number, fileName: string, exact: string, prefix = '', suffix = '') {
  return { id: ID[i]!, fileName, label: `Sec. ${i + 1}`, type: 'definition', tags: ['sample'], comment: 'A note.', quote: { exact, prefix, suffix } };
}

const good: SampleClausesFile = {
  version: 1,
  clauses: [
    entry(
      0,
      'eo.pdf',
      'The term "covered model" means\nan advanced model named by the Secretary.',
      'Sec. 2. Definitions. (a) ',
      '\n(b) The term "share" means to g',
    ),
  ],
};

describe('sampleClausesSchema', () => {
  it('accepts a well-formed file', () => {
    expect(parseSampleClauses(good)).toEqual(good);
  });

  const broken: [string, (f: SampleClausesFile) => unknown][] = [
    ['another version', (f) => ({ ...f, version: 2 })],
    ['no clauses', (f) => ({ ...f, clauses: [] })],
    ['an id that is not a uuid', (f) => ({ clauses: [{ ...f.clauses[0], id: 'clause-1' }], version: 1 })],
    ['an unknown type', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], type: 'rumour' }] })],
    ['a blank label', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], label: ' ' }] })],
    ['a tag with spaces', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], tags: ['deemed export'] }] })],
    ['an empty quote', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], quote: { exact: ' \n', prefix: '', suffix: '' } }] })],
    [
      'a prefix over 32 characters',
      (f) => ({ version: 1, clauses: [{ ...f.clauses[0], quote: { ...f.clauses[0]!.quote, prefix: 'x'.repeat(33) } }] }),
    ],
    ['a missing quote', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], quote: undefined }] })],
    ['a file name that is not a PDF', (f) => ({ version: 1, clauses: [{ ...f.clauses[0], fileName: '../eo.txt' }] })],
    ['a duplicate id', (f) => ({ version: 1, clauses: [f.clauses[0], { ...f.clauses[0], label: 'Sec. 9' }] })],
    ['a duplicate label in one document', (f) => ({ version: 1, clauses: [f.clauses[0], { ...f.clauses[0], id: ID[1] }] })],
  ];
  it.each(broken)('rejects %s', (_name, breakIt) => {
    expect(sampleClausesSchema.safeParse(breakIt(good)).success).toBe(false);
    expect(() => parseSampleClauses(breakIt(good))).toThrow(/clauses\.json is invalid/);
  });
});

describe('placeSampleClauses', () => {
  const now = new Date('2026-02-03T04:05:06.000Z');
  const docs = [{ fileName: 'eo.pdf', documentId: 'doc-eo', pageTexts: pages }];

  it('anchors a quote, describes the range it found and takes page, colour and provenance from it', () => {
    const { clauses, failures } = placeSampleClauses(good, docs, 'case-s', 'Sample', now);
    expect(failures).toEqual([]);
    const [clause] = clauses;
    const docText = pages.join('\f');
    expect(clause).toMatchObject({
      id: ID[0],
      caseId: 'case-s',
      documentId: 'doc-eo',
      type: 'definition',
      label: 'Sec. 1',
      comment: 'A note.',
      tags: ['sample'],
      colour: clauseTypeColour('definition'),
      anchorStatus: 'anchored',
      createdBy: 'Sample',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(clause!.target.pageIndex).toBe(1);
    expect(clause!.target.rects).toEqual([]);
    const { start, end } = clause!.target.position;
    expect(docText.slice(start, end)).toBe(good.clauses[0]!.quote.exact);
    // The stored context was shorter than 32 characters; the clause keeps the full context found now.
    expect(clause!.target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: good.clauses[0]!.quote.exact,
      prefix: docText.slice(start - 32, start),
      suffix: docText.slice(end, end + 32),
    });
  });

  it('follows a re-wrapped text, and describes the text as it is now', () => {
    const rewrapped = [pages[0]!, pages[1]!.replace('means\nan advanced', 'means an\nadvanced')];
    const { clauses, failures } = placeSampleClauses(good, [{ ...docs[0]!, pageTexts: rewrapped }], 'case-s', 'Sample', now);
    expect(failures).toEqual([]);
    expect(clauses[0]!.anchorStatus).toBe('anchored');
    expect(clauses[0]!.target.quote.exact).toBe('The term "covered model" means an\nadvanced model named by the Secretary.');
  });

  it('reports what it cannot place, by label and file, and places the rest', () => {
    const file: SampleClausesFile = {
      version: 1,
      clauses: [
        good.clauses[0]!,
        entry(1, 'eo.pdf', 'No covered developer shall share a covered model with any foreign national.'),
        entry(2, 'missing.pdf', 'anything at all'),
      ],
    };
    const { clauses, failures } = placeSampleClauses(file, docs, 'case-s', 'Sample', now);
    expect(clauses.map((c) => c.id)).toEqual([ID[0]]);
    expect(failures).toEqual([
      { label: 'Sec. 2', fileName: 'eo.pdf', reason: 'its quote was not found in the document text' },
      { label: 'Sec. 3', fileName: 'missing.pdf', reason: 'its document is not in the sample case' },
    ]);
  });

  it('is deterministic: the same input gives the same clauses, ids included', () => {
    expect(placeSampleClauses(good, docs, 'case-s', 'Sample', now)).toEqual(placeSampleClauses(good, docs, 'case-s', 'Sample', now));
  });
});
