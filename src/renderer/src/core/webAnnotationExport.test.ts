import { describe, expect, it } from 'vitest';
import { allItems, commentedItem, plainItem, unicodeItem } from '../../../../test/support/clauseFixtures';
import { describedQuote, exportedQuote, ILLUSTRATIVE_SUFFIX } from './clauseExport';
import { entityBody, exportWebAnnotations, EXT, externalIri, isoTimestamp, type WebAnnotation, type WebEntityBody } from './webAnnotationExport';

const OPTIONS = { generatedAt: '2026-03-05T09:00:00.000Z', label: 'Northwind v. Commerce — clauses', id: '9a9a9a9a-0000-4000-8000-000000000001' };
const exportAll = () => exportWebAnnotations(allItems, OPTIONS);
const annotation = (i: number): WebAnnotation => exportAll().first!.items[i]!;
/** The values of the annotation's textual bodies with this purpose. */
const bodies = (a: WebAnnotation, purpose: string) => a.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === purpose ? [b.value] : []));
const entityBodies = (a: WebAnnotation) => a.body.filter((b): b is WebEntityBody => b.type === 'SpecificResource');

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

describe('exportWebAnnotations: entities', () => {
  it('adds one identifying SpecificResource per link: the external IRI as source when there is one, else urn:uuid', () => {
    const a = annotation(1);
    const [commerce, northwind] = commentedItem.links!;
    expect(entityBodies(a)).toEqual([
      {
        type: 'SpecificResource',
        id: `urn:uuid:${commerce!.link.id}`,
        purpose: 'identifying',
        source: `urn:uuid:${commerce!.entity.id}`,
        'clausebench:entity': `urn:uuid:${commerce!.entity.id}`,
        'clausebench:entityName': 'Department of Commerce',
        'clausebench:entityType': 'agency',
        'clausebench:role': 'issued-by',
      },
      {
        type: 'SpecificResource',
        id: `urn:uuid:${northwind!.link.id}`,
        purpose: 'identifying',
        source: 'https://example.org/entities/northwind-labs',
        'clausebench:entity': `urn:uuid:${northwind!.entity.id}`,
        'clausebench:entityName': 'Northwind Labs',
        'clausebench:entityType': 'organisation',
        'clausebench:role': 'addressed-to',
        'clausebench:note': 'Its engineers work from Canada.',
      },
    ]);
    // Entities after the analyst's own bodies, the describing quote last; the label stays the only identifying text.
    expect(a.body.map((b) => `${b.type}:${b.purpose}`)).toEqual([
      'TextualBody:classifying',
      'TextualBody:identifying',
      'TextualBody:commenting',
      'TextualBody:tagging',
      'TextualBody:tagging',
      'SpecificResource:identifying',
      'SpecificResource:identifying',
      'TextualBody:describing',
    ]);
    expect(bodies(a, 'identifying')).toEqual(['¶ 42']);
    for (const b of entityBodies(a)) expect(b).not.toHaveProperty('value');
    expect(entityBodies(annotation(0))).toEqual([]);
  });

  it('keeps an external id that is no IRI beside the urn:uuid source, as typed', () => {
    const [b] = entityBodies(annotation(3));
    expect(b).toMatchObject({
      source: `urn:uuid:${unicodeItem.links![0]!.entity.id}`,
      'clausebench:externalId': 'fiche 12/β',
      'clausebench:entityName': '=Ressortissants étrangers',
      'clausebench:note': 'Où qu’ils soient 😀',
    });
  });

  it('reads an external id as an IRI only when it is one, in URI form; a bare Wikidata item id becomes its entity IRI', () => {
    expect(externalIri('Q42')).toBe('http://www.wikidata.org/entity/Q42');
    expect(externalIri('https://www.wikidata.org/wiki/Q42')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(externalIri('https://de.wikipedia.org/wiki/Bundesministerium_für_Wirtschaft')).toBe(
      'https://de.wikipedia.org/wiki/Bundesministerium_f%C3%BCr_Wirtschaft',
    );
    expect(externalIri('urn:lex:us:federal:executive.order:2026')).toBe('urn:lex:us:federal:executive.order:2026');
    for (const notIri of ['', 'Q', 'q42', 'Q042', 'fiche 12', 'www.example.org/x', 'https://exa mple.org', '12:30'])
      expect(externalIri(notIri)).toBeUndefined();
    const link = { id: 'l1', role: 'mentions' as const, note: '  ' };
    expect(entityBody({ entity: { id: 'e1', name: 'X', type: 'other', externalId: ' Q42 ' }, link })).toMatchObject({
      id: 'urn:uuid:l1',
      source: 'http://www.wikidata.org/entity/Q42',
      'clausebench:entity': 'urn:uuid:e1',
    });
    // A blank note is left out.
    expect(entityBody({ entity: { id: 'e1', name: 'X', type: 'other' }, link })).not.toHaveProperty(EXT.note);
  });

  it('takes only http(s) and urn ids as the source; any other scheme stays text beside the urn:uuid', () => {
    for (const other of [
      'javascript:alert(1)',
      'JavaScript:void(0)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'mailto:a@b.org',
      'ftp://example.org/x',
      'https:example.org',
    ])
      expect(externalIri(other), other).toBeUndefined();
    expect(externalIri('http://example.org/agency')).toBe('http://example.org/agency');
    expect(externalIri('urn:isbn:0451450523')).toBe('urn:isbn:0451450523');
    const link = { id: 'l1', role: 'mentions' as const, note: '' };
    expect(entityBody({ entity: { id: 'e1', name: 'X', type: 'other', externalId: 'javascript:alert(1)' }, link })).toMatchObject({
      source: 'urn:uuid:e1',
      [EXT.externalId]: 'javascript:alert(1)',
    });
  });
});
