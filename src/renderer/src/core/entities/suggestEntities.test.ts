import { describe, expect, it } from 'vitest';
import { joinDocumentText } from '../documentText';
import type { Clause, EntityType } from '../types';
import { suggestEntities, type EntityCandidate, type SuggestionContext } from './suggestEntities';

const NONE: SuggestionContext = { entities: [] };

function suggest(text: string | string[], context: SuggestionContext = NONE) {
  const pages = Array.isArray(text) ? text : [text];
  return suggestEntities(
    pages.map((t, pageIndex) => ({ documentId: 'doc', pageIndex, text: t })),
    context,
  );
}
const names = (text: string | string[], context?: SuggestionContext) => suggest(text, context).candidates.map((c) => c.name);
function candidate(text: string | string[], name: string, context?: SuggestionContext): EntityCandidate {
  const found = suggest(text, context).candidates.find((c) => c.name === name);
  if (!found) throw new Error(`no candidate “${name}” in ${JSON.stringify(names(text, context))}`);
  return found;
}
const entity = (id: string, name: string, type: EntityType, aliases: string[] = []) => ({ id, name, type, aliases });

describe('instruments', () => {
  it('names numbered instruments once, whichever way they are cited', () => {
    const text =
      'The rule cites Executive Order 14320 of July 23, 2025. Later, EO 14320 is cited again, and so is ' +
      'Regulation (EU) 2021/821 and 15 CFR 734.13(a)(1), 90 FR 4544, Public Law 116–94 and 8 U.S.C. 1324b(a)(3).';
    const eo = candidate(text, 'Executive Order 14320');
    expect(eo).toMatchObject({ type: 'instrument', count: 2, aliases: ['EO 14320'] });
    for (const name of ['Regulation (EU) 2021/821', '15 CFR 734.13', '90 FR 4544', 'Public Law 116-94', '8 U.S.C. 1324b'])
      expect(candidate(text, name).type).toBe('instrument');
  });

  it('takes a bracketed short form as an alias of the name before it', () => {
    const text =
      'Malaysia has the Strategic Trade Act 2010 (Act 708). Section 4 of Act 708 reaches abroad, as the Office of Science and Technology Policy (OSTP) notes; the OSTP agrees.';
    expect(candidate(text, 'Strategic Trade Act 2010')).toMatchObject({ type: 'instrument', count: 3, aliases: ['Act 708'] });
    expect(candidate(text, 'Office of Science and Technology Policy')).toMatchObject({ type: 'agency', count: 3, aliases: ['OSTP'] });
    expect(names(text)).not.toContain('OSTP');
  });
});

describe('models, classes of persons and countries', () => {
  it('finds model names with a version number near the word “model”', () => {
    const text = 'The developer cut off access to its two most capable models, Fable 5 and Mythos 5. Page 5 and Section 2 say so, for RM 20 million.';
    expect(candidate(text, 'Fable 5').type).toBe('ai-model');
    expect(candidate(text, 'Mythos 5').type).toBe('ai-model');
    expect(names(text)).not.toEqual(expect.arrayContaining(['Page 5']));
    expect(names(text).some((n) => /^(Page|Section|RM) /.test(n))).toBe(false);
    // Far from any talk of models, a word and a number is nothing.
    expect(names('Lunch was served at Fable 5 on the corner, as every year.')).not.toContain('Fable 5');
  });

  it('reads nationalities and “foreign” before people as classes of persons, singular or plural', () => {
    const text = 'Legion employs Canadian nationals. A foreign national, or foreign nationals, may not access it.';
    expect(candidate(text, 'Canadian nationals')).toMatchObject({ type: 'class-of-persons', reason: 'nationality → class of persons', count: 1 });
    expect(candidate(text, 'Foreign nationals')).toMatchObject({ type: 'class-of-persons', count: 2 });
  });

  it('finds countries, one name for their short forms, and splits a list of them', () => {
    const text = 'It reaches the U.S. and Canada and the United Kingdom, and anyone in the United States.';
    expect(candidate(text, 'United States')).toMatchObject({ type: 'country', count: 2, aliases: ['U.S.'] });
    expect(candidate(text, 'Canada').type).toBe('country');
    expect(candidate(text, 'United Kingdom').type).toBe('country');
    expect(names(text)).not.toContain('Canada and the United Kingdom');
  });
});

