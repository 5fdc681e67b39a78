import { describe, expect, it } from 'vitest';
import { allItems, areaItem, DOC_SHA, SAMPLE_SHA } from '../../../../test/support/clauseFixtures';
import { exportWebAnnotations, type WebAnnotation } from './webAnnotationExport';
import { checkForDocument, toClauseTarget } from './webAnnotationDocument';
import { importWebAnnotations, importWebAnnotationValue, MAX_PROBLEMS, type ImportedAnnotation } from './webAnnotationImport';

const OPTIONS = { generatedAt: '2026-03-05T09:00:00.000Z', label: 'clauses', id: '9a9a9a9a-0000-4000-8000-000000000001' };
const exported = () => exportWebAnnotations(allItems, OPTIONS);
const json = (v: unknown) => JSON.stringify(v, null, 2);

function imported(text: string): ImportedAnnotation[] {
  const result = importWebAnnotations(text);
  if (!result.ok) throw new Error(`expected ok, got ${result.problems.join(' | ')}`);
  return result.annotations;
}
function problems(value: unknown): string[] {
  const result = typeof value === 'string' ? importWebAnnotations(value) : importWebAnnotationValue(value);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}
/** An exported annotation, changed by `edit`, alone in a plain array. */
function edited(index: number, edit: (a: Record<string, unknown> & WebAnnotation) => void): unknown {
  const a = structuredClone(exported().first!.items[index]!) as Record<string, unknown> & WebAnnotation;
  edit(a);
  return [a];
}

