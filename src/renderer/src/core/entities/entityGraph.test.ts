import { describe, expect, it } from 'vitest';
import type { EntityType, LinkRole } from '../types';
import { buildEntityGraph, shortLabel, type GraphInput } from './entityGraph';

const input: GraphInput = {
  entities: [
    // Ids out of name order: the edges still come by name.
    { id: 'z-commerce', name: 'Department of Commerce', type: 'agency' },
    { id: 'legion', name: 'Legion', type: 'organisation' },
    { id: 'fn', name: 'Foreign nationals', type: 'class-of-persons' },
    { id: 'lonely', name: 'Nobody links me', type: 'person' },
  ],
  documents: [
    { id: 'order', title: 'Reconstruction: Executive Order on sharing advanced AI models', kind: 'executive-order' },
    { id: 'complaint', title: 'Complaint', kind: 'complaint' },
    { id: 'unlinked', title: 'A study note', kind: 'other' },
  ],
  clauseDocuments: new Map([
    ['o1', 'order'],
    ['o2', 'order'],
    ['c1', 'complaint'],
    ['gone', 'deleted-document'],
  ]),
  links: [
    { clauseId: 'o1', entityId: 'fn', role: 'restricts' },
    { clauseId: 'o2', entityId: 'fn', role: 'restricts' },
    { clauseId: 'o1', entityId: 'z-commerce', role: 'authorises' },
    { clauseId: 'c1', entityId: 'legion', role: 'plaintiff' },
    { clauseId: 'c1', entityId: 'z-commerce', role: 'defendant' },
    // Left out: a clause whose document is gone, a clause that is gone, an entity that is gone.
    { clauseId: 'gone', entityId: 'legion', role: 'mentions' },
    { clauseId: 'missing', entityId: 'legion', role: 'mentions' },
    { clauseId: 'c1', entityId: 'deleted', role: 'harms' },
  ],
};

describe('buildEntityGraph', () => {
  it('draws one edge per entity, document and role, counting the links', () => {
    const g = buildEntityGraph(input);
    expect(g.nodes.map((n) => n.name)).toEqual([
      'Department of Commerce',
      'Foreign nationals',
      'Legion',
      'Complaint',
      'Reconstruction: Executive Order on sharing advanced AI models',
    ]);
    expect([g.entityCount, g.documentCount, g.edges.length]).toEqual([3, 2, 4]);
    expect(g.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['document:complaint', 'entity:z-commerce', 'Defendant'],
      ['document:order', 'entity:z-commerce', 'Authorises'],
      ['document:order', 'entity:fn', 'Restricts ×2'],
      ['document:complaint', 'entity:legion', 'Plaintiff'],
    ]);
    expect(g.nodes.find((n) => n.refId === 'order')).toMatchObject({
      kind: 'document',
      type: 'executive-order',
      label: 'Executive Order on sharing…',
    });
  });

  it('filters by entity type and role, dropping documents left without an edge', () => {
    const noClass = buildEntityGraph(input, { types: new Set<EntityType>(['agency', 'organisation']) });
    expect([noClass.entityCount, noClass.documentCount, noClass.edges.length]).toEqual([2, 2, 3]);
    const plaintiffs = buildEntityGraph(input, { roles: new Set<LinkRole>(['plaintiff']) });
    expect(plaintiffs.nodes.map((n) => n.id)).toEqual(['entity:legion', 'document:complaint']);
    const nothing = buildEntityGraph(input, { roles: new Set<LinkRole>() });
    expect(nothing.nodes).toEqual([]);
    // The choices stay whatever the filters: an unticked box can be ticked again.
    expect([...nothing.roleCounts]).toEqual([
      ['restricts', 2],
      ['authorises', 1],
      ['plaintiff', 1],
      ['defendant', 1],
    ]);
    expect([...nothing.typeCounts]).toEqual([
      ['organisation', 1],
      ['agency', 2],
      ['class-of-persons', 2],
    ]);
  });

  it('keeps every edge end a node', () => {
    for (const filters of [{}, { types: new Set<EntityType>(['agency']) }, { roles: new Set<LinkRole>(['restricts', 'defendant']) }]) {
      const g = buildEntityGraph(input, filters);
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    }
  });

  it('is empty for a case without links', () => {
    const g = buildEntityGraph({ ...input, links: [] });
    expect([g.nodes.length, g.edges.length, g.typeCounts.size]).toEqual([0, 0, 0]);
  });
});

describe('shortLabel', () => {
  it('keeps short names and cuts long ones at a word', () => {
    expect(shortLabel('Legion')).toBe('Legion');
    expect(shortLabel('Study note: EU dual-use Regulation (EU) 2021/821')).toBe('EU dual-use Regulation (EU)…');
    expect(shortLabel('x'.repeat(50))).toBe(`${'x'.repeat(31)}…`);
  });
});
