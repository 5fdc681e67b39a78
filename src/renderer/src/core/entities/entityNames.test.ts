import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import { cleanAliases, findNameClash, nameKey, namesOf } from './entityNames';

const stamp = { createdBy: 'me', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, caseId: 'A', name, type: 'organisation', aliases, description: '', ...stamp };
}

describe('nameKey', () => {
  it('ignores case, accents, spacing, punctuation and a leading "the"', () => {
    expect(nameKey('The White House')).toBe('white house');
    expect(nameKey('  white   HOUSE ')).toBe('white house');
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Québec')).toBe('quebec');
    expect(nameKey('Bureau of Industry & Security')).toBe('bureau of industry security');
    expect(nameKey("People's Republic")).toBe('peoples republic');
  });

  it('keeps what tells names apart', () => {
    expect(nameKey('Anthropic')).not.toBe(nameKey('Anthropic PBC'));
    expect(nameKey('Theodore')).toBe('theodore'); // "the" only as a word of its own
    expect(nameKey('Other')).toBe('other');
  });

  it('is empty for a name with no letters or digits', () => {
    expect(nameKey(' -- ')).toBe('');
    expect(nameKey('')).toBe('');
  });
});

describe('namesOf and cleanAliases', () => {
  it('lists the name first, then the aliases', () => {
    expect(namesOf(entity('e', 'Legion', ['Legion Inc.']))).toEqual(['Legion', 'Legion Inc.']);
  });

  it('trims, drops empties, the name itself and repeats (by name key), keeping the first spelling', () => {
    expect(cleanAliases('Department of Commerce', [' Commerce ', '', 'the department of commerce', 'DOC', 'commerce', 'D.O.C.'])).toEqual([
      'Commerce',
      'DOC',
    ]);
  });
});

describe('findNameClash', () => {
  const entities = [entity('e1', 'Legion', ['Legion Inc.']), entity('e2', 'Department of Commerce', ['Commerce'])];

  it('finds another entity answering to a name or an alias, compared by name key', () => {
    expect(findNameClash(entities, ['legion inc'])).toEqual({ entity: entities[0], name: 'legion inc' });
    expect(findNameClash(entities, ['Test Agency', 'The Commerce'])).toEqual({ entity: entities[1], name: 'The Commerce' });
  });

  it('is undefined when no other entity answers to any of the names', () => {
    expect(findNameClash(entities, ['Anthropic', 'Canada'])).toBeUndefined();
    expect(findNameClash([], ['Legion'])).toBeUndefined();
  });

  it('skips the entity being edited, and names with no letters', () => {
    expect(findNameClash(entities, ['Legion', 'Legion Inc.'], 'e1')).toBeUndefined();
    expect(findNameClash(entities, ['Commerce'], 'e1')?.entity.id).toBe('e2');
    expect(findNameClash([entity('e3', '--')], ['...'])).toBeUndefined();
  });
});