describe('names of agencies, courts and organisations', () => {
  it('types names by their head word and strips roles and a leading "United States"', () => {
    const text =
      'Plaintiff Legion, a US litigation-technology company, sues the U.S. Department of Commerce in the United States District Court for the District of Columbia. ' +
      'The Bureau of Industry and Security and the Department of Commerce answered.';
    expect(candidate(text, 'Department of Commerce')).toMatchObject({ type: 'agency', count: 2 });
    expect(candidate(text, 'United States District Court for the District of Columbia').type).toBe('court');
    expect(candidate(text, 'Bureau of Industry and Security').type).toBe('agency');
    expect(candidate(text, 'Legion')).toMatchObject({ type: 'organisation' });
    expect(names(text)).not.toContain('Plaintiff Legion');
  });

  it('counts a possessive as the name and a sentence-initial word once the name is attested', () => {
    const text = 'Anthropic cut access. Legion sued. The loss removed Legion’s main tool, and Legion says so.';
    expect(candidate(text, 'Legion').count).toBe(3);
    // "Anthropic" only ever starts a sentence here: it could be any capitalised word.
    expect(names(text)).not.toContain('Anthropic');
  });

  it('leaves out noise: months, section words, headings, running heads, common words', () => {
    const page = (n: number) =>
      `ILLUSTRATIVE STUDY DOCUMENT HEAD\nSec. ${n}. Approval Process. On June 23 the Order was signed; see Section 4 of the Order.\n` +
      `Losing access hurt. The order was an order.\nFooter of the sample. Page ${n} of 3`;
    const found = names([page(1), page(2), page(3)]);
    for (const noise of ['June', 'Sec', 'Section', 'Approval Process', 'Order', 'Losing', 'ILLUSTRATIVE STUDY DOCUMENT HEAD', 'Footer', 'Page'])
      expect(found).not.toContain(noise);
  });

  it('turns an all-caps court caption into a name and drops all-caps headings', () => {
    const text = 'IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA\nSUGGESTION OF REMAND AND TRANSFER ORDER\nThe cases settle.';
    expect(names(text)).toEqual(['United States District Court for the District of Arizona']);
  });
});