describe('import: round trip of our own export', () => {
  it('gives back ids, selectors, type, label, comment, tags and provenance', () => {
    const got = imported(json(exported()));
    expect(got).toHaveLength(allItems.length);
    got.forEach((a, i) => {
      const { clause, document } = allItems[i]!;
      expect(a.id).toBe(clause.id);
      expect(a.sha256).toBe(document.sha256.toLowerCase());
      expect(a.fileName).toBe(document.fileName);
      expect(toClauseTarget(a)).toEqual(clause.target);
      expect({ type: a.type, label: a.label, comment: a.comment, tags: a.tags }).toEqual({
        type: clause.type,
        label: clause.label,
        comment: clause.comment,
        tags: clause.tags,
      });
      expect({ by: a.createdBy, at: a.createdAt, up: a.updatedAt }).toEqual({ by: clause.createdBy, at: clause.createdAt, up: clause.updatedAt });
    });
  });

  it('reads an area clause back as an area clause with its typed quote, page and rectangles', () => {
    const [a] = imported(json(exportWebAnnotations([areaItem], OPTIONS)));
    expect(a).toMatchObject({ area: true, pageIndex: 4, position: null, quote: { exact: 'Signed: Secretary of Commerce' } });
    expect(toClauseTarget(a!)).toEqual(areaItem.clause.target);
  });

  it('accepts a single Annotation, a plain array, an AnnotationPage, a BOM and an empty collection', () => {
    const c = exported();
    const one = c.first!.items[1]!;
    expect(imported(json(one)).map((a) => a.id)).toEqual([allItems[1]!.clause.id]);
    expect(imported(json(c.first!.items)).map((a) => a.id)).toEqual(allItems.map((i) => i.clause.id));
    expect(imported(json({ '@context': c['@context'], ...c.first }))).toHaveLength(allItems.length);
    expect(imported(`\uFEFF${json(c)}`)).toHaveLength(allItems.length);
    expect(imported(json(exportWebAnnotations([], OPTIONS)))).toEqual([]);
  });

  it('ignores the identifying entity bodies: they never become the label, a comment or a tag', () => {
    // The area clause has no label: its entity bodies are the only identifying ones, placed first.
    const area = edited(2, (a) => {
      a.body.unshift(...exported().first!.items[1]!.body.filter((b) => b.type === 'SpecificResource'));
      a.body.push({ type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q42' } as never);
    });
    const [a] = imported(json(area));
    expect({ label: a!.label, comment: a!.comment, tags: a!.tags }).toEqual({ label: '', comment: '', tags: ['signature'] });
    // An entity body alone (no textual body at all) still imports.
    const only = edited(1, (a) => (a.body = a.body.filter((b) => b.type === 'SpecificResource')));
    expect(imported(json(only))[0]).toMatchObject({ type: 'other', label: '', comment: '', tags: [] });
  });

  it('collapses duplicate ids to the first, so one file never adds a clause twice', () => {
    const items = exported().first!.items;
    expect(imported(json([items[0], items[1], items[0]]))).toHaveLength(2);
  });
});

describe('import: what other W3C tools write', () => {
  const foreign = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://example.org/anno/7',
    type: 'Annotation',
    motivation: 'commenting',
    creator: [{ type: 'Person', nickname: 'pat' }],
    body: [{ type: 'TextualBody', value: 'Too broad?' }, 'https://example.org/related', { type: 'TextualBody', purpose: 'tagging', value: 'scope' }],
    target: [
      'https://example.org/page.html',
      {
        source: { id: `urn:sha256:${DOC_SHA}`, type: 'Text', format: 'application/pdf' },
        selector: {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
          value: 'page=3&zoom=100',
          refinedBy: { type: 'TextQuoteSelector', exact: 'any covered model', refinedBy: { type: 'RangeSelector' } },
        },
      },
    ],
  };

  it('reads refinedBy chains, object sources, purpose-less bodies under the motivation and nicknames', () => {
    const [a] = imported(json(foreign));
    expect(a).toMatchObject({
      id: 'https://example.org/anno/7',
      sha256: DOC_SHA,
      pageIndex: 2,
      quote: { exact: 'any covered model', prefix: '', suffix: '' },
      position: null,
      type: 'other',
      label: '',
      comment: 'Too broad?',
      tags: ['scope'],
      createdBy: 'pat',
      createdAt: null,
      fileName: null,
    });
  });

  it('treats a bodyValue as the comment', () => {
    const { body: _body, ...rest } = foreign;
    const [a] = imported(json({ ...rest, motivation: 'highlighting', bodyValue: 'Note this.' }));
    expect(a!.comment).toBe('Note this.');
  });
});

describe('import: clear problems', () => {
  it('not JSON', () => {
    expect(problems('{"type": "Annotation",')[0]).toMatch(/^The file is not JSON \(/);
  });

  it('not an AnnotationCollection or Annotation', () => {
    expect(problems({ type: 'Manifest', items: [] })).toEqual(['The file is not an AnnotationCollection or Annotation (type "Manifest").']);
    expect(problems('42')).toEqual(['The file is not an AnnotationCollection or Annotation (it holds no JSON object).']);
    expect(problems({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' })[0]).toMatch(
      /first page is not in the file \(it links to https:\/\/example.org\/page1\)/,
    );
    expect(problems({ type: 'AnnotationCollection', total: 3 })).toEqual(['The AnnotationCollection has no first page of annotations.']);
  });

  it('a target that is not a PDF hash, named by item and property', () => {
    const p = problems(edited(0, (a) => (a.target.source = 'https://example.org/eo.pdf')));
    expect(p).toEqual(['item 1: target.source is not urn:sha256:<64 hex digits> (Clausebench imports annotations on PDFs named by their SHA-256)']);
  });

  it('missing selectors', () => {
    expect(problems(edited(0, (a) => (a.target.selector = [a.target.selector[0]!])))).toEqual([
      'item 1: target.selector has no TextQuoteSelector, so the clause cannot be found in the PDF text.',
    ]);
    expect(problems(edited(2, (a) => (a.target.selector = [])))).toEqual([
      'item 1: target.selector has no FragmentSelector "page=N", which an area clause needs to be placed.',
    ]);
    expect(problems(edited(0, (a) => delete (a as Partial<WebAnnotation>).target))).toEqual(['item 1: target is missing']);
    expect(problems([{ ...(exported().first!.items[0] as object), target: `urn:sha256:${DOC_SHA}` }])).toEqual([
      'item 1: target.selector has no TextQuoteSelector, so the clause cannot be found in the PDF text.',
    ]);
  });

  it('wrong shapes inside selectors, ids and dates', () => {
    expect(problems(edited(0, (a) => (a.target.selector[2] = { type: 'TextPositionSelector', start: -1, end: 'x' } as never)))).toEqual([
      'item 1: target.selector[2].start is less than 0',
      'item 1: target.selector[2].end is not a number',
    ]);
    expect(problems(edited(0, (a) => (a.target.selector[2] = { type: 'TextPositionSelector', start: 9, end: 3 })))).toEqual([
      'item 1: target.selector[2].end ends before it starts',
    ]);
    expect(problems(edited(0, (a) => (a.target.selector[1] = { type: 'TextQuoteSelector' } as never)))).toEqual([
      'item 1: target.selector[1].exact is missing',
    ]);
    expect(problems(edited(0, (a) => (a.id = 'clause-1')))).toEqual(['item 1: id is not an IRI (Clausebench writes urn:uuid:<id>)']);
    expect(problems(edited(0, (a) => (a.created = '1 March 2026')))).toEqual(['item 1: created is not an ISO 8601 date-time']);
    expect(problems(edited(0, (a) => ((a as Record<string, unknown>).type = 'Note')))).toEqual(['item 1: type is not "Annotation"']);
    expect(problems(['https://example.org/anno/1', 7])).toEqual([
      'item 1: is only a link (https://example.org/anno/1), not an Annotation with its target.',
      'item 2: is not an Annotation object.',
    ]);
  });

  it('rejects the whole file for one bad item, numbering items from 1, and lists only the first problems', () => {
    const items = exported().first!.items.map((a) => structuredClone(a) as WebAnnotation);
    items[2]!.target.source = 'urn:sha256:123';
    expect(problems(items)).toEqual([expect.stringMatching(/^item 3: target\.source is not urn:sha256:/)]);

    const many = Array.from({ length: 20 }, () => ({ type: 'Annotation' }));
    const p = problems(many);
    expect(p).toHaveLength(MAX_PROBLEMS + 1);
    expect(p[0]).toBe('item 1: id is missing');
    expect(p.at(-1)).toMatch(/^…and \d+ more problems\.$/);
  });
});

describe('checkForDocument', () => {
  const all = () => imported(json(exported()));

  it('passes annotations on the open PDF, comparing hashes case-insensitively', () => {
    const onSample = all().filter((a) => a.sha256 === SAMPLE_SHA.toLowerCase());
    const check = checkForDocument(onSample, SAMPLE_SHA);
    expect(check).toEqual({ matching: onSample, others: [], problem: null });
  });

  it('says when the annotations are for another PDF, and which', () => {
    const onReal = all().filter((a) => a.sha256 === DOC_SHA);
    const check = checkForDocument(onReal, SAMPLE_SHA);
    expect(check.matching).toEqual([]);
    expect(check.others).toEqual([{ sha256: DOC_SHA, fileName: 'eo-14999.pdf', count: 2 }]);
    expect(check.problem).toBe('These annotations are for another PDF (eo-14999.pdf, sha256 abababababab…); open that document to import them.');
  });

  it('keeps the matching ones of a mixed file and names the rest', () => {
    const check = checkForDocument(all(), DOC_SHA);
    expect(check.matching.map((a) => a.id)).toEqual([allItems[0]!.clause.id, allItems[3]!.clause.id]);
    expect(check.problem).toBe(
      '2 of these 4 annotations are for another PDF (commerce-letter.pdf, sha256 c0ffeec0ffee…); open that document to import them.',
    );
    expect(checkForDocument(all(), 'f'.repeat(64)).problem).toMatch(
      /^These annotations are for 2 other PDFs \(eo-14999\.pdf, .*; open those documents to import them\.$/,
    );
  });
});
