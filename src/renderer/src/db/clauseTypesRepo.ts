/**
 * Clause types the user added beside the built-in ones (core/clauseTypes.ts), kept in settings so
 * they are offered in every case. A type's id is its name as the user typed it.
 */
import { BUILT_IN_CLAUSE_TYPES } from '../core/clauseTypes';
import type { ClausebenchDb } from './database';
import { getSetting, setSetting } from './settingsRepo';

export const CUSTOM_CLAUSE_TYPES_KEY = 'customClauseTypes';
const MAX_TYPE_LENGTH = 60;

function sanitise(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/** The user's own clause types, in the order they were added. */
export async function listCustomClauseTypes(database: ClausebenchDb): Promise<string[]> {
  return sanitise(await getSetting<unknown>(database, CUSTOM_CLAUSE_TYPES_KEY, []));
}

/**
 * Adds a clause type and returns its id. A name equal (ignoring case) to a built-in type's id or
 * label, or to a type already added, returns that type's id and stores nothing, so the list never
 * holds two spellings of one type. Throws, with a message for the user, on a blank or overlong name.
 */
export async function addCustomClauseType(database: ClausebenchDb, name: string): Promise<string> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new Error('A clause type needs a name.');
  if (trimmed.length > MAX_TYPE_LENGTH) throw new Error(`Keep the clause type under ${MAX_TYPE_LENGTH} characters.`);
  const key = trimmed.toLowerCase();
  const builtIn = BUILT_IN_CLAUSE_TYPES.find((t) => t.id.toLowerCase() === key || t.label.toLowerCase() === key);
  if (builtIn) return builtIn.id;
  return database.transaction('rw', database.settings, async () => {
    const existing = await listCustomClauseTypes(database);
    const same = existing.find((t) => t.toLowerCase() === key);
    if (same) return same;
    await setSetting(database, CUSTOM_CLAUSE_TYPES_KEY, [...existing, trimmed]);
    return trimmed;
  });
}
