// Entities in search: indexed beside the sample case's pages and clauses, found by name, alias,
// description and type label, kept to their case, and returned apart from the documents' groups.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleForSearch, SAMPLE_CASE_ID, type SampleForSearch } from '../../../../../test/support/sampleSearch';
import type { Entity } from '../types';
import { parseQuery } from './query';
import { runSearch, type SearchRequest, type SearchResults } from './runSearch';
import { SearchIndex } from './searchIndex';
import { snippetParts, type Snippet } from './snippet';

function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    caseId: SAMPLE_CASE_ID,
    name,
    type: 'organisation',
    aliases: [],
    description: '',
    createdBy: 'Tester',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const ENTITIES: Entity[] = [
  entity('e-legion', 'Legion', { description: 'US litigation-technology company; brings the suit.' }),
  entity('e-commerce', 'Department of Commerce', {
    type: 'agency',
    aliases: ['Commerce Department', 'Ocelotbureau'],
    description: 'Its Secretary sent the notice on sharing advanced models.',
  }),
  entity('e-engineers', 'Canadian engineers', { type: 'class-of-persons', description: 'Work remotely from Canada.' }),
  entity('e-elsewhere', 'Ocelot Holdings', { caseId: 'another-case', aliases: ['Ocelotbureau'] }),
];

let sample: SampleForSearch;
let index: SearchIndex;

beforeAll(async () => {
  sample = await loadSampleForSearch();
  index = SearchIndex.empty();
  for (const [id, texts] of sample.pageTexts) index.addDocumentPages(id, texts);
  for (const clause of sample.clauses) index.addClause(clause);
  for (const e of ENTITIES) index.addEntity(e);
});

const search = (request: SearchRequest, idx = index) =>
  runSearch(
    idx,
    { caseId: SAMPLE_CASE_ID, limit: 10_000, ...request },
    { documents: sample.documents, pageTexts: async (id) => sample.pageTexts.get(id) ?? [] },
  );
const entityIds = (r: SearchResults) => r.entities.map((h) => h.entity.entityId);
const documentHits = (r: SearchResults) => r.groups.flatMap((g) => g.hits);
const marked = (s: Snippet) => snippetParts(s).flatMap((p) => (p.mark ? [p.text] : []));

describe('entities in search', () => {
  it('finds an entity by its name, marks it, and keeps it out of the documents’ groups', async () => {
    const r = await search({ query: 'legion ' });
    expect(entityIds(r)).toEqual(['e-legion']);
    const [hit] = r.entities;
    expect(hit).toMatchObject({ id: 'e:e-legion', kind: 'entity', entity: { typeLabel: 'Organisation', aliases: [] } });
    expect(marked(hit!.entity.name)).toEqual(['Legion']);
    expect(hit!.snippet.text).toBe('US litigation-technology company; brings the suit.');
    // The sample's texts name Legion too: those hits stay in their documents, and every hit is counted once.
    expect(documentHits(r).length).toBeGreaterThan(0);
    expect(r.hitCount).toBe(documentHits(r).length + 1);
  });

  it('finds an entity by an alias while it is typed, marking the alias', async () => {
    const r = await search({ query: 'ocelotbur' });
    expect(entityIds(r)).toEqual(['e-commerce']);
    expect(r.entities[0]!.entity.aliases.map(marked)).toEqual([[], ['Ocelotbureau']]);
    expect(marked(r.entities[0]!.entity.name)).toEqual([]);
  });

  it('finds an entity by words of its description and of its type label', async () => {
    expect(entityIds(await search({ query: 'remotely in:entities' }))).toEqual(['e-engineers']);
    const byType = await search({ query: 'agency in:entities' });
    expect(entityIds(byType)).toEqual(['e-commerce']);
    expect(byType.entities[0]!.entity.typeLabel).toBe('Government agency');
  });

  it('checks a quoted phrase against the entity’s own words', async () => {
    expect(entityIds(await search({ query: '"commerce department"' }))).toEqual(['e-commerce']);
    expect(entityIds(await search({ query: '"department commerce"' }))).toEqual([]);
  });

  it('in:entities gives entities only, and lists them all without words; in:clauses and in:pages none', async () => {
    const only = await search({ query: 'in:entities' });
    expect(entityIds(only).sort()).toEqual(['e-commerce', 'e-engineers', 'e-legion']);
    expect(only.groups).toEqual([]);
    expect(entityIds(await search({ query: 'commerce in:clauses' }))).toEqual([]);
    expect(entityIds(await search({ query: 'commerce in:pages' }))).toEqual([]);
    expect(documentHits(await search({ query: 'commerce in:entities' }))).toEqual([]);
    expect(parseQuery('in:entities').filters.within).toBe('entities');
    expect(parseQuery('in:people').problems[0]).toMatch(/entities/);
  });

  it('type: picks clause types and entity types alike; document filters and tags leave entities out', async () => {
    const agencies = await search({ query: 'type:agency' });
    expect(entityIds(agencies)).toEqual(['e-commerce']);
    expect(agencies.groups).toEqual([]);
    const definitions = await search({ query: 'type:definition' });
    expect(definitions.entities).toEqual([]);
    expect(documentHits(definitions).length).toBe(sample.clauses.filter((c) => c.type === 'definition').length);
    for (const query of ['commerce kind:complaint', 'commerce date:2026', 'commerce tag:harm']) {
      expect(entityIds(await search({ query })), query).toEqual([]);
    }
  });

  it('keeps entities to their case; all cases finds every one', async () => {
    expect(entityIds(await search({ query: 'ocelot' }))).toEqual(['e-commerce']);
    expect(entityIds(await search({ query: 'ocelot', caseId: 'another-case' }))).toEqual(['e-elsewhere']);
    expect(entityIds(await search({ query: 'ocelot', caseId: undefined })).sort()).toEqual(['e-commerce', 'e-elsewhere']);
  });

  it('follows a rename and a removal, and survives saving and loading', async () => {
    const idx = SearchIndex.fromJSON(index.toJSON());
    expect(entityIds(await search({ query: 'legion in:entities' }, idx))).toEqual(['e-legion']);
    idx.addEntity({ ...ENTITIES[0]!, name: 'Quillfeather Inc.', aliases: ['Legion'] });
    expect(entityIds(await search({ query: 'quillfeather' }, idx))).toEqual(['e-legion']);
    idx.addEntity({ ...ENTITIES[0]!, name: 'Quillfeather Inc.', aliases: [] });
    expect(entityIds(await search({ query: 'legion in:entities' }, idx))).toEqual([]);
    idx.removeEntity('e-legion');
    expect(entityIds(await search({ query: 'quillfeather' }, idx))).toEqual([]);
    expect(idx.size).toBe(index.size - 1);
  });
});
