import { describe, expect, it } from 'vitest';
import type { Entity, Link, LinkRole } from '../types';
import { planEntityMerge } from './mergeEntities';

const at = '2026-01-01T00:00:00.000Z';
const later = new Date('2026-02-01T00:00:00.000Z');
const stamp = { createdBy: 'me', createdAt: at, updatedAt: at };

function entity(id: string, extra: Partial<Entity> = {}): Entity {
  return { id, caseId: 'A', name: id, type: 'organisation', aliases: [], description: '', ...stamp, ...extra };
}
function link(id: string, entityId: string, clauseId: string, role: LinkRole, note = ''): Link {
  return { id, caseId: 'A', clauseId, entityId, role, note, ...stamp };
}

/** Every (clause, role) pair the links give an entity, and every note, as sets to compare. */
function pairs(links: readonly Link[]): string[] {
  return [...new Set(links.map((l) => `${l.clauseId} ${l.role}`))].sort();
}

describe('planEntityMerge', () => {
  const kept = entity('Legion', { aliases: ['Legion Inc.'], description: 'The plaintiff.' });
  const absorbed = entity('Legion Incorporated', { aliases: ['legion inc', 'LGN'], description: 'A US AI developer.', externalId: 'urn:x:1' });

  it('keeps every link of both: each (clause, role) of either ends up on the kept entity', () => {
    const links = [
      link('k1', 'Legion', 'c1', 'plaintiff'),
      link('k2', 'Legion', 'c2', 'harms'),
      link('a1', 'Legion Incorporated', 'c2', 'mentions'),
      link('a2', 'Legion Incorporated', 'c3', 'restricts'),
      link('other', 'Someone else', 'c9', 'harms'),
    ];
    const plan = planEntityMerge(kept, absorbed, links, later);
    const after = [...links.filter((l) => l.entityId === 'Legion'), ...plan.moved];
    expect(pairs(after)).toEqual(pairs(links.filter((l) => l.entityId !== 'Someone else')));
    expect(plan.moved.map((l) => [l.id, l.entityId, l.updatedAt])).toEqual([
      ['a1', 'Legion', later.toISOString()],
      ['a2', 'Legion', later.toISOString()],
    ]);
    expect(plan.folded).toEqual([]);
    expect(plan.notesJoined).toEqual([]);
  });

  it('folds a link to the same clause in the same role into the kept one, joining the notes', () => {
    const links = [
      link('k1', 'Legion', 'c1', 'harms', 'Loses its Canadian engineers.'),
      link('a1', 'Legion Incorporated', 'c1', 'harms', 'Cannot share models with staff.'),
      link('a2', 'Legion Incorporated', 'c1', 'mentions', 'Named in the caption.'),
    ];
    const plan = planEntityMerge(kept, absorbed, links, later);
    expect(plan.folded.map((l) => l.id)).toEqual(['a1']);
    expect(plan.notesJoined).toEqual([
      { ...links[0], note: 'Loses its Canadian engineers.\n\nCannot share models with staff.', updatedAt: later.toISOString() },
    ]);
    expect(plan.moved.map((l) => [l.id, l.role, l.note])).toEqual([['a2', 'mentions', 'Named in the caption.']]);
    // The input links are left as they were (the plan is the undo image's opposite).
    expect(links[0]!.note).toBe('Loses its Canadian engineers.');
  });

  it('does not repeat a note both links already share, and takes the other note when the kept link has none', () => {
    const same = planEntityMerge(kept, absorbed, [
      link('k1', 'Legion', 'c1', 'harms', 'Same.'),
      link('a1', 'Legion Incorporated', 'c1', 'harms', ' Same. '),
    ]);
    expect(same.notesJoined).toEqual([]);
    expect(same.folded.map((l) => l.id)).toEqual(['a1']);
    const empty = planEntityMerge(kept, absorbed, [
      link('k1', 'Legion', 'c1', 'harms'),
      link('a1', 'Legion Incorporated', 'c1', 'harms', 'Only here.'),
    ]);
    expect(empty.notesJoined.map((l) => l.note)).toEqual(['Only here.']);
  });

  it("takes the other's name and aliases as aliases (no repeats), joins descriptions and keeps the first identifier", () => {
    const plan = planEntityMerge(kept, absorbed, [], later);
    expect(plan.entity).toEqual({
      ...kept,
      aliases: ['Legion Inc.', 'Legion Incorporated', 'LGN'],
      description: 'The plaintiff.\n\nA US AI developer.',
      externalId: 'urn:x:1',
      updatedAt: later.toISOString(),
    });
    const withId = planEntityMerge({ ...kept, externalId: 'https://www.wikidata.org/wiki/Q1' }, absorbed, [], later);
    expect(withId.entity.externalId).toBe('https://www.wikidata.org/wiki/Q1');
    expect('externalId' in planEntityMerge(kept, entity('B'), [], later).entity).toBe(false);
  });

  it('refuses to merge an entity with itself or across cases', () => {
    expect(() => planEntityMerge(kept, kept, [])).toThrow(/itself/);
    expect(() => planEntityMerge(kept, { ...absorbed, caseId: 'B' }, [])).toThrow(/same case/);
  });
});
