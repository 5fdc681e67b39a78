import { describe, expect, it } from 'vitest';
import type { SampleClausesFile } from './sampleClauses';
import { parseSampleEntities, planSampleEntities, sampleEntityRecords, sampleLinkDescriber, type SampleEntitiesFile } from './sampleEntities';
import type { Link } from './types';

const CLAUSE = '11111111-1111-4111-8111-111111111111';
const OTHER_CLAUSE = '22222222-2222-4222-8222-222222222222';
const E1 = '33333333-3333-4333-8333-333333333333';
const E2 = '44444444-4444-4444-8444-444444444444';
const L1 = '55555555-5555-4555-8555-555555555555';
const L2 = '66666666-6666-4666-8666-666666666666';

const clauses: SampleClausesFile = {
  version: 1,
  clauses: [CLAUSE, OTHER_CLAUSE].map((id, i) => ({
    id,
    fileName: 'eo.pdf',
    label: `Sec. ${i + 1}`,
    type: 'prohibition',
    tags: [],
    comment: 'A note.',
    quote: { exact: 'words', prefix: '', suffix: '' },
  })),
};

const good: SampleEntitiesFile = {
  version: 1,
  entities: [
    { id: E1, name: 'Legion', type: 'organisation', aliases: [], description: 'A company (report).' },
    {
      id: E2,
      name: 'US permanent residents',
      type: 'class-of-persons',
      aliases: ['Green-card holders'],
      description: 'Exempt from the deemed export rule (BIS FAQ).',
      externalId: 'https://example.org/entity/1',
    },
  ],
  links: [
    { id: L1, clauseId: CLAUSE, entityId: E1, role: 'plaintiff', note: 'Sues.' },
    { id: L2, clauseId: OTHER_CLAUSE, entityId: E2, role: 'exempts', note: 'Not covered.' },
  ],
};

const withLinks = (links: unknown[]) => ({ ...good, links });

describe('parseSampleEntities', () => {
  it('accepts a well-formed file whose links name its clauses and entities', () => {
    expect(parseSampleEntities(good, clauses)).toEqual(good);
  });

  const broken: [string, unknown, RegExp][] = [
    ['another version', { ...good, version: 2 }, /"version"/],
    ['an unknown entity type', { ...good, entities: [{ ...good.entities[0], type: 'company' }, good.entities[1]] }, /"type"/],
    ['an unknown role', withLinks([{ ...good.links[0], role: 'sues' }]), /"role"/],
    ['a link with no note', withLinks([{ ...good.links[0], note: ' ' }]), /"note"/],
    ['an entity with no description', { ...good, entities: [{ ...good.entities[0], description: '' }, good.entities[1]] }, /"description"/],
    ['an id that is not a uuid', { ...good, entities: [{ ...good.entities[0], id: 'legion' }, good.entities[1]] }, /Invalid UUID/],
    ['two entities with one id', { ...good, entities: [good.entities[0], { ...good.entities[1], id: E1 }] }, /duplicate id/],
    ['a link id equal to an entity id', withLinks([{ ...good.links[0], id: E2 }]), /duplicate id/],
    [
      'two entities answering to one name',
      { ...good, entities: [good.entities[0], { ...good.entities[1], aliases: ['the LEGION'] }] },
      /also another entity/,
    ],
    ['a link to no entity', withLinks([{ ...good.links[0], entityId: '77777777-7777-4777-8777-777777777777' }]), /no entity has the id/],
    ['the same link twice', withLinks([good.links[0], { ...good.links[0], id: L2 }]), /linked twice/],
    [
      'a link to a clause clauses.json lacks',
      withLinks([{ ...good.links[0], clauseId: '88888888-8888-4888-8888-888888888888' }]),
      /clauses\.json lacks/,
    ],
  ];
  it.each(broken)('refuses %s', (_, json, message) => {
    expect(() => parseSampleEntities(json, clauses)).toThrow(message);
  });
});

describe('sampleEntityRecords', () => {
  it("gives every entity and link the case, the maker and one time, and keeps the file's fields", () => {
    const now = new Date('2026-07-01T10:00:00Z');
    const { entities, links } = sampleEntityRecords(good, 'case-1', 'Tester', now);
    const provenance = { createdBy: 'Tester', createdAt: now.toISOString(), updatedAt: now.toISOString() };
    expect(entities).toEqual([
      { ...good.entities[0], caseId: 'case-1', ...provenance },
      { ...good.entities[1], caseId: 'case-1', ...provenance },
    ]);
    expect('externalId' in entities[0]!).toBe(false);
    expect(links).toEqual(good.links.map((l) => ({ ...l, caseId: 'case-1', ...provenance })));
  });
});

describe('planSampleEntities', () => {
  const records = sampleEntityRecords(good, 'sample', 'Tester', new Date(0));
  const describe_ = sampleLinkDescriber(good, clauses);
  const state = (over: object = {}) => ({
    sampleCaseId: 'sample',
    storedEntities: [undefined, undefined],
    storedLinks: [undefined, undefined],
    clauseCases: ['sample', 'sample'],
    ...over,
  });

  it('adds everything into an empty store', () => {
    expect(planSampleEntities(records, state(), describe_)).toEqual({ ...records, failures: [] });
  });

  it('leaves ids already in the sample case alone and still links to such an entity', () => {
    const plan = planSampleEntities(
      records,
      state({ storedEntities: [{ caseId: 'sample' }, undefined], storedLinks: [undefined, { caseId: 'sample' }] }),
      describe_,
    );
    expect(plan.entities.map((e) => e.id)).toEqual([E2]);
    expect(plan.links.map((l) => l.id)).toEqual([L1]);
    expect(plan.failures).toEqual([]);
  });

  it('never takes an id of another case: reports it, and skips the links to that entity', () => {
    const plan = planSampleEntities(
      records,
      state({ storedEntities: [{ caseId: 'mine' }, undefined], storedLinks: [undefined, { caseId: 'mine' }] }),
      describe_,
    );
    expect(plan.entities.map((e) => e.id)).toEqual([E2]);
    expect(plan.links).toEqual([]);
    expect(plan.failures).toEqual([
      { what: 'Legion', reason: 'its id is taken by an entity of another case' },
      { what: 'Sec. 1 (eo.pdf) → Legion, plaintiff', reason: 'its entity is not in the sample case' },
      { what: 'Sec. 2 (eo.pdf) → US permanent residents, exempts', reason: 'its id is taken by a link of another case' },
    ]);
  });

  it('skips and reports a link whose clause is missing or in another case', () => {
    const plan = planSampleEntities(records, state({ clauseCases: [undefined, 'mine'] }), describe_);
    expect(plan.entities).toHaveLength(2);
    expect(plan.links).toEqual([]);
    expect(plan.failures.map((f) => f.reason)).toEqual(['its clause is not in the sample case', 'its clause is not in the sample case']);
  });

  it('names a link it cannot place by its ids when the files do not know them', () => {
    const link = { clauseId: 'c', entityId: 'e', role: 'mentions' } as Pick<Link, 'clauseId' | 'entityId' | 'role'>;
    expect(describe_(link)).toBe('clause c → e, mentions');
  });
});