describe('known entities, occurrences and clauses', () => {
  const pages = [
    'Legion sued the Department of Commerce.\nIt says Legion’s engineers are',
    'Canadian nationals; the department of commerce agreed. Legion won.',
  ];
  const docText = joinDocumentText(pages);
  const clause = (id: string, phrase: string): Pick<Clause, 'id' | 'documentId' | 'target' | 'anchorStatus'> => {
    const start = docText.indexOf(phrase);
    return {
      id,
      documentId: 'doc',
      anchorStatus: 'anchored',
      target: {
        quote: { type: 'TextQuoteSelector', exact: phrase, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + phrase.length },
        pageIndex: 0,
        rects: [],
      },
    };
  };

  it('reports existing entities as known, with pages, offsets and covering clauses, and never as candidates', () => {
    const context: SuggestionContext = {
      entities: [
        entity('e-legion', 'Legion', 'organisation'),
        entity('e-doc', 'Commerce Department', 'agency', ['Department of Commerce']),
        entity('e-cn', 'Canadian national', 'class-of-persons'),
      ],
      clauses: [clause('c1', 'Legion sued the Department of Commerce.'), clause('c2', 'Legion won.')],
      links: [{ clauseId: 'c1', entityId: 'e-legion' }],
    };
    const result = suggest(pages, context);
    const legion = result.known.find((k) => k.entityId === 'e-legion')!;
    expect(legion.count).toBe(3);
    expect(legion.occurrences.map((o) => [o.pageIndex, docText.slice(o.start, o.end)])).toEqual([
      [0, 'Legion'],
      [0, 'Legion'],
      [1, 'Legion'],
    ]);
    expect(legion.occurrences[0]!.after).toMatch(/^ sued the Department/);
    expect(legion.clauseIds.sort()).toEqual(['c1', 'c2']);
    expect(legion.unlinkedClauseIds).toEqual(['c2']);
    // The alias is found; the lowercase "department of commerce" is not the agency's printed name.
    expect(result.known.find((k) => k.entityId === 'e-doc')!.count).toBe(1);
    // A class of persons matches its plural.
    expect(result.known.find((k) => k.entityId === 'e-cn')!.count).toBe(1);
    const candidates = result.candidates.map((c) => c.name);
    expect(candidates).not.toContain('Legion');
    expect(candidates).not.toContain('Department of Commerce');
    expect(candidates).not.toContain('Canadian nationals');
  });

  it('gives each candidate occurrence its page, offsets in the document text and covering clauses', () => {
    const result = suggest(pages, { entities: [], clauses: [clause('c1', 'Legion sued the Department of Commerce.')] });
    const agency = result.candidates.find((c) => c.name === 'Department of Commerce')!;
    expect(agency.occurrences).toHaveLength(1);
    const [occ] = agency.occurrences;
    expect(docText.slice(occ!.start, occ!.end)).toBe('Department of Commerce');
    expect(occ).toMatchObject({ documentId: 'doc', pageIndex: 0, text: 'Department of Commerce', clauseIds: ['c1'] });
    expect(agency.clauseIds).toEqual(['c1']);
  });

  it('finds every clause covering an occurrence, nested or overlapping, and no other', () => {
    const text = 'Intro. Legion sued. Middle words here. Then Legion won again. Tail.';
    const span = (id: string, from: string, to: string) => {
      const start = text.indexOf(from);
      const end = text.indexOf(to) + to.length;
      return {
        id,
        documentId: 'doc',
        anchorStatus: 'anchored' as const,
        target: {
          quote: { type: 'TextQuoteSelector' as const, exact: text.slice(start, end), prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector' as const, start, end },
          pageIndex: 0,
          rects: [],
        },
      };
    };
    const clauses = [
      span('whole', 'Intro.', 'Tail.'),
      span('first', 'Legion sued', 'sued.'),
      span('middle', 'Middle', 'here.'),
      span('second', 'Then Legion', 'again.'),
      span('tail', 'again.', 'Tail.'),
    ];
    const legion = suggest(text, { entities: [entity('e', 'Legion', 'organisation')], clauses }).known[0]!;
    expect(legion.occurrences.map((o) => o.clauseIds)).toEqual([
      ['whole', 'first'],
      ['whole', 'second'],
    ]);
    expect(legion.clauseIds).toEqual(['whole', 'first', 'second']);
  });

  it('knows an entity under its name without an editorial note, and "US" as "United States"', () => {
    const text = 'The case is before the United States District Court for the District of Columbia, not the D.D.C. of old.';
    const court = entity('e-court', 'U.S. District Court for the District of Columbia [assumed]', 'court', ['D.D.C.']);
    const result = suggest(text, { entities: [court] });
    expect(result.known.map((k) => [k.entityId, k.count])).toEqual([['e-court', 2]]);
    expect(result.candidates.map((c) => c.name)).not.toContain('United States District Court for the District of Columbia');
  });

  it('hides dismissed names', () => {
    expect(names(pages)).toContain('Canadian nationals');
    expect(names(pages, { entities: [], dismissed: new Set(['canadian nationals']) })).not.toContain('Canadian nationals');
  });

  it('ranks candidates by count', () => {
    const counts = suggest('China and Canada. Canada, Canada. Then China? The European Union, Canada.').candidates.map((c) => [c.name, c.count]);
    expect(counts).toEqual([
      ['Canada', 4],
      ['China', 2],
      ['European Union', 1],
    ]);
  });
});

describe('long texts', () => {
  it('scans 2 MB in one linear pass: twice the text, exactly twice the counts', () => {
    const unit =
      'Legion, a US company, sued the Department of Commerce over Executive Order 14320 (90 FR 35393) and the models Fable 5 and Mythos 5.\n' +
      'Canadian nationals working from Canada were cut off [assumed] by the Secretary of Commerce. UNITED STATES DISTRICT COURT\n' +
      '(a) The Order of the Court; see Sec. 4. ((((]]]] ----- .... \f';
    const once = unit.repeat(Math.floor(1_000_000 / unit.length));
    const started = performance.now();
    const one = suggest(once);
    const two = suggest(once + once);
    console.info(`[suggestEntities] 1 MB and 2 MB scanned in ${Math.round(performance.now() - started)} ms`);
    const counts = (r: typeof one) => Object.fromEntries(r.candidates.map((c) => [c.name, c.count]));
    const doubled = Object.fromEntries(Object.entries(counts(one)).map(([k, v]) => [k, v * 2]));
    expect(counts(two)).toEqual(doubled);
    expect(counts(one)['Department of Commerce']).toBe(Math.floor(1_000_000 / unit.length));
  });
});
