import { describe, expect, it } from 'vitest';
import { allItems, commentedItem, plainItem, unicodeItem } from '../../../../test/support/clauseFixtures';
import { describedQuote, exportedQuote, ILLUSTRATIVE_SUFFIX } from './clauseExport';
import { exportWebAnnotations, EXT, isoTimestamp, type WebAnnotation } from './webAnnotationExport';

const OPTIONS = { generatedAt: '2026-03-05T09:00:00.000Z', label: 'Northwind v. Commerce — clauses', id: '9a9a9a9a-0000-4000-8000-000000000001' };
const exportAll = () => exportWebAnnotations(allItems, OPTIONS);
const annotation = (i: number): WebAnnotation => exportAll().first!.items[i]!;
const bodies = (a: WebAnnotation, purpose: string) => a.body.filter((b) => b.purpose === purpose).map((b) => b.value);

describe('exportWebAnnotations: the collection', () => {
  it('is an AnnotationCollection with one embedded page holding every clause in order', () => {
    const c = exportAll();
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:9a9a9a9a-0000-4000-8000-000000000001',
      type: 'AnnotationCollection',
      label: OPTIONS.label,
      total: 4,
      generated: OPTIONS.generatedAt,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(c.first!.items.map((a) => a.id)).toEqual(allItems.map((i) => `urn:uuid:${i.clause.id}`));
    // JSON round trip loses nothing (no undefined, NaN or class instances inside).
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('has no first page when there is nothing to export, and a fresh id when none is given', () => {
    const c = exportWebAnnotations([], { generatedAt: OPTIONS.generatedAt, label: 'empty' });
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});

describe('exportWebAnnotations: one annotation', () => {
  it('targets the PDF by hash with page, raw quote and position selectors, geometry outside the selectors', () => {
    const a = annotation(0);
    expect(a).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-02T11:30:00.000Z',
    });
    expect(a.creator).toEqual({ type: 'Person', name: 'Ada Analyst' });
    expect(a.target.source).toBe(`urn:sha256:${'ab'.repeat(32)}`);
    expect(a.target.selector).toEqual([
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' },
      {
        type: 'TextQuoteSelector',
        exact: 'shall not share any covered model',
        prefix: 'Sec. 3. (b) A United States developer ',
        suffix: ' with a foreign national, wherever',
      },
      { type: 'TextPositionSelector', start: 1040, end: 1073 },
    ]);
    expect(a.target[EXT.document]).toEqual({ fileName: 'eo-14999.pdf', title: 'Executive Order 14999' });
    expect(a.target[EXT.rects]).toEqual([{ pageIndex: 1, rects: [[72, 600.5, 540, 614]] }]);
    expect(a.target[EXT.area]).toBeUndefined();
  });

  it('puts type, label, comment, tags and the cited clean quote in bodies with W3C purposes', () => {
    const plain = annotation(0);
    expect(bodies(plain, 'classifying')).toEqual(['prohibition']);
    expect(bodies(plain, 'identifying')).toEqual(['Sec. 3(b)']);
    expect(bodies(plain, 'commenting')).toEqual([]);
    expect(bodies(plain, 'tagging')).toEqual([]);
    expect(bodies(plain, 'describing')).toEqual(['“shall not share any covered model” Exec. Order No. 14999, § 3(b)']);

    const commented = annotation(1);
    expect(commented.body.find((b) => b.purpose === 'commenting')).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: commentedItem.clause.comment,
      format: 'text/markdown',
    });
    expect(bodies(commented, 'tagging')).toEqual(['extraterritorial', 'foreign nationals']);
  });

  it('keeps the RAW selector text (line-end hyphen, line number) while the describing body has the clean quote', () => {
    const a = annotation(1);
    expect(a.target.selector[1]).toMatchObject({ exact: 'wher-\never located', suffix: '.\n12 ' });
    expect(bodies(a, 'describing')[0]).toContain('“wherever located”');
  });

  it('marks quotes from the sample case as illustrative, once', () => {
    const [describing] = bodies(annotation(1), 'describing');
    expect(describing).toBe('“wherever located” Commerce letter (Mar. 3, 2026), at 1 (illustrative reconstruction)');
    expect(bodies(annotation(0), 'describing')[0]).not.toContain('illustrative');
    const already = { ...commentedItem, cleanQuote: `wherever located${ILLUSTRATIVE_SUFFIX}` };
    expect(describedQuote(already).split(ILLUSTRATIVE_SUFFIX)).toHaveLength(2);
    expect(exportedQuote(already)).toBe(`wherever located${ILLUSTRATIVE_SUFFIX}`);
  });

  it('gives an area clause only its page selector, with the typed quote in the describing body and the target', () => {
    const a = annotation(2);
    expect(a.target.selector).toEqual([{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=5' }]);
    expect(a.target[EXT.area]).toEqual({ quote: 'Signed: Secretary of Commerce' });
    expect(a.target[EXT.rects]).toEqual([{ pageIndex: 4, rects: [[100, 100, 300, 160]] }]);
    // No citation: the document title stands in, so the quote never travels without its source.
    expect(bodies(a, 'describing')).toEqual(['“Signed: Secretary of Commerce” Letter from the Department of Commerce (illustrative reconstruction)']);
    expect(bodies(a, 'identifying')).toEqual([]);
  });

  it('lower-cases the hash and leaves out what the model cannot express', () => {
    const a = annotation(1);
    expect(a.target.source).toBe(`urn:sha256:${'c0ffee'.repeat(10)}abcd`);
    const odd = exportWebAnnotations(
      [
        {
          ...unicodeItem,
          clause: {
            ...unicodeItem.clause,
            createdBy: '  ',
            createdAt: 'yesterday',
            target: {
              ...unicodeItem.clause.target,
              position: { type: 'TextPositionSelector', start: 9, end: 3 },
              rects: [{ pageIndex: 2, rects: [[Number.NaN, 0, 1, 1]] }],
            },
          },
        },
      ],
      OPTIONS,
    ).first!.items[0]!;
    expect(odd.creator).toBeUndefined();
    expect(odd.created).toBeUndefined();
    expect(odd.target.selector.map((s) => s.type)).toEqual(['FragmentSelector', 'TextQuoteSelector']);
    expect(odd.target[EXT.rects]).toBeUndefined();
    expect(isoTimestamp('2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('leaves empty prefix and suffix out of the quote selector', () => {
    const item = {
      ...plainItem,
      clause: {
        ...plainItem.clause,
        target: { ...plainItem.clause.target, quote: { type: 'TextQuoteSelector' as const, exact: 'Sec. 1', prefix: '', suffix: '' } },
      },
    };
    const a = exportWebAnnotations([item], OPTIONS).first!.items[0]!;
    expect(a.target.selector[1]).toEqual({ type: 'TextQuoteSelector', exact: 'Sec. 1' });
  });
});
