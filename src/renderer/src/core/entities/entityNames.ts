/**
 * How entity names are compared: two names are the same when they differ only in case, accents,
 * spacing, punctuation or a leading "the" ("The White House" = "white house", "U.S." = "US").
 */
import type { Entity } from '../types';

/** The comparison key of a name; empty for a name with no letters or digits. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every name an entity answers to: its name, then its aliases. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** Aliases cleaned for storage: trimmed, no empties, none equal to the name or to each other. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

export interface NameClash {
  /** The other entity that already answers to one of the names. */
  entity: Entity;
  /** The name (as the new or edited entity wrote it) that clashes. */
  name: string;
}

/**
 * The first entity of `entities` (other than `exceptId`) that answers to one of `names`, compared
 * by nameKey; undefined when none does. Used to ask "merge?" before a duplicate is made.
 */
export function findNameClash(entities: readonly Entity[], names: readonly string[], exceptId?: string): NameClash | undefined {
  const wanted = new Map(names.map((n) => [nameKey(n), n] as const).filter(([key]) => key !== ''));
  for (const entity of entities) {
    if (entity.id === exceptId) continue;
    for (const other of namesOf(entity)) {
      const name = wanted.get(nameKey(other));
      if (name !== undefined) return { entity, name };
    }
  }
  return undefined;
}
